import { monitoringStay } from './treatment-clocks';

describe('monitoringStay', () => {
  it('keeps every monitoring day in hospital unless the centre allows a hotel after day 14', () => {
    expect(monitoringStay({ min: 14, max: 30 }, false)).toEqual({ inHospital: { min: 14, max: 30 }, inHotel: null });
    expect(monitoringStay({ min: 10, max: 14 }, true)).toEqual({ inHospital: { min: 10, max: 14 }, inHotel: null });
  });

  it('moves the days after day 14 to the hotel where the centre allows it', () => {
    expect(monitoringStay({ min: 14, max: 30 }, true)).toEqual({ inHospital: { min: 14, max: 14 }, inHotel: { min: 0, max: 16 } });
    expect(monitoringStay({ min: 10, max: 21 }, true)).toEqual({ inHospital: { min: 10, max: 14 }, inHotel: { min: 0, max: 7 } });
  });
});
