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
});

export type MoneyInput = z.infer<typeof moneyInput>;
export type InvoiceInput = z.infer<typeof invoiceInput>;
/** A payment or a refund. */
export type MovementInput = z.infer<typeof movementInput>;
export const parseInvoice = (input: unknown): InvoiceInput => parseInput(invoiceInput, input);
export const parseMovement = (input: unknown): MovementInput => parseInput(movementInput, input);
