import { createHash } from 'node:crypto';
import { badInput, DayRange, ExchangeRate, HOTEL_AFTER_DAY, LYMPHODEPLETION_DAYS, Money, monitoringStay } from '@carta/domain';

/**
 * The cost breakdown a family must see and accept before any financial commitment (docs/domain.md,
 * "Money"). Every line has a low and a high amount, following the timeline's ranges, and says how
 * it was worked out. Amounts are exact Money in CNY, the centres' currency; the only rounding is a
 * currency conversion, half to even to the minor unit, once per converted amount.
 */
export type FundingModel = 'SPONSOR_FUNDED' | 'PATIENT_PAID' | 'COMPASSIONATE';

export type LineItem =
  | 'MANUFACTURING'
  | 'HOSPITALISATION'
  | 'MONITORING'
  | 'APHERESIS'
  | 'LYMPHODEPLETION'
  | 'CRS_ICANS_RESERVE'
  | 'INTERPRETATION_AND_COORDINATION'
  | 'ACCOMMODATION';

export type { DayRange };

/** A centre's tariff, in CNY; only the product's price may be quoted in another currency (often USD). */
export interface PriceList {
  label: string;
  asOf: string;
  /** True for an example list: the estimate then says on its face that its prices are not real. */
  illustrative: boolean;
  /** Bed and nursing, per day in hospital. */
  hospitalDay: Money;
  /** CRS/ICANS monitoring (labs, neurological checks), per day, in hospital or from the hotel. */
  monitoringDay: Money;
  apheresis: Money;
  /** Conditioning chemotherapy, per day. */
  lymphodepletionDay: Money;
  /** Kept in reserve for CRS/ICANS management (tocilizumab, dexamethasone, ICU days). */
  crsIcansReserve: { low: Money; high: Money };
  coordinationFee: Money;
  interpreterDay: Money;
  hotelNight: Money;
  /** The product's price when the patient pays for it. */
  manufacturing: { low: Money; high: Money };
}

/**
 * ILLUSTRATIVE ONLY: round made-up figures so an estimate can be shown before a centre's tariff is
 * loaded. They are not any hospital's prices. The manufacturing range is docs/domain.md's typical
 * USD 50,000–150,000 for Chinese products.
 */
export const ILLUSTRATIVE_PRICE_LIST: PriceList = {
  label: 'ILLUSTRATIVE ONLY: not a real tariff, replace with the centre’s price list',
  asOf: '2026-11-01',
  illustrative: true,
  hospitalDay: Money.parse('3000', 'CNY'),
  monitoringDay: Money.parse('1500', 'CNY'),
  apheresis: Money.parse('15000', 'CNY'),
  lymphodepletionDay: Money.parse('4000', 'CNY'),
  crsIcansReserve: { low: Money.parse('30000', 'CNY'), high: Money.parse('150000', 'CNY') },
  coordinationFee: Money.parse('10000', 'CNY'),
  interpreterDay: Money.parse('800', 'CNY'),
  hotelNight: Money.parse('500', 'CNY'),
  manufacturing: { low: Money.parse('50000', 'USD'), high: Money.parse('150000', 'USD') },
};

export interface EstimateInput {
  fundingModel: FundingModel;
  /** Autologous products wait for manufacturing (days, from the timeline, delays included). */
  product: { type: 'AUTOLOGOUS'; manufacturingWaitDays: DayRange } | { type: 'ALLOGENEIC' };
  /** Days of monitoring after infusion, from the timeline (docs/domain.md: 14–30). */
  monitoringDays: DayRange;
  hotelMonitoringAfterDay14: boolean;
  /** Whether the family stays near the centre during manufacturing rather than going home. */
  familyStaysDuringManufacturing: boolean;
  prices: PriceList;
  /** USD → CNY on a given day: converts a USD product price in, and the totals out. */
  rate: ExchangeRate;
}

export interface EstimateLine {
  item: LineItem;
  low: Money;
  high: Money;
  basis: string;
}

/** Which estimate, exactly: acceptance and invoices name both. */
export interface EstimateVersion {
  version: number;
  /** SHA-256 of everything the estimate was made from (funding, durations, prices, rate). */
  inputHash: string;
}

export interface CostEstimate extends EstimateVersion {
  fundingModel: FundingModel;
  priceList: { label: string; asOf: string; illustrative: boolean };
  lines: EstimateLine[];
  total: { low: Money; high: Money };
  totalUsd: { low: Money; high: Money };
  rate: ExchangeRate;
  rounding: string;
}

const ROUNDING = 'Conversions round half to even to the cent, once per amount; USD totals are the CNY totals converted, not sums of converted lines.';

/**
 * Makes the estimate. Given the version the family last saw, it keeps that version number when
 * nothing changed and takes the next one otherwise: any change needs a new acceptance.
 */
export function estimateCosts(input: EstimateInput, previous?: EstimateVersion): CostEstimate {
  validate(input);
  const { prices, rate, monitoringDays } = input;
  const lines: EstimateLine[] = [];
  const line = (item: LineItem, low: Money, high: Money, basis: string) => lines.push({ item, low, high, basis });
  const perDay = (price: Money, days: DayRange) => ({ low: price.times(days.min), high: price.times(days.max) });
  const rateText = `1 ${rate.from} = ${rate.rate} ${rate.to} (${rate.source}, ${rate.asOf})`;

  if (input.fundingModel === 'SPONSOR_FUNDED') {
    line('MANUFACTURING', Money.zero('CNY'), Money.zero('CNY'), 'Free: the sponsor provides the product to participants who meet all the trial’s criteria');
  } else {
    const { low, high } = prices.manufacturing;
    const converted = low.currency === 'CNY' ? '' : ` at ${rateText}`;
    line(
      'MANUFACTURING',
      toCny(low, rate),
      toCny(high, rate),
      `Product paid by the patient (${input.fundingModel === 'COMPASSIONATE' ? 'compassionate use' : 'patient-paid'}), quoted ${low.format()}–${high.format()}${converted}`,
    );
  }

  const stay = monitoringStay(monitoringDays, input.hotelMonitoringAfterDay14);
  const inHospitalDays = stay.inHospital;
  const hospital = perDay(prices.hospitalDay, inHospitalDays);
  line(
    'HOSPITALISATION',
    hospital.low,
    hospital.high,
    `${days(inHospitalDays)} days in hospital after infusion at ${prices.hospitalDay.format()} a day${stay.inHotel ? ', then the hotel' : ''}`,
  );

  const monitoring = perDay(prices.monitoringDay, monitoringDays);
  line('MONITORING', monitoring.low, monitoring.high, `${days(monitoringDays)} days of CRS/ICANS monitoring at ${prices.monitoringDay.format()} a day`);

  if (input.product.type === 'AUTOLOGOUS') line('APHERESIS', prices.apheresis, prices.apheresis, 'One collection of the patient’s T cells');

  const lymphodepletion = perDay(prices.lymphodepletionDay, LYMPHODEPLETION_DAYS);
  line(
    'LYMPHODEPLETION',
    lymphodepletion.low,
    lymphodepletion.high,
    `${days(LYMPHODEPLETION_DAYS)} days of conditioning chemotherapy at ${prices.lymphodepletionDay.format()} a day`,
  );

  line(
    'CRS_ICANS_RESERVE',
    prices.crsIcansReserve.low,
    prices.crsIcansReserve.high,
    'Reserve for CRS/ICANS management (tocilizumab, dexamethasone, ICU): charged only if used',
  );

  const interpreting = perDay(prices.interpreterDay, monitoringDays);
  line(
    'INTERPRETATION_AND_COORDINATION',
    prices.coordinationFee.plus(interpreting.low),
    prices.coordinationFee.plus(interpreting.high),
    `Coordination ${prices.coordinationFee.format()}, and an interpreter for ${days(monitoringDays)} monitoring days at ${prices.interpreterDay.format()} a day`,
  );

  const hotelNights = stay.inHotel ?? { min: 0, max: 0 };
  const waitNights = input.product.type === 'AUTOLOGOUS' && input.familyStaysDuringManufacturing ? input.product.manufacturingWaitDays : { min: 0, max: 0 };
  const nights = { min: hotelNights.min + waitNights.min, max: hotelNights.max + waitNights.max };
  const accommodation = perDay(prices.hotelNight, nights);
  line(
    'ACCOMMODATION',
    accommodation.low,
    accommodation.high,
    `${days(nights)} hotel nights at ${prices.hotelNight.format()}: ${days(hotelNights)} monitored from the hotel after day ${HOTEL_AFTER_DAY}, ${days(waitNights)} waiting for manufacturing; flights not included`,
  );

  const total = {
    low: lines.reduce((sum, entry) => sum.plus(entry.low), Money.zero('CNY')),
    high: lines.reduce((sum, entry) => sum.plus(entry.high), Money.zero('CNY')),
  };
  const inputHash = createHash('sha256').update(canonicalJson(input)).digest('hex');
  const version = !previous ? 1 : previous.inputHash === inputHash ? previous.version : previous.version + 1;
  return {
    version,
    inputHash,
    fundingModel: input.fundingModel,
    priceList: { label: prices.label, asOf: prices.asOf, illustrative: prices.illustrative },
    lines,
    total,
    totalUsd: { low: total.low.convert(rate), high: total.high.convert(rate) },
    rate,
    rounding: ROUNDING,
  };
}

const days = (range: DayRange) => (range.min === range.max ? `${range.min}` : `${range.min}–${range.max}`);
const toCny = (amount: Money, rate: ExchangeRate) => (amount.currency === 'CNY' ? amount : amount.convert(rate));

function validate(input: EstimateInput): void {
  const { rate, prices } = input;
  if (rate.from !== 'USD' || rate.to !== 'CNY') throw badInput('an estimate needs a USD → CNY rate');
  const tariff = [
    prices.hospitalDay,
    prices.monitoringDay,
    prices.apheresis,
    prices.lymphodepletionDay,
    prices.crsIcansReserve.low,
    prices.crsIcansReserve.high,
    prices.coordinationFee,
    prices.interpreterDay,
    prices.hotelNight,
  ];
  if (tariff.some((price) => price.currency !== 'CNY' || price.isNegative())) throw badInput('a tariff lists non-negative prices in CNY');
  if (prices.crsIcansReserve.low.compare(prices.crsIcansReserve.high) > 0) throw badInput('the CRS/ICANS reserve is a low–high range');
  const { low, high } = prices.manufacturing;
  if (low.currency !== high.currency || !['CNY', rate.from].includes(low.currency) || low.isNegative() || low.compare(high) > 0) {
    throw badInput('the manufacturing price is a low–high range in CNY or USD');
  }
  const ranges = [input.monitoringDays, ...(input.product.type === 'AUTOLOGOUS' ? [input.product.manufacturingWaitDays] : [])];
  if (ranges.some((range) => !Number.isInteger(range.min) || !Number.isInteger(range.max) || range.min < 0 || range.min > range.max)) {
    throw badInput('durations are ranges of whole days, min ≤ max');
  }
}

/** JSON with sorted keys, so the same input always hashes the same whatever order it was built in. */
function canonicalJson(value: unknown): string {
  if (value instanceof Money) return canonicalJson(value.toJSON());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, field]) => field !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}
