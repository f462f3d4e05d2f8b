import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvoiceKind } from '../gql/graphql';
import { formatDay, formatMoney } from '../i18n/format';
import { DownloadLink, settled } from '../journey/shared';
import { FormModal } from '../shell/FormModal';
import { LoadError } from '../shell/states';
import { MoneyInvoiceDownload, MoneyIssueInvoice, MoneyPayee } from './money-queries';
import type { Billing } from './MoneyTab';

const KINDS: readonly InvoiceKind[] = ['DEPOSIT', 'BALANCE'];

/** Invoices in CNY (and USD at the accepted estimate's rate), the account they ask the family to pay into, and issuing one. */
export function InvoicesSection({ caseId, billing, centreId }: { caseId: string; billing: Billing; centreId?: string | null }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const client = useApolloClient();
  const none = t('money.none');
  return (
    <Stack component="section" aria-labelledby="money-invoices">
      <Title order={3} id="money-invoices">
        {t('money.invoices.heading')}
      </Title>
      {centreId && <Payee centreId={centreId} />}
      {billing.invoices.length === 0 ? (
        <Text>{t('money.invoices.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={1000}>
          <Table striped>
            <Table.Caption>{t('money.invoices.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('money.invoices.reference')}</Table.Th>
                <Table.Th scope="col">{t('money.invoices.kind')}</Table.Th>
                <Table.Th scope="col">{t('money.invoices.amount')}</Table.Th>
                <Table.Th scope="col">{t('money.invoices.amountUsd')}</Table.Th>
                <Table.Th scope="col">{t('money.invoices.estimate')}</Table.Th>
                <Table.Th scope="col">{t('money.invoices.issuedOn')}</Table.Th>
                <Table.Th scope="col">{t('money.invoices.dueOn')}</Table.Th>
                <Table.Th scope="col">{t('money.invoices.pdf')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {billing.invoices.map((invoice) => (
                <Table.Tr key={invoice.id}>
                  <Table.Th scope="row">{invoice.reference ?? none}</Table.Th>
                  <Table.Td>{t(`money.invoiceKind.${invoice.kind}`)}</Table.Td>
                  <Table.Td>{formatMoney(invoice.amount, locale)}</Table.Td>
                  <Table.Td>
                    {invoice.amountUsd ? formatMoney(invoice.amountUsd, locale) : none}
                    {invoice.rate && (
                      <Text size="xs" c="dimmed">
                        {t('money.invoices.atRate', { rate: invoice.rate.rate, asOf: formatDay(invoice.rate.asOf, locale) })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{t('money.estimates.version', { version: invoice.estimateVersion })}</Table.Td>
                  <Table.Td>{formatDay(invoice.issuedOn, locale)}</Table.Td>
                  <Table.Td>{invoice.dueOn ? formatDay(invoice.dueOn, locale) : none}</Table.Td>
                  <Table.Td>
                    <DownloadLink
                      label={t('money.invoices.download', { reference: invoice.reference ?? '' })}
                      fetchLink={async () =>
                        (await client.query({ query: MoneyInvoiceDownload, variables: { invoiceId: invoice.id }, fetchPolicy: 'network-only' })).data!
                          .invoiceDownload
                      }
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <IssueInvoice caseId={caseId} />
    </Stack>
  );
}

/** The payee as invoices print it: the accepting centre and its bank account (from the centre's tariff). */
function Payee({ centreId }: { centreId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(MoneyPayee, { variables: { centreId }, errorPolicy: 'all' });
  const bank = data?.centreTariff?.bank;
  if (!bank) return <Text size="sm">{t('money.invoices.noBank', { centre: centreId })}</Text>;
  return (
    <Text size="sm">
      {t('money.invoices.payee', { accountName: bank.accountName, bankName: bank.bankName, accountNumber: bank.accountNumber, swift: bank.swift })}
    </Text>
  );
}

/** Issuing is final (the family is asked to pay): the form asks for confirmation; the API refuses before an accepted estimate. */
function IssueInvoice({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const [kind, setKind] = useState<InvoiceKind>('DEPOSIT');
  const [amount, setAmount] = useState('');
  const [asking, setAsking] = useState(false);
  const [issue, { data, loading, error, reset }] = useMutation(MoneyIssueInvoice, { refetchQueries: ['MoneyTab'], awaitRefetchQueries: true });
  const money = { amount, currency: 'CNY' };
  const shown = /^-?\d+(\.\d+)?$/.test(amount) ? formatMoney(money, i18n.language) : amount;
  return (
    <Stack
      component="form"
      aria-labelledby="money-issue"
      gap="xs"
      onSubmit={(event) => {
        event.preventDefault();
        reset();
        setAsking(true);
      }}
    >
      <Title order={4} id="money-issue">
        {t('money.invoices.issueHeading')}
      </Title>
      <Group align="flex-end">
        <NativeSelect
          label={t('money.invoices.kind')}
          value={kind}
          onChange={(event) => setKind(event.currentTarget.value as InvoiceKind)}
          data={KINDS.map((value) => ({ value, label: t(`money.invoiceKind.${value}`) }))}
        />
        <TextInput
          label={t('money.invoices.amountField')}
          description={t('money.amountHint')}
          value={amount}
          onChange={(event) => setAmount(event.currentTarget.value)}
          required
        />
        <Button type="submit">{t('money.invoices.issue')}</Button>
      </Group>
      {error && !asking && <LoadError error={error} />}
      {data && !error && <Text role="status">{t('money.invoices.issued', { reference: data.issueInvoice.reference ?? '' })}</Text>}
      <FormModal
        opened={asking}
        title={t('money.invoices.confirmTitle')}
        submitLabel={t('money.invoices.confirm')}
        onClose={() => setAsking(false)}
        loading={loading}
        error={error}
        onSubmit={() =>
          void settled(issue({ variables: { caseId, input: { kind, amount: money } } })).then((done) => {
            if (done) setAsking(false);
          })
        }
      >
        {t('money.invoices.confirmText', { kind: t(`money.invoiceKind.${kind}`), amount: shown })}
      </FormModal>
    </Stack>
  );
}
