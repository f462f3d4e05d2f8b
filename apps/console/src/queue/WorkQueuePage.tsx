import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, MultiSelect, NativeSelect, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback, useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Session } from '../auth/session';
import { graphql } from '../gql';
import type { CaseStatus } from '../gql/graphql';
import { formatCount, formatDay, formatInstant } from '../i18n/format';
import { CASE_STATUSES, queueFilter, QUEUE_PAGE_SIZES, queueState, type QueueState, withQueueState } from './work-queue';
import { LoadError, Loading } from '../shell/states';
import { OpenCaseButton } from '../case/OpenCasePage';

/** The caller's unread notifications (the newest 100), counted per case in the queue. */
export const WorkQueueUnread = graphql(`
  query WorkQueueUnread {
    notifications(unreadOnly: true, first: 100) {
      edges {
        node {
          id
          caseId
        }
      }
    }
  }
`);

export const WorkQueue = graphql(`
  query WorkQueue($filter: CaseFilter, $first: Int, $after: String) {
    cases(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reference
          status
          diagnosis {
            icd10
            description
          }
          coordinatorId
          reviewDueOn
          reviewOverdue
          staleRecordKinds
          openedAt
        }
      }
    }
  }
`);

/** The cases the API lets the caller see; filters, search and pages live in the URL (links and Back work). */
export function WorkQueuePage({ session }: { session: Session }) {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const state = queueState(params);
  const update = (change: Partial<QueueState>) => setParams(withQueueState(state, change));
  const [text, setText] = useState(state.text);
  const search = useDebouncedCallback((value: string) => update({ text: value, after: null }), 300);
  const { data, previousData, loading, error, refetch } = useQuery(WorkQueue, {
    variables: { filter: queueFilter(state), first: state.pageSize, after: state.after },
  });
  const cases = (data ?? previousData)?.cases;
  const unread = useQuery(WorkQueueUnread, { pollInterval: 30_000 }).data?.notifications.edges ?? [];
  const unreadByCase = new Map<string, number>();
  for (const { node } of unread) if (node.caseId) unreadByCase.set(node.caseId, (unreadByCase.get(node.caseId) ?? 0) + 1);
  const locale = i18n.language;
  useDocumentTitle(`${t('queue.heading')} · ${t('app.title')}`);

  return (
    <Stack>
      <Title order={1}>{t('queue.heading')}</Title>
      <OpenCaseButton session={session} />
      <Group align="flex-end">
        <TextInput
          label={t('queue.search')}
          type="search"
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            search(event.currentTarget.value);
          }}
        />
        <MultiSelect
          label={t('queue.status')}
          data={CASE_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
          value={state.statuses}
          onChange={(statuses) => update({ statuses: statuses as CaseStatus[], after: null })}
          clearable
          miw={220}
        />
        {session.role === 'coordinator' && (
          <Switch label={t('queue.onlyMine')} checked={state.mine} onChange={(event) => update({ mine: event.currentTarget.checked, after: null })} />
        )}
        <NativeSelect
          label={t('queue.pageSize')}
          data={QUEUE_PAGE_SIZES.map(String)}
          value={String(state.pageSize)}
          onChange={(event) => update({ pageSize: Number(event.currentTarget.value), after: null })}
        />
      </Group>
      {error && <LoadError error={error} retry={() => void refetch()} />}
      {loading && !cases && <Loading />}
      {cases && (
        <>
          <Text aria-live="polite">{t('queue.total', { count: cases.totalCount, formatted: formatCount(cases.totalCount, locale) })}</Text>
          {cases.edges.length === 0 ? (
            <Text>{t('queue.empty')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={800}>
              <Table striped highlightOnHover>
                <Table.Caption>{t('queue.tableCaption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('queue.reference')}</Table.Th>
                    <Table.Th scope="col">{t('queue.status')}</Table.Th>
                    <Table.Th scope="col">{t('queue.nextStepHeading')}</Table.Th>
                    <Table.Th scope="col">{t('queue.diagnosis')}</Table.Th>
                    <Table.Th scope="col">{t('queue.coordinator')}</Table.Th>
                    <Table.Th scope="col">{t('queue.review')}</Table.Th>
                    <Table.Th scope="col">{t('queue.records')}</Table.Th>
                    <Table.Th scope="col">{t('queue.unreadHeading')}</Table.Th>
                    <Table.Th scope="col">{t('queue.opened')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {cases.edges.map(({ node }) => (
                    <Table.Tr key={node.id}>
                      <Table.Th scope="row">
                        <Anchor component={Link} to={`/cases/${node.id}`}>
                          {node.reference}
                        </Anchor>
                      </Table.Th>
                      <Table.Td>{t(`status.${node.status}`)}</Table.Td>
                      <Table.Td>{t(`queue.nextStep.${node.status}`)}</Table.Td>
                      <Table.Td>
                        <abbr title={node.diagnosis.description}>{node.diagnosis.icd10}</abbr>
                      </Table.Td>
                      <Table.Td>{node.coordinatorId}</Table.Td>
                      <Table.Td>
                        {node.reviewDueOn ? formatDay(node.reviewDueOn, locale) : t('queue.none')}
                        {node.reviewOverdue && (
                          <Badge ml="xs" color="red.9">
                            {t('queue.overdue')}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {node.staleRecordKinds.length > 0 ? (
                          <Badge color="orange.9">{t('queue.stale', { count: node.staleRecordKinds.length })}</Badge>
                        ) : (
                          t('queue.none')
                        )}
                      </Table.Td>
                      <Table.Td>
                        {unreadByCase.has(node.id) ? (
                          <Badge color="red.9">{t('queue.unreadCount', { count: unreadByCase.get(node.id) })}</Badge>
                        ) : (
                          t('queue.none')
                        )}
                      </Table.Td>
                      <Table.Td>{formatInstant(node.openedAt, locale)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <Group component="nav" aria-label={t('queue.page')}>
            <Button variant="default" disabled={!state.after} onClick={() => update({ after: null })}>
              {t('queue.firstPage')}
            </Button>
            <Button disabled={!cases.pageInfo.hasNextPage} onClick={() => update({ after: cases.pageInfo.endCursor ?? null })}>
              {t('queue.nextPage')}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
