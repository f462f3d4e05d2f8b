import { badInput, Currency, Money } from '@carta/domain';
import { PriceList } from '../estimates/cost-estimate.rules';

/** A centre's tariff as its office enters it: decimal strings in CNY (the product may be quoted in USD). */
export interface TariffInput {
  label: string;
  asOf: string;
  hospitalDay: string;
  monitoringDay: string;
  apheresis: string;
  lymphodepletionDay: string;
  crsIcansReserveLow: string;
  crsIcansReserveHigh: string;
  coordinationFee: string;
  interpreterDay: string;
  hotelNight: string;
  manufacturingLow: string;
  manufacturingHigh: string;
  manufacturingCurrency: 'CNY' | 'USD';
}

const CNY_FIELDS = [
  'hospitalDay',
  'monitoringDay',
  'apheresis',
  'lymphodepletionDay',
  'crsIcansReserveLow',
  'crsIcansReserveHigh',
  'coordinationFee',
  'interpreterDay',
  'hotelNight',
] as const;

/** The price list an estimate is made from; every amount exact, a bad one refused by its field name. */
export function priceListFromTariff(tariff: TariffInput): PriceList {
  const money = (field: keyof TariffInput, currency: Currency) => {
    try {
      return Money.parse(tariff[field], currency);
    } catch {
      throw badInput(`${field}: "${tariff[field]}" is not an amount in ${currency}`, { field });
    }
  };
  const cny = Object.fromEntries(CNY_FIELDS.map((field) => [field, money(field, 'CNY')])) as Record<(typeof CNY_FIELDS)[number], Money>;
  const list: PriceList = {
    label: tariff.label,
    asOf: tariff.asOf,
    illustrative: false,
    hospitalDay: cny.hospitalDay,
    monitoringDay: cny.monitoringDay,
    apheresis: cny.apheresis,
    lymphodepletionDay: cny.lymphodepletionDay,
    crsIcansReserve: { low: cny.crsIcansReserveLow, high: cny.crsIcansReserveHigh },
    coordinationFee: cny.coordinationFee,
    interpreterDay: cny.interpreterDay,
    hotelNight: cny.hotelNight,
    manufacturing: { low: money('manufacturingLow', tariff.manufacturingCurrency), high: money('manufacturingHigh', tariff.manufacturingCurrency) },
  };
  if (list.crsIcansReserve.low.compare(list.crsIcansReserve.high) > 0)
    throw badInput('crsIcansReserveLow: the reserve is a low–high range', { field: 'crsIcansReserveLow' });
  if (list.manufacturing.low.compare(list.manufacturing.high) > 0)
    throw badInput('manufacturingLow: the product price is a low–high range', { field: 'manufacturingLow' });
  return list;
}
