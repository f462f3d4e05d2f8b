import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Stack, Tabs, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Session } from '../auth/session';
import { LoadError, Loading } from '../shell/states';
import { CaseOverview } from './case-query';
import { CASE_TABS } from './tabs';

/**
 * One case as the API shows it to the caller: its reference and status, then one tab per part of the
 * casework (the tab is in the URL, /console/cases/<id>/<tab>, so every tab can be linked to).
 */
export function CasePage({ session }: { session: Session }) {
  const { id = '', tab = 'overview' } = useParams();
  const navigate = useNavigate();
  const { t } = useTranslation();
  // Partial answers are shown: a field the caller may not see is null with its own error.
  const { data, loading, error, refetch } = useQuery(CaseOverview, { variables: { id }, errorPolicy: 'all' });
  const found = data?.case;
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
  const tabs = CASE_TABS.filter((candidate) => !candidate.roles || candidate.roles.includes(session.role));
  return (
    <Stack>
      {back}
      <Group gap="md" align="center">
        <Title order={1}>{found.reference}</Title>
        <Badge size="lg" variant="light">
          {t(`status.${found.status}`)}
        </Badge>
      </Group>
      <Tabs value={tab} onChange={(next) => void navigate(`/cases/${id}/${next ?? 'overview'}`)} keepMounted={false}>
        <Tabs.List>
          {tabs.map(({ path, label }) => (
            <Tabs.Tab key={path} value={path}>
              {t(label)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tabs.map(({ path, Component }) => (
          <Tabs.Panel key={path} value={path} pt="md">
            <Component caseId={id} session={session} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
