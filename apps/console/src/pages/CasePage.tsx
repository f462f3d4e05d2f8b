import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql';
import { formatDay, formatInstant } from '../i18n/format';
import { LoadError, Loading } from './states';

export const CaseOverview = graphql(`
  query CaseOverview($id: ID!) {
    case(id: $id) {
      id
      reference
      status
      allowedTransitions
      openedAt
      diagnosis {
        icd10
        description
      }
      checklist {
        completeness
        items {
          kind
          status
          recordDate
          required
        }
      }
    }
  }
`);

/** One case as the API shows it to the caller: read-only in this increment. */
export function CasePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  // Partial answers are shown: a field the caller may not see is null with its own error.
  const { data, loading, error, refetch } = useQuery(CaseOverview, { variables: { id }, errorPolicy: 'all' });
  const found = data?.case;
  const locale = i18n.language;
  useDocumentTitle(`${found?.reference ?? (loading ? t('app.loading') : t('case.notFound'))} · ${t('app.title')}`);
  const back = (
    <Anchor component={Link} to="/">
      {t('case.back')}
    </Anchor>
  );
  if (loading && !data) return <Loading />;
  if (!found)
    return (
      <Stack>
        {back}
        {error ? <LoadError error={error} retry={() => void refetch()} /> : <Title order={1}>{t('case.notFound')}</Title>}
      </Stack>
    );
  return (
    <Stack>
      {back}
      <Title order={1}>{found.reference}</Title>
      <Group component="dl" gap="xl" align="flex-start" m={0}>
        <div>
          <Text component="dt" fw={700}>
            {t('case.status')}
          </Text>
          <Text component="dd" m={0}>
            {t(`status.${found.status}`)}
          </Text>
        </div>
        <div>
          <Text component="dt" fw={700}>
            {t('case.allowed')}
          </Text>
          <Text component="dd" m={0}>
            {found.allowedTransitions.length ? found.allowedTransitions.map((status) => t(`status.${status}`)).join(' · ') : t('case.noTransitions')}
          </Text>
        </div>
        <div>
          <Text component="dt" fw={700}>
            {t('case.diagnosis')}
          </Text>
          <Text component="dd" m={0}>
            {found.diagnosis.icd10} — {found.diagnosis.description}
          </Text>
        </div>
        <div>
          <Text component="dt" fw={700}>
            {t('case.opened')}
          </Text>
          <Text component="dd" m={0}>
            {formatInstant(found.openedAt, locale)}
          </Text>
        </div>
      </Group>
      <Title order={2}>{t('case.checklist')}</Title>
      {found.checklist ? (
        <>
          <Text>
            {t('case.completeness')}: {t(`completeness.${found.checklist.completeness}`)}
          </Text>
          <Table striped>
            <Table.Caption>{t('case.checklist')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('case.kind')}</Table.Th>
                <Table.Th scope="col">{t('case.itemStatus')}</Table.Th>
                <Table.Th scope="col">{t('case.recordDate')}</Table.Th>
                <Table.Th scope="col">{t('case.required')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {found.checklist.items.map((item) => (
                <Table.Tr key={item.kind}>
                  <Table.Th scope="row">{t(`recordKind.${item.kind}`)}</Table.Th>
                  <Table.Td>
                    <Badge color={item.status === 'PRESENT' ? 'green.9' : 'gray.8'}>{t(`recordStatus.${item.status}`)}</Badge>
                  </Table.Td>
                  <Table.Td>{item.recordDate ? formatDay(item.recordDate, locale) : t('queue.none')}</Table.Td>
                  <Table.Td>{item.required ? t('case.yes') : t('case.no')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      ) : (
        <Text>{t('case.noChecklist')}</Text>
      )}
    </Stack>
  );
}
