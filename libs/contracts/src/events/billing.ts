import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';
import { instant, isoDate, moneyAmount, uuid } from '../values';

/** Who pays for the product: the sponsor (trial participants who meet all criteria) or the patient. */
export const FUNDING_MODELS = ['SPONSOR_FUNDED', 'PATIENT_PAID', 'COMPASSIONATE'] as const;
export const INVOICE_KINDS = ['DEPOSIT', 'BALANCE'] as const;

export const CostEstimatePrepared = defineEvent({
  type: 'carta.billing.estimate.prepared.v1',
  topic: Topics.billingEstimate,
  aggregateIdField: 'caseId',
  description: 'A cost estimate (a new version when anything it was made from changed) is ready for the family.',
  schema: z.object({
    estimateId: uuid,
    caseId: uuid,
    version: z.number().int().positive(),
    inputHash: z.string().regex(/^[0-9a-f]{64}$/),
    fundingModel: z.enum(FUNDING_MODELS),
    totalLow: moneyAmount,
    totalHigh: moneyAmount,
    preparedAt: instant,
  }),
});

export const CostEstimateAccepted = defineEvent({
  type: 'carta.billing.estimate.accepted.v1',
  topic: Topics.billingEstimate,
  aggregateIdField: 'caseId',
  description: 'The family accepted one specific estimate version (who accepted stays in billing).',
  schema: z.object({
    estimateId: uuid,
    caseId: uuid,
    version: z.number().int().positive(),
    inputHash: z.string().regex(/^[0-9a-f]{64}$/),
    acceptedAt: instant,
  }),
});

export const InvoiceIssued = defineEvent({
  type: 'carta.billing.ledger.invoice-issued.v1',
  topic: Topics.billingLedger,
  aggregateIdField: 'caseId',
  description: 'An invoice was issued against the accepted estimate.',
  schema: z.object({
    invoiceId: uuid,
    caseId: uuid,
    kind: z.enum(INVOICE_KINDS),
    amount: moneyAmount,
    estimateVersion: z.number().int().positive(),
    due: moneyAmount,
    issuedAt: instant,
    /** By the payment terms (added later: optional). */
    dueOn: isoDate.optional(),
    /** The short reference the family quotes on the transfer, e.g. INV-26-7K3F9Q (added later: optional). */
    reference: z
      .string()
      .regex(/^INV-\d{2}-[0-9A-HJKMNP-TV-Z]{6}$/)
      .optional(),
  }),
});

/** Money in or out, once per provider reference; `due` is the case's balance after it (negative: a credit). */
const moneyMovement = z.object({ caseId: uuid, reference: z.string().min(1).max(100), amount: moneyAmount, due: moneyAmount, recordedAt: instant });

export const PaymentRecorded = defineEvent({
  type: 'carta.billing.ledger.payment-recorded.v1',
  topic: Topics.billingLedger,
  aggregateIdField: 'caseId',
  description: 'A payment was recorded (once per provider reference).',
  schema: moneyMovement,
});

export const RefundRecorded = defineEvent({
  type: 'carta.billing.ledger.refund-recorded.v1',
  topic: Topics.billingLedger,
  aggregateIdField: 'caseId',
  description: 'Credit was refunded to the family.',
  schema: moneyMovement,
});
