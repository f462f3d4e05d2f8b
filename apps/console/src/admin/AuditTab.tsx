import { useQuery } from '@apollo/client/react';
import { Badge, Code, Group, NativeSelect, Pagination, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import { formatCount, formatInstant } from '../i18n/format';
import type { CaseTabProps } from '../shell/area';
import { LoadError, Loading } from '../shell/states';
import { actorsOf, AUDIT_SERVICES, filterTrail, mergeTrail, pageOf } from './audit-trail';

export const AdminAuditTrail = graphql(`
  query AdminAuditTrail($caseId: ID!) {
    auditTrail(caseId: $caseId) {
      caseId
      intake {
        ...AdminAuditEntry
      }
      documents {
        ...AdminAuditEntry
      }
      eligibility {
        ...AdminAuditEntry
      }
      centres {
        ...AdminAuditEntry
      }
      travel {
        ...AdminAuditEntry
      }
      billing {
        ...AdminAuditEntry
      }
    }
  }
  fragment AdminAuditEntry on AuditEntry {
    id
    service
    seq
    at
    action
    outcome
    purpose
    actor
    roles
    centreId
    targetType
    targetId
  }
`);

/** The case's audit trail across every service (admin), newest first, filtered and paged here. */
export function AuditTab({ caseId }: CaseTabProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [service, setService] = useState('');
  const [actor, setActor] = useState('');
  const [page, setPage] = useState(1);
  // Always read afresh: reading the trail is itself audited, and other tabs add records.
  const { data, loading, error, refetch } = useQuery(AdminAuditTrail, { variables: { caseId }, fetchPolicy: 'network-only' });
  const heading = <Title order={2}>{t('admin.audit.heading')}</Title>;
  if (loading && !data) return <Loading />;
  if (!data)
    return (
      <Stack>
        {heading}
        {error && <LoadError error={error} retry={() => void refetch()} />}
      </Stack>
    );
  const all = mergeTrail(data.auditTrail);
  const filtered = filterTrail(all, { service: service || null, actor: actor || null });
  const shown = pageOf(filtered, page);
  const filter = (set: (value: string) => void) => (value: string) => {
    set(value);
    setPage(1);
  };
  return (
    <Stack>
      {heading}
      <Group align="flex-end">
        <NativeSelect
          label={t('admin.audit.serviceFilter')}
          data={[{ value: '', label: t('admin.audit.allServices') }, ...AUDIT_SERVICES.map((name) => ({ value: name, label: t(`admin.service.${name}`) }))]}
          value={service}
          onChange={(event) => filter(setService)(event.currentTarget.value)}
        />
        <NativeSelect
          label={t('admin.audit.actorFilter')}
          data={[{ value: '', label: t('admin.audit.allActors') }, ...actorsOf(all).map((name) => ({ value: name, label: name }))]}
          value={actor}
          onChange={(event) => filter(setActor)(event.currentTarget.value)}
        />
      </Group>
      <Text aria-live="polite">
        {t('admin.audit.total', { count: filtered.length, formatted: formatCount(filtered.length, locale), all: formatCount(all.length, locale) })}
      </Text>
      {shown.rows.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table striped>
            <Table.Caption>{t('admin.audit.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.audit.when')}</Table.Th>
                <Table.Th scope="col">{t('admin.audit.who')}</Table.Th>
                <Table.Th scope="col">{t('admin.audit.role')}</Table.Th>
                <Table.Th scope="col">{t('admin.audit.action')}</Table.Th>
                <Table.Th scope="col">{t('admin.audit.what')}</Table.Th>
                <Table.Th scope="col">{t('admin.audit.service')}</Table.Th>
                <Table.Th scope="col">{t('admin.audit.outcome')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.rows.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Th scope="row">{formatInstant(entry.at, locale)}</Table.Th>
                  <Table.Td>{entry.actor}</Table.Td>
                  <Table.Td>{entry.roles.map((role) => t(`roles.${role}`, { defaultValue: role })).join(', ')}</Table.Td>
                  <Table.Td>
                    <Code>{entry.action}</Code>
                  </Table.Td>
                  <Table.Td>{entry.targetType ? `${entry.targetType}${entry.targetId ? ` ${entry.targetId}` : ''}` : t('admin.none')}</Table.Td>
                  <Table.Td>{t(`admin.service.${entry.service}`, { defaultValue: entry.service })}</Table.Td>
                  <Table.Td>
                    <Badge color={entry.outcome === 'DENIED' ? 'red.9' : 'gray.8'}>{t(`admin.audit.outcomes.${entry.outcome}`)}</Badge>{' '}
                    <Text span size="sm">
                      {t(`admin.audit.purposes.${entry.purpose}`)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {shown.pages > 1 && (
        <Pagination
          total={shown.pages}
          value={Math.min(page, shown.pages)}
          onChange={setPage}
          getControlProps={(control) => ({ 'aria-label': t(`admin.audit.pages.${control}`) })}
          getItemProps={(item) => ({ 'aria-label': t('admin.audit.pages.page', { page: item }) })}
        />
      )}
    </Stack>
  );
}
