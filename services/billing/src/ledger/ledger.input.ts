import { currencyCode, INVOICE_KINDS } from '@carta/contracts';
import { isoDate, parseInput } from '@carta/service-kit';
import { z } from 'zod';

const moneyInput = z.object({
  amount: z.string().regex(/^\d{1,12}(\.\d{1,2})?$/, 'must be a positive decimal like 12500.00'),
  currency: currencyCode,
});
const invoiceInput = z.object({ kind: z.enum(INVOICE_KINDS), amount: moneyInput });
const movementInput = z.object({
  /** The payment provider's or bank's reference: a notification delivered twice carries the same one. */
  reference: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .regex(/^[\w.:/-]+$/, 'letters, digits and . : / _ - only'),
  amount: moneyInput,
  on: isoDate,
  /** Needed exactly when the amount is not in the ledger's currency: kept on the movement. */
  rate: z
    .object({
      rate: z
        .string()
        .regex(/^\d{1,6}(\.\d{1,10})?$/, 'must be a positive decimal like 7.1034')
        .refine((value) => /[1-9]/.test(value), 'must be positive'),
      asOf: isoDate,
      source: z.string().trim().min(1).max(100),
    })
    .nullish(),
  /** The invoice reference the payer quoted (INV-26-7K3F9Q); checked by its check symbol. */
  invoiceReference: z.string().trim().min(1).max(20).nullish(),
});

export type MoneyInput = z.infer<typeof moneyInput>;
export type InvoiceInput = z.infer<typeof invoiceInput>;
/** A payment or a refund. */
export type MovementInput = z.infer<typeof movementInput>;
export const parseInvoice = (input: unknown): InvoiceInput => parseInput(invoiceInput, input);
export const parseMovement = (input: unknown): MovementInput => parseInput(movementInput, input);
