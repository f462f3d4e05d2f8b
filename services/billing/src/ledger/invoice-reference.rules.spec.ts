import { DomainError } from '@carta/domain';
import { newInvoiceReference, parseInvoiceReference } from './invoice-reference.rules';

const refusal = (action: () => unknown): DomainError => {
  try {
    action();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('an invoice reference', () => {
  it('is short, dated by year, unambiguous, and passes its own check', () => {
    const reference = newInvoiceReference('2026-12-20');
    expect(reference).toMatch(/^INV-26-[0-9A-HJKMNP-TV-Z]{6}$/);
    expect(parseInvoiceReference(reference, 'payment.invoiceReference')).toBe(reference);
  });

  it('is read back as people type it: lower case, no hyphens, O for 0 and I or L for 1', () => {
    const reference = newInvoiceReference('2026-12-20', () => 0); // payload 00000
    expect(reference).toBe('INV-26-000000');
    expect(parseInvoiceReference('inv26oo0000', 'f')).toBe(reference);
    const ones = newInvoiceReference('2026-12-20', () => 1);
    expect(parseInvoiceReference(ones.toLowerCase().replace(/1/g, 'l'), 'f')).toBe(ones);
  });

  it('catches every single mistyped symbol and every swap of two adjacent different symbols (0 ↔ Z aside), naming the field', () => {
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    const sequence = [3, 17, 29, 8, 21];
    const reference = newInvoiceReference('2026-12-20', () => sequence.shift()!);
    const symbols = reference.slice(7);
    for (let index = 0; index < symbols.length; index++) {
      for (const other of alphabet) {
        if (other === symbols[index]) continue;
        const typo = `INV-26-${symbols.slice(0, index)}${other}${symbols.slice(index + 1)}`;
        expect(refusal(() => parseInvoiceReference(typo, 'payment.invoiceReference')).details).toEqual({ field: 'payment.invoiceReference' });
      }
    }
    for (let index = 0; index < symbols.length - 1; index++) {
      if (symbols[index] === symbols[index + 1]) continue;
      const swapped = `INV-26-${symbols.slice(0, index)}${symbols[index + 1]}${symbols[index]}${symbols.slice(index + 2)}`;
      expect(() => parseInvoiceReference(swapped, 'f')).toThrow('check symbol');
    }
  });

  it('refuses what is not a reference at all', () => {
    expect(refusal(() => parseInvoiceReference('bank-1', 'payment.invoiceReference')).message).toBe(
      'payment.invoiceReference: not an invoice reference like INV-26-7K3F9Q',
    );
    expect(() => parseInvoiceReference('INV-26-7K3F9U', 'f')).toThrow('not an invoice reference');
  });
});
