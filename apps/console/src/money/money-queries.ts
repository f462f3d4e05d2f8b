import { graphql } from '../gql';

/** The case's money as the API shows it to the caller (null with FORBIDDEN for someone who may not see it). */
export const MoneyTabQuery = graphql(`
  query MoneyTab($id: ID!) {
    case(id: $id) {
      id
      journey {
        caseId
        centreId
      }
      billing {
        caseId
        timelineRevision
        currentEstimate {
          id
          version
        }
        estimates {
          id
          version
          fundingModel
          priceList {
            label
            asOf
            illustrative
          }
          lines {
            item
            low {
              amount
              currency
            }
            high {
              amount
              currency
            }
            basis
          }
          total {
            low {
              amount
              currency
            }
            high {
              amount
              currency
            }
          }
          totalUsd {
            low {
              amount
              currency
            }
            high {
              amount
              currency
            }
          }
          rate {
            from
            to
            rate
            asOf
            source
          }
          timelineRevision
          preparedAt
          acceptance {
            acceptedBy
            acceptedAt
            recordedBy
          }
        }
        invoices {
          id
          reference
          kind
          amount {
            amount
            currency
          }
          amountUsd {
            amount
            currency
          }
          rate {
            rate
            asOf
          }
          estimateVersion
          issuedOn
          dueOn
        }
        payments {
          reference
          amount {
            amount
            currency
          }
          received {
            amount
            currency
          }
          rate {
            rate
            asOf
            source
          }
          invoiceReference
          on
        }
        refunds {
          reference
          amount {
            amount
            currency
          }
          received {
            amount
            currency
          }
          rate {
            rate
            asOf
            source
          }
          invoiceReference
          on
        }
        balance {
          invoiced {
            amount
            currency
          }
          paid {
            amount
            currency
          }
          refunded {
            amount
            currency
          }
          due {
            amount
            currency
          }
          credit {
            amount
            currency
          }
        }
      }
    }
  }
`);

/** Where invoices ask the family to pay: the accepting centre's bank account, from its tariff. */
export const MoneyPayee = graphql(`
  query MoneyPayee($centreId: ID!) {
    centreTariff(centreId: $centreId) {
      centreId
      label
      bank {
        accountName
        bankName
        accountNumber
        swift
      }
    }
  }
`);

export const MoneyPrepareEstimate = graphql(`
  mutation MoneyPrepareEstimate($caseId: ID!, $input: PrepareEstimateInput!) {
    prepareCostEstimate(caseId: $caseId, input: $input) {
      id
      version
    }
  }
`);

export const MoneyAcceptEstimate = graphql(`
  mutation MoneyAcceptEstimate($estimateId: ID!, $input: AcceptEstimateInput!) {
    acceptCostEstimate(estimateId: $estimateId, input: $input) {
      id
      version
    }
  }
`);

export const MoneyEstimateDownload = graphql(`
  query MoneyEstimateDownload($estimateId: ID!) {
    costEstimateDownload(estimateId: $estimateId) {
      url
      expiresAt
    }
  }
`);

export const MoneyIssueInvoice = graphql(`
  mutation MoneyIssueInvoice($caseId: ID!, $input: IssueInvoiceInput!) {
    issueInvoice(caseId: $caseId, input: $input) {
      id
      reference
    }
  }
`);

export const MoneyInvoiceDownload = graphql(`
  query MoneyInvoiceDownload($invoiceId: ID!) {
    invoiceDownload(invoiceId: $invoiceId) {
      url
      expiresAt
    }
  }
`);

export const MoneyRecordPayment = graphql(`
  mutation MoneyRecordPayment($caseId: ID!, $payment: MoneyMovementInput!) {
    recordPayment(caseId: $caseId, payment: $payment) {
      caseId
    }
  }
`);

export const MoneyRecordRefund = graphql(`
  mutation MoneyRecordRefund($caseId: ID!, $refund: MoneyMovementInput!) {
    recordRefund(caseId: $caseId, refund: $refund) {
      caseId
    }
  }
`);
