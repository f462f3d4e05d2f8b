import { randomInt } from 'node:crypto';
import { badInput } from '@carta/domain';

/**
 * The short reference a family quotes on a bank transfer, e.g. `INV-26-7K3F9Q`: the year, five
 * random Crockford base32 symbols (no I, L, O or U, so nothing reads as another) and a check symbol.
 * The check is Luhn mod 32 over the same alphabet rather than Crockford's mod-37 symbol, whose extra
 * symbols (* ~ $ = U) many banks refuse in a payment reference; it catches every single mistyped
 * symbol and every swap of two adjacent ones except 0 ↔ Z (Luhn's one blind pair).
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const PAYLOAD = 5;
const SYMBOLS = /^[0-9A-HJKMNP-TV-Z]{6}$/;

/** Luhn mod N: from the right, every second symbol's value is doubled and its base-N digits summed. */
function checkSymbol(payload: string): string {
  let sum = 0;
  for (let index = 0; index < payload.length; index++) {
    let value = ALPHABET.indexOf(payload[payload.length - 1 - index]);
    if (index % 2 === 0) {
      value *= 2;
      value = Math.floor(value / 32) + (value % 32);
    }
    sum += value;
  }
  return ALPHABET[(32 - (sum % 32)) % 32];
}

/** A new reference for an invoice issued on `issuedOn` (YYYY-MM-DD); uniqueness is the caller's check. */
export function newInvoiceReference(issuedOn: string, random: (max: number) => number = randomInt): string {
  const payload = Array.from({ length: PAYLOAD }, () => ALPHABET[random(ALPHABET.length)]).join('');
  return `INV-${issuedOn.slice(2, 4)}-${payload}${checkSymbol(payload)}`;
}

/**
 * A reference as a person typed it: case and the hyphens' surroundings forgiven, and the symbols
 * Crockford reads as others (O → 0, I and L → 1); refused (naming `field`) when it is not one or
 * its check symbol does not match, so a mistyped reference never finds another family's invoice.
 */
export function parseInvoiceReference(text: string, field: string): string {
  const typed = /^INV-?(\d{2})-?([0-9A-Z]{6})$/.exec(text.trim().toUpperCase());
  if (!typed) throw badInput(`${field}: not an invoice reference like INV-26-7K3F9Q`, { field });
  const symbols = typed[2].replace(/O/g, '0').replace(/[IL]/g, '1');
  if (!SYMBOLS.test(symbols)) throw badInput(`${field}: not an invoice reference like INV-26-7K3F9Q`, { field });
  if (checkSymbol(symbols.slice(0, PAYLOAD)) !== symbols[PAYLOAD])
    throw badInput(`${field}: the reference's check symbol does not match: mistyped?`, { field });
  return `INV-${typed[1]}-${symbols}`;
}
