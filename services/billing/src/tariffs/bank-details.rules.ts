import { electronicFormatIBAN, isValidBIC, isValidIBAN } from 'ibantools';
import { badInput } from '@carta/domain';

/** Where a family sends money: the centre's own account, kept by its office with its tariff. */
export interface BankDetails {
  accountName: string;
  bankName: string;
  /** An IBAN (checked by its mod-97 digits) or, where the country has none (China), the domestic account number. */
  accountNumber: string;
  /** SWIFT/BIC, 8 or 11 characters: an international transfer needs it. */
  swift: string;
}

/**
 * Bank details as an office typed them, checked before an invoice can print them: an account number
 * that starts like an IBAN must be a valid one; otherwise 8–34 digits (a Chinese account number has
 * no IBAN or check digits); the SWIFT/BIC must be well formed. Spaces are dropped. `field` prefixes
 * the names in a refusal (e.g. `tariff.bank`).
 */
export function parseBankDetails(input: BankDetails, field: string): BankDetails {
  const accountNumber = input.accountNumber.replace(/[\s-]/g, '').toUpperCase();
  const swift = input.swift.replace(/\s/g, '').toUpperCase();
  if (/^[A-Z]{2}\d{2}/.test(accountNumber)) {
    if (!isValidIBAN(electronicFormatIBAN(accountNumber) ?? ''))
      throw badInput(`${field}.accountNumber: not a valid IBAN (its check digits do not match)`, { field: `${field}.accountNumber` });
  } else if (!/^\d{8,34}$/.test(accountNumber)) {
    throw badInput(`${field}.accountNumber: an IBAN, or a domestic account number of 8–34 digits`, { field: `${field}.accountNumber` });
  }
  if (!isValidBIC(swift)) throw badInput(`${field}.swift: not a SWIFT/BIC code (8 or 11 characters, e.g. BKCHCNBJ110)`, { field: `${field}.swift` });
  return { accountName: input.accountName.trim(), bankName: input.bankName.trim(), accountNumber, swift };
}
