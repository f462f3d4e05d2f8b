import { DomainError, Money } from '@carta/domain';
import { estimateCosts, ILLUSTRATIVE_PRICE_LIST } from '../estimates/cost-estimate.rules';
import { priceListFromTariff, TariffInput } from './tariff.rules';

const tariff: TariffInput = {
  label: 'PUTH international patients 2027',
  asOf: '2026-11-20',
  hospitalDay: '2800',
  monitoringDay: '1200.50',
  apheresis: '16000',
  lymphodepletionDay: '3500',
  crsIcansReserveLow: '25000',
  crsIcansReserveHigh: '120000',
  coordinationFee: '9000',
  interpreterDay: '700',
  hotelNight: '450',
  manufacturingLow: '60000',
  manufacturingHigh: '120000',
  manufacturingCurrency: 'USD',
};

describe('a centre tariff', () => {
  it('becomes an exact, non-illustrative price list', () => {
    const list = priceListFromTariff(tariff);
    expect(list).toMatchObject({ label: 'PUTH international patients 2027', illustrative: false });
    expect(list.monitoringDay.equals(Money.parse('1200.50', 'CNY'))).toBe(true);
    expect(list.manufacturing.high.equals(Money.parse('120000', 'USD'))).toBe(true);
  });

  it('makes a different estimate version from the illustrative list', () => {
    const input = {
      fundingModel: 'PATIENT_PAID' as const,
      product: { type: 'AUTOLOGOUS' as const, manufacturingWaitDays: { min: 21, max: 42 } },
      monitoringDays: { min: 14, max: 30 },
      hotelMonitoringAfterDay14: false,
      familyStaysDuringManufacturing: false,
      rate: { from: 'USD' as const, to: 'CNY' as const, rate: '7.1', asOf: '2026-11-20', source: 'test' },
    };
    const illustrative = estimateCosts({ ...input, prices: ILLUSTRATIVE_PRICE_LIST });
    const real = estimateCosts({ ...input, prices: priceListFromTariff(tariff) }, illustrative);
    expect(real.version).toBe(2);
    expect(real.priceList.illustrative).toBe(false);
  });

  it('refuses an amount it cannot read, naming the field, and ranges that run backwards', () => {
    expect(() => priceListFromTariff({ ...tariff, hotelNight: '450.005' })).toThrow('hotelNight: "450.005" is not an amount in CNY');
    expect(() => priceListFromTariff({ ...tariff, crsIcansReserveLow: '200000' })).toThrow(DomainError);
    expect(() => priceListFromTariff({ ...tariff, manufacturingLow: '130000' })).toThrow('manufacturingLow');
  });
});
