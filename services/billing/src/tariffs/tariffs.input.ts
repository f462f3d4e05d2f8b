import { centreId } from '@carta/contracts';
import { isoDate, parseInput } from '@carta/service-kit';
import { z } from 'zod';
import { BankDetails, parseBankDetails } from './bank-details.rules';
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
const bankInput = z.object({
  accountName: z.string().trim().min(1).max(140),
  bankName: z.string().trim().min(1).max(140),
  accountNumber: z.string().trim().min(1).max(50),
  swift: z.string().trim().min(1).max(20),
});

export const parseTariffCentreId = (value: unknown): string => parseInput(z.object({ centreId }), { centreId: value }).centreId;
/** The tariff and, when given, the bank details (checked: IBAN digits, SWIFT/BIC form). */
export const parseTariff = (input: unknown): { tariff: TariffInput; bank: BankDetails | null } => {
  const { bank, ...tariff } = parseInput(tariffInput.extend({ bank: bankInput.nullish() }), input);
  return { tariff, bank: bank ? parseBankDetails(bank, 'bank') : null };
};
