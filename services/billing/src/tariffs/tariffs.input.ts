import { centreId } from '@carta/contracts';
import { isoDate, parseInput } from '@carta/service-kit';
import { z } from 'zod';
import { TariffInput } from './tariff.rules';

const amount = z.string().regex(/^\d{1,10}(\.\d{1,2})?$/, 'must be a decimal amount like 2800.00');
const tariffInput = z.object({
  label: z.string().trim().min(1).max(120),
  asOf: isoDate,
  hospitalDay: amount,
  monitoringDay: amount,
  apheresis: amount,
  lymphodepletionDay: amount,
  crsIcansReserveLow: amount,
  crsIcansReserveHigh: amount,
  coordinationFee: amount,
  interpreterDay: amount,
  hotelNight: amount,
  manufacturingLow: amount,
  manufacturingHigh: amount,
  manufacturingCurrency: z.enum(['CNY', 'USD']),
});

export const parseTariffCentreId = (value: unknown): string => parseInput(z.object({ centreId }), { centreId: value }).centreId;
export const parseTariff = (input: unknown): TariffInput => parseInput(tariffInput, input);
