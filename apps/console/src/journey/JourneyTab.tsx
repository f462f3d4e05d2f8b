import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, List, NumberInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyTabQuery as JourneyTabData } from '../gql/graphql';
import { formatDay, formatInstant, today } from '../i18n/format';
import type { CaseTabProps } from '../shell/area';
import { LoadError, Loading } from '../shell/states';
import { CalendarSection } from './CalendarSection';
import { JourneyLetterDownload, JourneyRecordArrival, JourneyReportDelay, JourneyRequestLetter, JourneyTabQuery } from './journey-queries';
import { DownloadLink, settled } from './shared';
import { FormModal } from '../shell/FormModal';
import { TimelineChart } from './TimelineChart';
import { TravellersSection } from './TravellersSection';

type Found = NonNullable<JourneyTabData['case']>;

/** The journey after a centre accepts: the timeline, the invitation letter, the travellers' visas, the family's calendar. */
export function JourneyTab({ caseId, session }: CaseTabProps) {
  const { t } = useTranslation();
  // Parts the caller may not see come back null with their own error: the rest is shown.
  const { data, loading, error, refetch } = useQuery(JourneyTabQuery, {
    variables: { id: caseId, people: session.role !== 'hospital_office' },
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  const found = data?.case;
  if (loading && !found) return <Loading />;
  return (
    <Stack gap="xl">
      <Title order={2}>{t('journey.heading')}</Title>
      {error && <LoadError error={error} retry={() => void refetch()} />}
      {found && (
        <>
          <TimelineSection found={found} />
          <LetterSection found={found} />
          {found.travellers && found.visaApplications && <TravellersSection travellers={found.travellers} applications={found.visaApplications} />}
          <CalendarSection caseId={caseId} hasJourney={Boolean(found.journey)} />
        </>
      )}
    </Stack>
  );
}

function TimelineSection({ found }: { found: Found }) {
  const { t, i18n } = useTranslation();
  const journey = found.journey;
  const day = (value: string) => formatDay(value, i18n.language);
  return (
    <Stack component="section" aria-labelledby="journey-timeline">
      <Title order={3} id="journey-timeline">
        {t('journey.timeline.heading')}
      </Title>
      {!journey ? (
        <Text>{t('journey.timeline.none')}</Text>
      ) : (
        <>
          <Group component="dl" gap="xl" align="flex-start" m={0}>
            <Fact term={t('journey.timeline.centre')} value={`${journey.centreId} · ${journey.trialId}`} />
            <Fact term={t('journey.timeline.product')} value={t(`journey.productType.${journey.productType}`)} />
            <Fact term={t('journey.timeline.accepted')} value={day(journey.acceptedOn)} />
            <Fact
              term={t('journey.timeline.revision')}
              value={t('journey.timeline.revisionValue', { revision: journey.revision, at: formatInstant(journey.plannedAt, i18n.language) })}
            />
            <Fact
              term={t('journey.timeline.infusion')}
              value={t('journey.timeline.between', { earliest: day(journey.timeline.infusion.earliest), latest: day(journey.timeline.infusion.latest) })}
            />
            <Fact
              term={t('journey.timeline.toInfusion')}
              value={t('journey.timeline.days', { min: journey.timeline.firstContactToInfusionDays.min, max: journey.timeline.firstContactToInfusionDays.max })}
            />
            <Fact term={t('journey.timeline.arrived')} value={journey.arrivedOn ? day(journey.arrivedOn) : t('journey.none')} />
          </Group>
          {journey.timeline.flags.length > 0 && (
            <>
              <Title order={4}>{t('journey.timeline.flags')}</Title>
              <List>
                {journey.timeline.flags.map((flag) => (
                  <List.Item key={flag} fw={700}>
                    {flag}
                  </List.Item>
                ))}
              </List>
            </>
          )}
          <TimelineChart
            milestones={journey.timeline.milestones}
            infusion={journey.timeline.infusion}
            revision={journey.revision}
            arrivedOn={journey.arrivedOn}
          />
          {journey.facts.length > 0 && (
            <>
              <Title order={4}>{t('journey.facts.heading')}</Title>
              <List>
                {journey.facts.map((fact, index) => (
                  <List.Item key={`${fact.kind}-${index}`}>
                    {t(`journey.facts.${fact.kind}`, {
                      defaultValue: fact.kind,
                      days: fact.days ?? '',
                      on: fact.on ? day(fact.on) : '',
                      validUntil: fact.validUntil ? day(fact.validUntil) : '',
                      role: fact.role ? t(`journey.role.${fact.role}`) : t('journey.role.PATIENT'),
                    })}
                  </List.Item>
                ))}
              </List>
            </>
          )}
          <Group align="flex-start" gap="xl">
            <DelayForm caseId={found.id} />
            <ArrivalForm caseId={found.id} />
          </Group>
        </>
      )}
    </Stack>
  );
}

function Fact({ term, value }: { term: string; value: string }) {
  return (
    <div>
      <Text component="dt" fw={700}>
        {term}
      </Text>
      <Text component="dd" m={0}>
        {value}
      </Text>
    </div>
  );
}

/** The centre reports its product late: every milestone after apheresis moves. */
function DelayForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [days, setDays] = useState<number | string>(7);
  const [report, { loading, error }] = useMutation(JourneyReportDelay, { refetchQueries: ['JourneyTab'], awaitRefetchQueries: true });
  return (
    <Stack
      component="form"
      gap="xs"
      maw={320}
      onSubmit={(event) => {
        event.preventDefault();
        void settled(report({ variables: { caseId, days: Number(days) } }));
      }}
    >
      <NumberInput label={t('journey.delay.days')} description={t('journey.delay.hint')} min={1} max={180} value={days} onChange={setDays} required />
      <Button type="submit" variant="default" loading={loading}>
        {t('journey.delay.submit')}
      </Button>
      {error && <LoadError error={error} />}
    </Stack>
  );
}

/** The family arrived at the centre: recorded once, it moves the case into treatment, so it asks first. */
function ArrivalForm({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const [on, setOn] = useState(today());
  const [asking, setAsking] = useState(false);
  const [record, { loading, error }] = useMutation(JourneyRecordArrival, { refetchQueries: ['JourneyTab', 'CaseOverview'], awaitRefetchQueries: true });
  return (
    <Stack
      component="form"
      gap="xs"
      maw={320}
      onSubmit={(event) => {
        event.preventDefault();
        setAsking(true);
      }}
    >
      <TextInput type="date" label={t('journey.arrival.on')} value={on} onChange={(event) => setOn(event.currentTarget.value)} required />
      <Button type="submit" variant="default">
        {t('journey.arrival.submit')}
      </Button>
      {error && !asking && <LoadError error={error} />}
      <FormModal
        opened={asking}
        title={t('journey.arrival.confirmTitle')}
        submitLabel={t('journey.arrival.confirm')}
        onClose={() => setAsking(false)}
        loading={loading}
        error={error}
        onSubmit={() =>
          void settled(record({ variables: { caseId, arrivedOn: on } })).then((done) => {
            if (done) setAsking(false);
          })
        }
      >
        {t('journey.arrival.confirmText', { on: on ? formatDay(on, i18n.language) : '' })}
      </FormModal>
    </Stack>
  );
}

/** The invitation letter: asked of the accepting centre's office, which issues it; here its status, validity and PDF. */
function LetterSection({ found }: { found: Found }) {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const [request, { loading, error }] = useMutation(JourneyRequestLetter, { refetchQueries: ['JourneyTab'], awaitRefetchQueries: true });
  const day = (value?: string | null) => (value ? formatDay(value, i18n.language) : t('journey.none'));
  const letters = [...found.invitationLetters].sort((a, b) => b.version - a.version);
  return (
    <Stack component="section" aria-labelledby="journey-letter">
      <Title order={3} id="journey-letter">
        {t('journey.letter.heading')}
      </Title>
      <Text size="sm">{t('journey.letter.intro')}</Text>
      {letters.length === 0 ? (
        <Text>{t('journey.letter.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table striped>
            <Table.Caption>{t('journey.letter.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('journey.letter.version')}</Table.Th>
                <Table.Th scope="col">{t('journey.letter.status')}</Table.Th>
                <Table.Th scope="col">{t('journey.letter.requested')}</Table.Th>
                <Table.Th scope="col">{t('journey.letter.reference')}</Table.Th>
                <Table.Th scope="col">{t('journey.letter.stay')}</Table.Th>
                <Table.Th scope="col">{t('journey.letter.validUntil')}</Table.Th>
                <Table.Th scope="col">{t('journey.letter.pdf')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {letters.map((letter) => (
                <Table.Tr key={letter.id}>
                  <Table.Th scope="row">{t('journey.letter.versionValue', { version: letter.version })}</Table.Th>
                  <Table.Td>
                    <Badge miw="max-content" color={letter.status === 'ISSUED' ? 'teal.9' : letter.status === 'REQUESTED' ? 'blue.9' : 'gray.8'}>
                      {t(`journey.letterStatus.${letter.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{formatInstant(letter.requestedAt, i18n.language)}</Table.Td>
                  <Table.Td>{letter.officeReference ?? t('journey.none')}</Table.Td>
                  <Table.Td>
                    {letter.plannedArrival
                      ? t('journey.timeline.between', { earliest: day(letter.plannedArrival), latest: day(letter.plannedDeparture) })
                      : t('journey.none')}
                  </Table.Td>
                  <Table.Td>{day(letter.validUntil)}</Table.Td>
                  <Table.Td>
                    {letter.issuedAt ? (
                      <DownloadLink
                        label={t('journey.letter.download', { version: letter.version })}
                        fetchLink={async () =>
                          (await client.query({ query: JourneyLetterDownload, variables: { letterId: letter.id }, fetchPolicy: 'network-only' })).data!
                            .invitationLetterDownload
                        }
                      />
                    ) : (
                      t('journey.letter.notIssued')
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group>
        <Button variant="default" loading={loading} onClick={() => void settled(request({ variables: { caseId: found.id } }))}>
          {t('journey.letter.request')}
        </Button>
      </Group>
      {error && <LoadError error={error} />}
    </Stack>
  );
}
