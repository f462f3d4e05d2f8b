import { createHash } from 'node:crypto';
import { ExchangeRate, Money } from '@carta/domain';

export type FundingModel = 'SPONSOR_FUNDED' | 'PATIENT_PAID';
export type LineItem = 'MANUFACTURING' | 'HOSPITALISATION' | 'MONITORING' | 'APHERESIS' | 'LYMPHODEPLETION' | 'CRS_ICANS_RESERVE' | 'INTERPRETATION_AND_COORDINATION' | 'ACCOMMODATION';

/** A centre's tariff. Hospital prices in CNY; the manufacturing range as quoted (DOMAIN.md: USD). */
export interface PriceList {
  label: string;
  asOf: string;
  hospitalDay: Money;
  monitoringDay: Money;
  apheresis: Money;
  lymphodepletion: Money;
  crsIcansReserve: { low: Money; high: Money };
  interpretationAndCoordination: Money;
  hotelNight: Money;
  manufacturing: { low: Money; high: Money };
}

/** NOT a real tariff: round illustrative figures so estimates can be shown before a centre's prices are loaded. */
export const ILLUSTRATIVE_PRICE_LIST: PriceList = {
  label: 'ILLUSTRATIVE — replace with the centre’s tariff',
  asOf: '2026-11-01',
  hospitalDay: Money.parse('3000', 'CNY'),
  monitoringDay: Money.parse('1500', 'CNY'),
  apheresis: Money.parse('15000', 'CNY'),
  lymphodepletion: Money.parse('20000', 'CNY'),
  crsIcansReserve: { low: Money.parse('30000', 'CNY'), high: Money.parse('150000', 'CNY') },
  interpretationAndCoordination: Money.parse('25000', 'CNY'),
  hotelNight: Money.parse('500', 'CNY'),
  manufacturing: { low: Money.parse('50000', 'USD'), high: Money.parse('150000', 'USD') },
};

export interface EstimateInput {
  fundingModel: FundingModel;
  productType: 'AUTOLOGOUS' | 'ALLOGENEIC';
  manufacturingWeeks: { min: number; max: number };
  hotelMonitoringAfterDay14: boolean;
  /** USD → CNY, dated. */
  rate: ExchangeRate;
  prices: PriceList;
}

export interface EstimateLine {
  item: LineItem;
  low: Money;
  high: Money;
  basis: string;
}

export interface CostEstimate {
  lines: EstimateLine[];
  total: { low: Money; high: Money };
  totalUsd: { low: Money; high: Money };
  rate: ExchangeRate;
  /** Fingerprint of everything the estimate was made from: the family accepts exactly this. */
  inputHash: string;
}

const IN_HOSPITAL_DAYS = { low: 14, high: 30 };

/** A line for each cost the family carries; low and high follow the timeline's ranges. All in CNY. */
export function estimateCosts(input: EstimateInput): CostEstimate {
  if (input.rate.from !== 'USD' || input.rate.to !== 'CNY') throw new RangeError('the estimate needs a USD → CNY rate');
  const { prices } = input;
  const lines: EstimateLine[] = [];
  const line = (item: LineItem, low: Money, high: Money, basis: string) => lines.push({ item, low, high, basis });
  const cny = (amount: Money) => (amount.currency === 'CNY' ? amount : amount.convert(input.rate));
  const autologous = input.productType === 'AUTOLOGOUS';

  if (input.fundingModel === 'SPONSOR_FUNDED') line('MANUFACTURING', Money.zero('CNY'), Money.zero('CNY'), 'provided free by the sponsor to participants who meet all criteria');
  else line('MANUFACTURING', cny(prices.manufacturing.low), cny(prices.manufacturing.high), `patient-paid product, ${prices.manufacturing.low.format()}–${prices.manufacturing.high.format()} at ${input.rate.rate} (${input.rate.asOf})`);

  const hospitalDays = input.hotelMonitoringAfterDay14 ? { low: 14, high: 14 } : IN_HOSPITAL_DAYS;
  line('HOSPITALISATION', prices.hospitalDay.times(hospitalDays.low), prices.hospitalDay.times(hospitalDays.high), `${hospitalDays.low}–${hospitalDays.high} days in hospital after infusion`);
  line('MONITORING', prices.monitoringDay.times(IN_HOSPITAL_DAYS.low), prices.monitoringDay.times(IN_HOSPITAL_DAYS.high), `CRS/ICANS monitoring, ${IN_HOSPITAL_DAYS.low}–${IN_HOSPITAL_DAYS.high} days`);
  if (autologous) line('APHERESIS', prices.apheresis, prices.apheresis, 'collection of the patient’s T cells');
  line('LYMPHODEPLETION', prices.lymphodepletion, prices.lymphodepletion, '3–5 days of conditioning chemotherapy');
  line('CRS_ICANS_RESERVE', prices.crsIcansReserve.low, prices.crsIcansReserve.high, 'reserve for CRS/ICANS management (tocilizumab, steroids, ICU)');
  line('INTERPRETATION_AND_COORDINATION', prices.interpretationAndCoordination, prices.interpretationAndCoordination, 'interpreters and coordination for the stay');
  const waitNights = autologous ? { low: input.manufacturingWeeks.min * 7, high: input.manufacturingWeeks.max * 7 } : { low: 0, high: 0 };
  const hotelMonitoringNights = input.hotelMonitoringAfterDay14 ? { low: 0, high: IN_HOSPITAL_DAYS.high - 14 } : { low: 0, high: 0 };
  line(
    'ACCOMMODATION',
    prices.hotelNight.times(waitNights.low + hotelMonitoringNights.low),
    prices.hotelNight.times(waitNights.high + hotelMonitoringNights.high),
    `${waitNights.low}–${waitNights.high} nights during manufacturing if the family stays, ${hotelMonitoringNights.low}–${hotelMonitoringNights.high} of hotel monitoring`,
  );

  const total = lines.reduce((sum, entry) => ({ low: sum.low.plus(entry.low), high: sum.high.plus(entry.high) }), { low: Money.zero('CNY'), high: Money.zero('CNY') });
  const inverse: ExchangeRate = { ...input.rate, from: 'CNY', to: 'USD', rate: inverseRate(input.rate.rate) };
  const inputHash = createHash('sha256').update(JSON.stringify(input)).digest('hex');
  return { lines, total, totalUsd: { low: total.low.convert(inverse), high: total.high.convert(inverse) }, rate: input.rate, inputHash };
}

/** 1 / rate to 8 decimal places (the conversion then rounds half to even to the cent). */
function inverseRate(rate: string): string {
  const [whole, fraction = ''] = rate.split('.');
  const scaled = BigInt(whole + fraction);
  const quotient = (10n ** BigInt(8 + fraction.length)) / scaled;
  const text = quotient.toString().padStart(9, '0');
  return `${text.slice(0, -8)}.${text.slice(-8)}`;
}
