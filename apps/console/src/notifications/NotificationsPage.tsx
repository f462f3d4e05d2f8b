import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../gql';
import { formatInstant } from '../i18n/format';
import { LoadError, Loading } from '../shell/states';

export const NotificationFeed = graphql(`
  query NotificationFeed {
    notifications(first: 50) {
      unreadCount
      edges {
        node {
          id
          kind
          caseId
          caseReference
          outcome
          createdAt
          read
        }
      }
    }
  }
`);

const MarkAllRead = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

/** The caller's feed, newest first, unread entries marked. */
export function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(NotificationFeed, { fetchPolicy: 'cache-and-network' });
  const [markAll, marking] = useMutation(MarkAllRead, { refetchQueries: ['NotificationFeed', 'UnreadCount'], awaitRefetchQueries: true });
  const feed = data?.notifications;
  useDocumentTitle(`${t('notifications.heading')} · ${t('app.title')}`);
  return (
    <Stack>
      <Title order={1}>{t('notifications.heading')}</Title>
      {error && <LoadError error={error} retry={() => void refetch()} />}
      {marking.error && <LoadError error={marking.error} />}
      {loading && !feed && <Loading />}
      {feed && (
        <>
          <Group>
            <Button onClick={() => void markAll()} loading={marking.loading} disabled={feed.unreadCount === 0}>
              {t('notifications.markAll')}
            </Button>
          </Group>
          {feed.edges.length === 0 ? (
            <Text>{t('notifications.empty')}</Text>
          ) : (
            <Table striped>
              <Table.Caption>{t('notifications.tableCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('notifications.what')}</Table.Th>
                  <Table.Th scope="col">{t('notifications.caseCol')}</Table.Th>
                  <Table.Th scope="col">{t('notifications.outcomeCol')}</Table.Th>
                  <Table.Th scope="col">{t('notifications.when')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {feed.edges.map(({ node }) => (
                  <Table.Tr key={node.id} fw={node.read ? undefined : 700}>
                    <Table.Th scope="row">
                      {t(`notificationKind.${node.kind}`)}
                      {!node.read && (
                        <Badge ml="xs" color="blue.9" size="sm">
                          {t('notifications.unreadBadge')}
                        </Badge>
                      )}
                    </Table.Th>
                    <Table.Td>
                      <Anchor component={Link} to={`/cases/${node.caseId}`}>
                        {node.caseReference}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{node.outcome ? t(`outcome.${node.outcome}`, { defaultValue: node.outcome }) : t('queue.none')}</Table.Td>
                    <Table.Td>{formatInstant(node.createdAt, i18n.language)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      )}
    </Stack>
  );
}
