import { useQuery } from '@apollo/client/react';
import { Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDay, formatInstant } from '../i18n/format';
import type { CaseTabProps } from '../shell/area';
import { CaseOverview } from './case-query';

/** Status, diagnosis, opening and the checklist at a glance (the case page's query, read from the cache). */
export function OverviewTab({ caseId }: CaseTabProps) {
  const { t, i18n } = useTranslation();
  const found = useQuery(CaseOverview, { variables: { id: caseId }, errorPolicy: 'all' }).data?.case;
  if (!found) return null;
  const locale = i18n.language;
  return (
    <Stack>
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
