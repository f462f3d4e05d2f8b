import { useQuery } from '@apollo/client/react';
import { Anchor, AppShell, Badge, Button, Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { apolloClient } from '../apollo';
import { endSession, type Session } from '../auth/session';
import { graphql } from '../gql';
import { formatCount } from '../i18n/format';
import { AREAS } from '../areas';
import { LanguageSwitch } from './LanguageSwitch';

export const UnreadCount = graphql(`
  query UnreadCount {
    notifications(first: 1, unreadOnly: true) {
      unreadCount
    }
  }
`);

/** The frame of every signed-in page: navigation with the unread count, language, who is signed in. */
export function Layout({ session }: { session: Session }) {
  const { t, i18n } = useTranslation();
  const unread = useQuery(UnreadCount, { pollInterval: 30_000 }).data?.notifications.unreadCount ?? 0;
  const navigate = useNavigate();
  // The next person to sign in here starts at the work queue, not on this person's page.
  const signOut = () => {
    void navigate('/');
    endSession();
    void apolloClient.clearStore();
  };
  return (
    <AppShell header={{ height: 72 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="lg" wrap="nowrap">
            <Title order={2} size="h4">
              {t('app.title')}
            </Title>
            <nav aria-label={t('app.mainNav')}>
              <Group gap="md" wrap="nowrap">
                <Anchor component={NavLink} to="/" end>
                  {t('nav.workQueue')}
                </Anchor>
                {AREAS.flatMap((area) => area.nav)
                  .filter((item) => item.roles.includes(session.role))
                  .map((item) => (
                    <Anchor key={item.to} component={NavLink} to={item.to}>
                      {t(item.label)}
                    </Anchor>
                  ))}
                <Anchor component={NavLink} to="/notifications">
                  {t('nav.notifications')}
                  {unread > 0 && (
                    <Badge ml={6} color="red.9" size="sm" aria-label={t('app.unread', { count: unread })}>
                      {formatCount(unread, i18n.language)}
                    </Badge>
                  )}
                </Anchor>
              </Group>
            </nav>
          </Group>
          <Group gap="md" wrap="nowrap" align="flex-end">
            <LanguageSwitch />
            <Text size="sm">{t('app.signedInAs', { subject: session.subject, role: t(`roles.${session.role}`) })}</Text>
            <Button variant="outline" size="xs" onClick={signOut}>
              {t('app.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
