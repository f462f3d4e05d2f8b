import { Money } from '@carta/domain';
import { CostEstimate, estimateCosts, EstimateInput, EstimateLine, ILLUSTRATIVE_PRICE_LIST, LineItem, PriceList } from './cost-estimate.rules';

const input: EstimateInput = {
  fundingModel: 'PATIENT_PAID',
  product: { type: 'AUTOLOGOUS', manufacturingWaitDays: { min: 21, max: 42 } },
  monitoringDays: { min: 14, max: 30 },
  hotelMonitoringAfterDay14: false,
  familyStaysDuringManufacturing: true,
  prices: ILLUSTRATIVE_PRICE_LIST,
  rate: { from: 'USD', to: 'CNY', rate: '7.1', asOf: '2026-11-20', source: 'test' },
};
const lineOf = (estimate: CostEstimate, item: LineItem): EstimateLine => {
  const found = estimate.lines.find((line) => line.item === item);
  if (!found) throw new Error(`no ${item} line`);
  return found;
};
const range = (line: { low: Money; high: Money }) => [line.low.format(), line.high.format()];

describe('estimateCosts', () => {
  it('charges a patient-paid product, converted from its USD quote at the dated rate', () => {
    const estimate = estimateCosts(input);
    expect(range(lineOf(estimate, 'MANUFACTURING'))).toEqual(['355,000.00 CNY', '1,065,000.00 CNY']);
    expect(lineOf(estimate, 'MANUFACTURING').basis).toContain('50,000.00 USD–150,000.00 USD at 1 USD = 7.1 CNY (test, 2026-11-20)');
    expect(range(lineOf(estimateCosts({ ...input, fundingModel: 'COMPASSIONATE' }), 'MANUFACTURING'))).toEqual(['355,000.00 CNY', '1,065,000.00 CNY']);
  });

  it('charges nothing for a sponsor-funded product, but still the stay, monitoring and care', () => {
    const estimate = estimateCosts({ ...input, fundingModel: 'SPONSOR_FUNDED' });
    const manufacturing = lineOf(estimate, 'MANUFACTURING');
    expect(manufacturing.low.isZero() && manufacturing.high.isZero()).toBe(true);
    expect(manufacturing.basis).toContain('meet all');
    for (const item of ['HOSPITALISATION', 'MONITORING', 'LYMPHODEPLETION', 'CRS_ICANS_RESERVE'] as const)
      expect(lineOf(estimate, item).low.isZero()).toBe(false);
    expect(range(estimate.total)).toEqual(['151,700.00 CNY', '375,000.00 CNY']);
  });

  it('prices each line over the timeline’s ranges', () => {
    const estimate = estimateCosts(input);
    expect(estimate.lines.map((line) => [line.item, ...range(line)])).toEqual([
      ['MANUFACTURING', '355,000.00 CNY', '1,065,000.00 CNY'],
      ['HOSPITALISATION', '42,000.00 CNY', '90,000.00 CNY'], // 14–30 days × 3,000
      ['MONITORING', '21,000.00 CNY', '45,000.00 CNY'], // 14–30 days × 1,500
      ['APHERESIS', '15,000.00 CNY', '15,000.00 CNY'],
      ['LYMPHODEPLETION', '12,000.00 CNY', '20,000.00 CNY'], // 3–5 days × 4,000
      ['CRS_ICANS_RESERVE', '30,000.00 CNY', '150,000.00 CNY'],
      ['INTERPRETATION_AND_COORDINATION', '21,200.00 CNY', '34,000.00 CNY'], // 10,000 + 14–30 days × 800
      ['ACCOMMODATION', '10,500.00 CNY', '21,000.00 CNY'], // 21–42 nights × 500 while manufacturing
    ]);
    expect(estimate.priceList).toEqual({ label: expect.stringContaining('ILLUSTRATIVE'), asOf: '2026-11-01', illustrative: true });
  });

  it('totals exactly the sum of its lines, and converts the totals to USD at the same dated rate', () => {
    const estimate = estimateCosts(input);
    const sum = (pick: 'low' | 'high') => estimate.lines.reduce((total, line) => total.plus(line[pick]), Money.zero('CNY'));
    expect(estimate.total.low.equals(sum('low')) && estimate.total.high.equals(sum('high'))).toBe(true);
    expect(range(estimate.total)).toEqual(['506,700.00 CNY', '1,440,000.00 CNY']);
    // 506,700 ÷ 7.1 = 71,366.1971… → 71,366.20; 1,440,000 ÷ 7.1 = 202,816.9014… → 202,816.90
    expect(range(estimate.totalUsd)).toEqual(['71,366.20 USD', '202,816.90 USD']);
  });

  it('rounds an exact half cent of a USD total to the even cent', () => {
    const zero = Money.zero('CNY');
    const only = (coordinationFee: string): PriceList => ({
      ...ILLUSTRATIVE_PRICE_LIST,
      hospitalDay: zero,
      monitoringDay: zero,
      apheresis: zero,
      lymphodepletionDay: zero,
      crsIcansReserve: { low: zero, high: zero },
      interpreterDay: zero,
      hotelNight: zero,
      coordinationFee: Money.parse(coordinationFee, 'CNY'),
    });
    const usd = (fee: string) =>
      estimateCosts({ ...input, fundingModel: 'SPONSOR_FUNDED', prices: only(fee), rate: { ...input.rate, rate: '8' } }).totalUsd.low.toDecimal();
    expect(usd('100.04')).toBe('12.50'); // 12.505 → 12.50
    expect(usd('100.12')).toBe('12.52'); // 12.515 → 12.52
    expect(usd('100.13')).toBe('12.52'); // 12.51625 → 12.52
  });

  it('keeps every amount in integer minor units: no float anywhere in the estimate', () => {
    const estimate = estimateCosts(input);
    for (const line of estimate.lines) for (const amount of [line.low, line.high]) expect(typeof amount.minor).toBe('bigint');
    const numbers: number[] = [];
    const walk = (value: unknown): void => {
      if (typeof value === 'number') numbers.push(value);
      else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(JSON.parse(JSON.stringify(estimate)));
    expect(numbers.every(Number.isInteger)).toBe(true);
  });

  it('has no apheresis or manufacturing wait for an allogeneic product', () => {
    const estimate = estimateCosts({ ...input, product: { type: 'ALLOGENEIC' } });
    expect(estimate.lines.map((line) => line.item)).not.toContain('APHERESIS');
    expect(range(lineOf(estimate, 'ACCOMMODATION'))).toEqual(['0.00 CNY', '0.00 CNY']);
  });

  it('moves days 15–30 to the hotel where the centre allows it, and drops the wait if the family goes home', () => {
    const estimate = estimateCosts({ ...input, hotelMonitoringAfterDay14: true, familyStaysDuringManufacturing: false });
    expect(range(lineOf(estimate, 'HOSPITALISATION'))).toEqual(['42,000.00 CNY', '42,000.00 CNY']);
    expect(range(lineOf(estimate, 'MONITORING'))).toEqual(['21,000.00 CNY', '45,000.00 CNY']);
    expect(range(lineOf(estimate, 'ACCOMMODATION'))).toEqual(['0.00 CNY', '8,000.00 CNY']); // 0–16 nights
  });

  it('versions the estimate: the same input keeps its version, any change takes the next one', () => {
    const first = estimateCosts(input);
    expect(first.version).toBe(1);
    const reordered = {
      rate: input.rate,
      prices: input.prices,
      familyStaysDuringManufacturing: true,
      hotelMonitoringAfterDay14: false,
      monitoringDays: { max: 30, min: 14 },
      product: input.product,
      fundingModel: input.fundingModel,
    } as const;
    expect(estimateCosts(reordered, first)).toMatchObject({ version: 1, inputHash: first.inputHash });
    const newRate = estimateCosts({ ...input, rate: { ...input.rate, rate: '7.2', asOf: '2026-11-27' } }, first);
    expect(newRate.version).toBe(2);
    expect(newRate.inputHash).not.toBe(first.inputHash);
    expect(estimateCosts({ ...input, fundingModel: 'SPONSOR_FUNDED' }, newRate).version).toBe(3);
  });

  it('refuses inputs it cannot price', () => {
    expect(() => estimateCosts({ ...input, rate: { ...input.rate, from: 'EUR' } })).toThrow('USD → CNY');
    expect(() => estimateCosts({ ...input, prices: { ...ILLUSTRATIVE_PRICE_LIST, hotelNight: Money.parse('70', 'USD') } })).toThrow('in CNY');
    expect(() => estimateCosts({ ...input, monitoringDays: { min: 30, max: 14 } })).toThrow('min ≤ max');
    expect(() => estimateCosts({ ...input, rate: { ...input.rate, rate: '7.1e0' } })).toThrow('not a decimal exchange rate');
  });
});
