import { useQuery } from '@apollo/client/react';
import { Anchor, AppShell, Badge, Burger, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { apolloClient } from '../apollo';
import { signOut as endSignIn } from '../auth/oidc';
import { type Session } from '../auth/session';
import { graphql } from '../gql';
import { formatCount } from '../i18n/format';
import { AREAS } from '../areas';
import { LanguageSwitch } from './LanguageSwitch';
import './layout.css';

export const UnreadCount = graphql(`
  query UnreadCount {
    notifications(first: 1, unreadOnly: true) {
      unreadCount
    }
  }
`);

/** The frame of every signed-in page: the navigation (a side bar; the unread count on Notifications), language, who is signed in. */
export function Layout({ session }: { session: Session }) {
  const { t, i18n } = useTranslation();
  const unread = useQuery(UnreadCount, { pollInterval: 30_000 }).data?.notifications.unreadCount ?? 0;
  const navigate = useNavigate();
  // Below the small breakpoint the navigation folds behind a menu button.
  const [navOpen, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  // The next person to sign in here starts at the work queue, not on this person's page.
  const signOut = () => {
    void navigate('/');
    void endSignIn();
    void apolloClient.clearStore();
  };
  const links = [
    { to: '/', label: t('nav.workQueue') },
    ...AREAS.flatMap((area) => area.nav)
      .filter((item) => item.roles.includes(session.role))
      .map((item) => ({ to: item.to, label: t(item.label) })),
  ];
  return (
    <AppShell header={{ height: 64 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpen } }} padding="md">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={navOpen} onClick={toggleNav} hiddenFrom="sm" size="sm" aria-label={t('app.mainNav')} />
            <Title order={2} size="h4">
              {t('app.title')}
            </Title>
          </Group>
          <Group gap="md" wrap="nowrap" align="flex-end">
            <LanguageSwitch />
            <Text size="sm" visibleFrom="md">
              {t('app.signedInAs', { subject: session.subject, role: t(`roles.${session.role}`) })}
            </Text>
            <Button variant="outline" size="xs" onClick={signOut}>
              {t('app.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="md" component="nav" aria-label={t('app.mainNav')}>
        <Stack gap="xs">
          {links.map((link) => (
            <Anchor key={link.to} component={NavLink} to={link.to} end={link.to === '/'} onClick={closeNav}>
              {link.label}
            </Anchor>
          ))}
          <Anchor component={NavLink} to="/notifications" onClick={closeNav}>
            {t('nav.notifications')}
            {unread > 0 && (
              <Badge ml={6} color="red.9" size="sm" aria-label={t('app.unread', { count: unread })}>
                {formatCount(unread, i18n.language)}
              </Badge>
            )}
          </Anchor>
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
