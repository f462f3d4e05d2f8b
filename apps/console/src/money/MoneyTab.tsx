import { useQuery } from '@apollo/client/react';
import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MoneyTabQuery as MoneyTabData } from '../gql/graphql';
import { formatMoney } from '../i18n/format';
import type { CaseTabProps } from '../shell/area';
import { LoadError, Loading } from '../shell/states';
import { EstimatesSection } from './EstimatesSection';
import { InvoicesSection } from './InvoicesSection';
import { MovementsSection } from './MovementsSection';
import { MoneyTabQuery } from './money-queries';

export type Billing = NonNullable<NonNullable<MoneyTabData['case']>['billing']>;

/** The case's money: the balance, estimate versions side by side and their acceptance, invoices, payments and refunds. */
export function MoneyTab({ caseId }: CaseTabProps) {
  const { t } = useTranslation();
  // Only the case's coordinator, admins and a referred office with FINANCIAL consent see it: the API's refusal is shown.
  const { data, loading, error, refetch } = useQuery(MoneyTabQuery, { variables: { id: caseId }, errorPolicy: 'all', fetchPolicy: 'cache-and-network' });
  const billing = data?.case?.billing;
  if (loading && !data) return <Loading />;
  return (
    <Stack gap="xl">
      <Title order={2}>{t('money.heading')}</Title>
      {error && <LoadError error={error} retry={() => void refetch()} />}
      {billing && (
        <>
          <BalanceSection billing={billing} />
          <EstimatesSection caseId={caseId} billing={billing} />
          <InvoicesSection caseId={caseId} billing={billing} centreId={data?.case?.journey?.centreId} />
          <MovementsSection caseId={caseId} billing={billing} />
        </>
      )}
    </Stack>
  );
}

/** Always reconciles: due = invoiced − paid + refunded (negative: the family is in credit). */
function BalanceSection({ billing }: { billing: Billing }) {
  const { t, i18n } = useTranslation();
  const { balance } = billing;
  const rows = [
    ['invoiced', balance.invoiced],
    ['paid', balance.paid],
    ['refunded', balance.refunded],
    ['due', balance.due],
    ['credit', balance.credit],
  ] as const;
  return (
    <Stack component="section" aria-labelledby="money-balance" gap="xs">
      <Title order={3} id="money-balance">
        {t('money.balance.heading')}
      </Title>
      <Table maw={520} withTableBorder>
        <Table.Caption>{t('money.balance.caption')}</Table.Caption>
        <Table.Tbody>
          {rows.map(([key, money]) => (
            <Table.Tr key={key} fw={key === 'due' ? 700 : undefined}>
              <Table.Th scope="row">{t(`money.balance.${key}`)}</Table.Th>
              <Table.Td ta="right">{formatMoney(money, i18n.language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {balance.credit.amount !== '0.00' && <Text size="sm">{t('money.balance.inCredit')}</Text>}
    </Stack>
  );
}
