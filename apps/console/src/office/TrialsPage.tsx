import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, NativeSelect, NumberInput, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Session } from '../auth/session';
import type { OfficeTrialQuery } from '../gql/graphql';
import { formatInstant } from '../i18n/format';
import { LoadError, Loading } from '../shell/states';
import { CriteriaEditor } from './CriteriaEditor';
import { optional } from './office-rules';
import { OfficeAllTrials, OfficeCriteriaVersion, OfficeSetInvestigator, OfficeSetRecruiting, OfficeTrial, OfficeTrials, OfficeUpdateCriteria } from './queries';
import { Detail, Details } from '../shell/details';

interface SiteRow {
  centreId: string;
  recruiting: boolean;
  openSlots: number;
  principalInvestigator?: { name: string; nameZh?: string | null } | null;
}

const investigator = (site: SiteRow | undefined) =>
  site?.principalInvestigator ? [site.principalInvestigator.nameZh, site.principalInvestigator.name].filter(Boolean).join(' · ') : null;

/** The trials the office's centre leads or takes part in (an admin: every trial). */
export function TrialsPage({ session }: { session: Session }) {
  const { t } = useTranslation();
  useDocumentTitle(`${t('office.trials.heading')} · ${t('app.title')}`);
  const centreId = session.centreId;
  const mine = useQuery(OfficeTrials, { variables: { centreId: centreId ?? '' }, skip: !centreId, fetchPolicy: 'network-only' });
  const all = useQuery(OfficeAllTrials, { skip: !!centreId, fetchPolicy: 'cache-and-network' });
  const { loading, error, refetch } = centreId ? mine : all;
  const trials = centreId ? (mine.data?.centre?.trials ?? null) : (all.data?.trials ?? null);
  return (
    <Stack>
      <Title order={1}>{t('office.trials.heading')}</Title>
      <Anchor component={Link} to="/office/trials/new">
        {t('office.trials.register')}
      </Anchor>
      {loading && !trials && <Loading />}
      {error && <LoadError error={error} retry={() => void refetch()} />}
      {trials &&
        (trials.length === 0 ? (
          <Text>{t('office.trials.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={900}>
            <Table striped highlightOnHover>
              <Table.Caption>{t('office.trials.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('office.trials.trial')}</Table.Th>
                  <Table.Th scope="col">{t('office.trials.title')}</Table.Th>
                  <Table.Th scope="col">{t('office.trials.role')}</Table.Th>
                  <Table.Th scope="col">{t('office.trials.recruiting')}</Table.Th>
                  <Table.Th scope="col">{t('office.trials.openSlots')}</Table.Th>
                  <Table.Th scope="col">{t('office.trials.investigator')}</Table.Th>
                  <Table.Th scope="col">{t('office.trials.criteriaVersion')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {trials.map((trial) => {
                  const site: SiteRow | undefined = trial.sites.find((candidate) => candidate.centreId === centreId) ?? trial.sites[0];
                  return (
                    <Table.Tr key={trial.id}>
                      <Table.Th scope="row">
                        <Anchor component={Link} to={`/office/trials/${encodeURIComponent(trial.id)}`}>
                          {trial.id}
                        </Anchor>
                      </Table.Th>
                      <Table.Td>{trial.title}</Table.Td>
                      <Table.Td>
                        {trial.ownerCentreId === centreId ? t('office.trials.lead') : centreId ? t('office.trials.participating') : trial.ownerCentreId}
                      </Table.Td>
                      <Table.Td>{site?.recruiting ? t('office.yes') : t('office.no')}</Table.Td>
                      <Table.Td>{site?.openSlots ?? t('office.none')}</Table.Td>
                      <Table.Td>{investigator(site) ?? t('office.none')}</Table.Td>
                      <Table.Td>{trial.criteriaVersion}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ))}
    </Stack>
  );
}

type Trial = NonNullable<OfficeTrialQuery['trial']>;

/** One trial: its sites, this office's site (recruitment, PI), and its criteria with their history. */
export function TrialPage({ session }: { session: Session }) {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { data, loading, error, refetch } = useQuery(OfficeTrial, { variables: { id }, fetchPolicy: 'network-only' });
  const trial = data?.trial;
  // Kept here: the editor starts afresh from the saved version, the confirmation stays.
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  useDocumentTitle(`${trial?.title ?? id} · ${t('app.title')}`);
  const back = (
    <Anchor component={Link} to="/office/trials">
      {t('office.trial.back')}
    </Anchor>
  );
  if (loading && !data) return <Loading />;
  if (!trial)
    return (
      <Stack>
        {back}
        {error ? <LoadError error={error} retry={() => void refetch()} /> : <Title order={1}>{t('office.trial.notFound')}</Title>}
      </Stack>
    );
  return (
    <Stack>
      {back}
      <Title order={1}>{trial.title}</Title>
      <Details>
        <Detail label={t('office.trial.registryIds')}>{trial.registryIds.join(', ')}</Detail>
        <Detail label={t('office.trial.lead')}>{trial.ownerCentreId}</Detail>
        <Detail label={t('office.trial.targets')}>{trial.targets.join(', ')}</Detail>
        <Detail label={t('office.trial.product')}>{t(`office.productType.${trial.productType}`)}</Detail>
        <Detail label={t('office.trial.phase')}>{trial.phase ? t(`office.phase.${trial.phase}`) : t('office.none')}</Detail>
        <Detail label={t('office.trial.funding')}>{trial.fundingModels.map((model) => t(`office.funding.${model}`)).join(' · ')}</Detail>
      </Details>
      <Title order={2}>{t('office.trial.sites')}</Title>
      <Table.ScrollContainer minWidth={700}>
        <Table striped>
          <Table.Caption>{t('office.trial.sitesCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('office.trial.centre')}</Table.Th>
              <Table.Th scope="col">{t('office.trials.recruiting')}</Table.Th>
              <Table.Th scope="col">{t('office.trials.openSlots')}</Table.Th>
              <Table.Th scope="col">{t('office.trials.investigator')}</Table.Th>
              <Table.Th scope="col">{t('office.trial.updatedAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {trial.sites.map((site) => (
              <Table.Tr key={site.centreId}>
                <Table.Th scope="row">{site.centreId}</Table.Th>
                <Table.Td>{site.recruiting ? t('office.yes') : t('office.no')}</Table.Td>
                <Table.Td>{site.openSlots}</Table.Td>
                <Table.Td>{investigator(site) ?? t('office.none')}</Table.Td>
                <Table.Td>{formatInstant(site.updatedAt, locale)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <SiteForms trial={trial} session={session} />
      <CriteriaSection key={trial.criteriaVersion} trial={trial} saved={savedVersion} onSaved={setSavedVersion} />
      <CriteriaHistory trial={trial} />
    </Stack>
  );
}

/** The office's own site (an admin picks the site): recruitment and open slots, and its PI. */
function SiteForms({ trial, session }: { trial: Trial; session: Session }) {
  const { t } = useTranslation();
  const admin = !session.centreId;
  const [siteId, setSiteId] = useState(session.centreId ?? trial.sites[0]?.centreId ?? '');
  const site = trial.sites.find((candidate) => candidate.centreId === siteId);
  const [recruiting, setRecruiting] = useState(site?.recruiting ?? false);
  const [openSlots, setOpenSlots] = useState<number | string>(site?.openSlots ?? 0);
  const [piName, setPiName] = useState(site?.principalInvestigator?.name ?? '');
  const [piNameZh, setPiNameZh] = useState(site?.principalInvestigator?.nameZh ?? '');
  const [saveRecruiting, recruitingState] = useMutation(OfficeSetRecruiting, { refetchQueries: [OfficeTrial] });
  const [saveInvestigator, investigatorState] = useMutation(OfficeSetInvestigator, { refetchQueries: [OfficeTrial] });
  const centreId = admin ? siteId : undefined;
  return (
    <Stack component="section" aria-labelledby="site-heading">
      <Title order={2} id="site-heading">
        {t('office.trial.ourSite')}
      </Title>
      {admin && (
        <NativeSelect
          label={t('office.trial.site')}
          data={trial.sites.map((candidate) => candidate.centreId)}
          value={siteId}
          onChange={(event) => setSiteId(event.currentTarget.value)}
          maw={300}
        />
      )}
      <Group
        component="form"
        align="flex-end"
        aria-label={t('office.trial.recruitmentForm')}
        onSubmit={(event) => {
          event.preventDefault();
          void saveRecruiting({ variables: { trialId: trial.id, recruiting, openSlots: Number(openSlots), centreId } }).catch(() => null);
        }}
      >
        <Switch label={t('office.trial.recruitingLabel')} checked={recruiting} onChange={(event) => setRecruiting(event.currentTarget.checked)} mb={8} />
        <NumberInput label={t('office.trial.openSlotsLabel')} value={openSlots} onChange={setOpenSlots} min={0} allowDecimal={false} maw={160} />
        <Button type="submit" loading={recruitingState.loading}>
          {t('office.trial.saveRecruitment')}
        </Button>
      </Group>
      {recruitingState.error && <LoadError error={recruitingState.error} />}
      <Group
        component="form"
        align="flex-end"
        aria-label={t('office.trial.investigatorForm')}
        onSubmit={(event) => {
          event.preventDefault();
          void saveInvestigator({
            variables: { trialId: trial.id, principalInvestigator: { name: piName.trim(), nameZh: optional(piNameZh) ?? null }, centreId },
          }).catch(() => null);
        }}
      >
        <TextInput label={t('office.trial.piName')} value={piName} onChange={(event) => setPiName(event.currentTarget.value)} required />
        <TextInput label={t('office.trial.piNameZh')} value={piNameZh} onChange={(event) => setPiNameZh(event.currentTarget.value)} />
        <Button type="submit" loading={investigatorState.loading}>
          {t('office.trial.saveInvestigator')}
        </Button>
      </Group>
      {investigatorState.error && <LoadError error={investigatorState.error} />}
    </Stack>
  );
}

/** The current criteria in the editor; saving makes the next version (the API refuses a bad clause, naming it). */
function CriteriaSection({ trial, saved, onSaved }: { trial: Trial; saved: number | null; onSaved: (version: number) => void }) {
  const { t } = useTranslation();
  const [source, setSource] = useState(() => pretty(trial.criteriaJson));
  const [save, { loading, error, reset }] = useMutation(OfficeUpdateCriteria, { refetchQueries: [OfficeTrial] });
  return (
    <Stack component="section" aria-labelledby="criteria-heading">
      <Title order={2} id="criteria-heading">
        {t('office.criteria.heading', { version: trial.criteriaVersion })}
      </Title>
      <Text size="sm">{t('office.criteria.hint')}</Text>
      {saved !== null && <Text>{t('office.criteria.saved', { version: saved })}</Text>}
      <CriteriaEditor
        label={t('office.criteria.json')}
        value={source}
        onChange={(value) => {
          reset();
          setSource(value);
        }}
        refusal={error?.message ?? null}
      />
      {error && <LoadError error={error} />}
      <div>
        <Button
          loading={loading}
          onClick={() =>
            void save({ variables: { trialId: trial.id, criteria: source } })
              .then((done) => done.data && onSaved(done.data.updateTrialCriteria.criteriaVersion))
              .catch(() => null)
          }
        >
          {t('office.criteria.save')}
        </Button>
      </div>
    </Stack>
  );
}

function pretty(json: string): string {
  try {
    return JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    return json;
  }
}

/** Every version, who wrote it and when; one at a time as the API renders it. */
function CriteriaHistory({ trial }: { trial: Trial }) {
  const { t, i18n } = useTranslation();
  const [version, setVersion] = useState<number | null>(null);
  const shown = useQuery(OfficeCriteriaVersion, { variables: { id: trial.id, version: version ?? 0 }, skip: version === null });
  const at = shown.data?.trial?.criteriaAtVersion;
  return (
    <Stack component="section" aria-labelledby="history-heading">
      <Title order={2} id="history-heading">
        {t('office.criteria.history')}
      </Title>
      <Table.ScrollContainer minWidth={600}>
        <Table striped>
          <Table.Caption>{t('office.criteria.historyCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('office.criteria.version')}</Table.Th>
              <Table.Th scope="col">{t('office.criteria.changedBy')}</Table.Th>
              <Table.Th scope="col">{t('office.criteria.changedAt')}</Table.Th>
              <Table.Th scope="col">{t('office.criteria.show')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...trial.criteriaHistory].reverse().map((entry) => (
              <Table.Tr key={entry.version}>
                <Table.Th scope="row">{entry.version}</Table.Th>
                <Table.Td>{entry.changedBy}</Table.Td>
                <Table.Td>{formatInstant(entry.changedAt, i18n.language)}</Table.Td>
                <Table.Td>
                  <Button size="xs" variant="default" onClick={() => setVersion(entry.version)}>
                    {t('office.criteria.showVersion', { version: entry.version })}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {shown.loading && <Loading />}
      {shown.error && <LoadError error={shown.error} />}
      {at && (
        <Stack gap="xs">
          <Title order={3}>{t('office.criteria.versionHeading', { version: at.version })}</Title>
          {at.criteria.map((criterion) => (
            <div key={criterion.id}>
              <Group gap="xs">
                <Text fw={700}>{criterion.id}</Text>
                <Badge color={criterion.kind === 'EXCLUSION' ? 'grape.9' : 'blue.9'}>{t(`office.criterionKind.${criterion.kind}`)}</Badge>
                <Badge color={criterion.manual ? 'dark.6' : 'teal.9'}>
                  {t(criterion.manual ? 'office.criteria.mode.manual' : 'office.criteria.mode.automatic')}
                </Badge>
              </Group>
              <Text size="sm" fs="italic">
                {criterion.text}
              </Text>
              {criterion.appliesWhen && <Text size="sm">{t('office.criteria.appliesWhenText', { condition: criterion.appliesWhen })}</Text>}
              <Text size="sm">{criterion.rule}</Text>
            </div>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
