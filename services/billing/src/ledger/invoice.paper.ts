import { ExchangeRate, Money } from '@carta/domain';
import { PrintedPaper } from '@carta/pdf';
import { BankDetails } from '../tariffs/bank-details.rules';
import { InvoiceKind, PAYMENT_TERMS_DAYS } from './ledger.rules';

export interface InvoicePaperInput {
  /** The short reference the family quotes on the transfer. */
  reference: string;
  caseId: string;
  kind: InvoiceKind;
  amount: Money;
  /** The amount at the accepted estimate's dated rate, for a family paying from a USD account. */
  amountUsd: Money;
  rate: ExchangeRate;
  issuedOn: string;
  dueOn: string;
  estimate: { version: number; inputHash: string; acceptedOn: string };
  /** The patient, as the passport shows the name. */
  payer: { name: string };
  payee: { name: string; nameZh: string | null; address: { en: string; zh: string } | null; email: string | null; phone: string | null };
  bank: BankDetails;
  /** The case's balance once this invoice is added. */
  dueAfter: Money;
  issuedAt: Date;
}

/** An invoice a bank transfer can be made from: who pays whom, how much in CNY and USD, by when, into which account, quoting what. */
export function invoicePaper(invoice: InvoicePaperInput): PrintedPaper {
  const kind = invoice.kind === 'DEPOSIT' ? 'Deposit' : 'Balance';
  const { payee, bank, rate } = invoice;
  const contact = [payee.email, payee.phone].filter(Boolean).join(' · ');
  return {
    title: `Invoice ${invoice.reference} · 发票`,
    subtitle: `${kind} for CAR-T treatment · ${payee.nameZh ? `${payee.nameZh} · ` : ''}${payee.name}`,
    footer: `Invoice ${invoice.reference} · case ${invoice.caseId} · estimate v${invoice.estimate.version}`,
    createdAt: invoice.issuedAt,
    blocks: [
      {
        kind: 'fields',
        fields: [
          ['Invoice reference 发票编号', invoice.reference],
          ['Issued 开具日期', invoice.issuedOn],
          ['Due 付款截止日期', invoice.dueOn],
          ['Payer 付款人', `${invoice.payer.name} (the patient)`],
          ['Payee 收款单位', [payee.nameZh, payee.name].filter(Boolean).join(' / ')],
          ...(payee.address ? ([['Address 地址', `${payee.address.zh} / ${payee.address.en}`]] as [string, string][]) : []),
          ...(contact ? ([['Office contact 联系方式', contact]] as [string, string][]) : []),
          [
            'Against',
            `Cost estimate version ${invoice.estimate.version} (fingerprint ${invoice.estimate.inputHash.slice(0, 16)}), accepted on ${invoice.estimate.acceptedOn}`,
          ],
        ],
      },
      {
        kind: 'table',
        columns: [
          { title: 'Description', width: 0.5 },
          { title: 'CNY', width: 0.25, align: 'right' },
          { title: 'USD', width: 0.25, align: 'right' },
        ],
        rows: [[`${kind} for CAR-T treatment as estimated`, invoice.amount.format(), invoice.amountUsd.format()]],
        totals: [['Due on the case after this invoice', invoice.dueAfter.format(), '']],
      },
      {
        kind: 'text',
        paragraphs: [
          `USD at 1 ${rate.from} = ${rate.rate} ${rate.to} (${rate.source}, ${rate.asOf}), the accepted estimate's rate, rounded half to even to the cent; the amount owed is the CNY amount.`,
        ],
      },
      {
        kind: 'fields',
        heading: 'Pay by bank transfer 银行转账',
        fields: [
          ['Account name 户名', bank.accountName],
          ['Bank 开户行', bank.bankName],
          ['Account number / IBAN 账号', bank.accountNumber],
          ['SWIFT/BIC', bank.swift],
          ['Payment reference 付款附言', invoice.reference],
        ],
      },
      {
        kind: 'text',
        heading: 'Terms',
        paragraphs: [
          `A deposit is due within ${PAYMENT_TERMS_DAYS.DEPOSIT} days of issue and before travel; the balance within ${PAYMENT_TERMS_DAYS.BALANCE} days.`,
          `Quote ${invoice.reference} with your payment. A payment is recorded once by its bank reference; one in another currency counts at the dated rate it was received at, and an overpayment is refunded on request.`,
        ],
      },
    ],
  };
}
