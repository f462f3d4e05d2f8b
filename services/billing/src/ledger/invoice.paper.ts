import { Money } from '@carta/domain';
import { PrintedPaper } from '@carta/pdf';
import { InvoiceKind } from './ledger.rules';

export interface InvoicePaperInput {
  invoiceId: string;
  caseId: string;
  centreId: string;
  kind: InvoiceKind;
  amount: Money;
  issuedOn: string;
  estimate: { version: number; inputHash: string; acceptedOn: string };
  /** The case's balance once this invoice is added. */
  dueAfter: Money;
  issuedAt: Date;
}

/** An invoice names the estimate version the family accepted, and what is due in all. */
export function invoicePaper(invoice: InvoicePaperInput): PrintedPaper {
  const kind = invoice.kind === 'DEPOSIT' ? 'Deposit' : 'Balance';
  return {
    title: `Invoice: ${kind.toLowerCase()}`,
    subtitle: `Case ${invoice.caseId} · centre ${invoice.centreId}`,
    footer: `Invoice ${invoice.invoiceId} · estimate v${invoice.estimate.version}`,
    createdAt: invoice.issuedAt,
    blocks: [
      {
        kind: 'fields',
        fields: [
          ['Invoice number', invoice.invoiceId],
          ['Date', invoice.issuedOn],
          [
            'Against',
            `Cost estimate version ${invoice.estimate.version} (fingerprint ${invoice.estimate.inputHash.slice(0, 16)}), accepted on ${invoice.estimate.acceptedOn}`,
          ],
        ],
      },
      {
        kind: 'table',
        columns: [
          { title: 'Description', width: 0.7 },
          { title: 'Amount', width: 0.3, align: 'right' },
        ],
        rows: [[`${kind} for CAR-T treatment as estimated`, invoice.amount.format()]],
        totals: [['Due on the case after this invoice', invoice.dueAfter.format()]],
      },
      {
        kind: 'text',
        paragraphs: ['Quote the invoice number with your payment. A payment is recorded once by its reference; an overpayment is refunded on request.'],
      },
    ],
  };
}
