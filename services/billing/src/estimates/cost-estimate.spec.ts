import { Money } from '@carta/domain';
import { estimateCosts, EstimateInput, ILLUSTRATIVE_PRICE_LIST } from './cost-estimate';

const input: EstimateInput = {
  fundingModel: 'PATIENT_PAID',
  productType: 'AUTOLOGOUS',
  manufacturingWeeks: { min: 3, max: 6 },
  hotelMonitoringAfterDay14: false,
  rate: { from: 'USD', to: 'CNY', rate: '7.1000', asOf: '2026-11-20', source: 'test' },
  prices: ILLUSTRATIVE_PRICE_LIST,
};

describe('estimateCosts', () => {
  it('charges manufacturing to a patient-paid case, converted at the dated rate', () => {
    const estimate = estimateCosts(input);
    const manufacturing = estimate.lines.find((line) => line.item === 'MANUFACTURING')!;
    expect([manufacturing.low.format(), manufacturing.high.format()]).toEqual(['355000.00 CNY', '1065000.00 CNY']);
    expect(manufacturing.basis).toContain('7.1000 (2026-11-20)');
  });

  it('charges nothing for manufacturing when the sponsor funds it, and still the stay and care', () => {
    const estimate = estimateCosts({ ...input, fundingModel: 'SPONSOR_FUNDED' });
    const manufacturing = estimate.lines.find((line) => line.item === 'MANUFACTURING')!;
    expect(manufacturing.low.isZero() && manufacturing.high.isZero()).toBe(true);
    expect(estimate.lines.find((line) => line.item === 'HOSPITALISATION')!.high.format()).toBe('90000.00 CNY');
    expect(estimate.total.low.compare(Money.zero('CNY'))).toBe(1);
  });

  it('totals its lines exactly, in integers, and converts the totals to USD', () => {
    const estimate = estimateCosts(input);
    const sum = estimate.lines.reduce((total, line) => total.plus(line.high), Money.zero('CNY'));
    expect(estimate.total.high.minor).toBe(sum.minor);
    for (const line of estimate.lines) expect(typeof line.low.minor).toBe('bigint');
    expect(estimate.totalUsd.high.currency).toBe('USD');
    // 1 / 7.1 = 0.14084507 (8 places) → within a cent of total ÷ 7.1
    expect(Number(estimate.totalUsd.high.minor)).toBeCloseTo(Number(estimate.total.high.minor) / 7.1, -1);
  });

  it('has no apheresis or manufacturing wait for an allogeneic product, and shifts hotel nights by policy', () => {
    const allogeneic = estimateCosts({ ...input, productType: 'ALLOGENEIC' });
    expect(allogeneic.lines.map((line) => line.item)).not.toContain('APHERESIS');
    expect(allogeneic.lines.find((line) => line.item === 'ACCOMMODATION')!.high.isZero()).toBe(true);
    const hotel = estimateCosts({ ...input, hotelMonitoringAfterDay14: true });
    expect(hotel.lines.find((line) => line.item === 'HOSPITALISATION')!.high.format()).toBe('42000.00 CNY');
  });

  it('fingerprints its inputs so acceptance binds one exact estimate', () => {
    expect(estimateCosts(input).inputHash).toBe(estimateCosts({ ...input }).inputHash);
    expect(estimateCosts({ ...input, fundingModel: 'SPONSOR_FUNDED' }).inputHash).not.toBe(estimateCosts(input).inputHash);
  });
});
