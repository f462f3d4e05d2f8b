import { useMutation } from '@apollo/client/react';
import { Badge, Button, Group, List, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyTabQuery as JourneyTabData, VisaApplicationStatus } from '../gql/graphql';
import { formatDay, today } from '../i18n/format';
import { LoadError } from '../shell/states';
import { JourneyOpenVisa, JourneyUpdateVisa } from './journey-queries';
import { FormModal } from '../shell/FormModal';
import { settled } from './shared';

type Found = NonNullable<JourneyTabData['case']>;
type Traveller = NonNullable<Found['travellers']>[number];
type Application = NonNullable<Found['visaApplications']>[number];

/** A decided application is final: a refused visa is followed by a new application, not a change. */
const OPEN_STATUSES: readonly VisaApplicationStatus[] = ['PREPARING', 'SUBMITTED'];
const NEXT_STATUSES: readonly VisaApplicationStatus[] = ['SUBMITTED', 'GRANTED', 'REFUSED'];

/** The travellers (the patient and companions, as intake records them) and each one's visa applications with the consulate's checks. */
export function TravellersSection({ travellers, applications }: { travellers: readonly Traveller[]; applications: readonly Application[] }) {
  const { t } = useTranslation();
  return (
    <Stack component="section" aria-labelledby="journey-travellers">
      <Title order={3} id="journey-travellers">
        {t('journey.travellers.heading')}
      </Title>
      <Text size="sm">{t('journey.travellers.intro')}</Text>
      {travellers.length === 0 && <Text>{t('journey.travellers.none')}</Text>}
      {travellers.map((traveller) => (
        <TravellerCard key={traveller.id} traveller={traveller} applications={applications.filter((application) => application.travellerId === traveller.id)} />
      ))}
    </Stack>
  );
}

function TravellerCard({ traveller, applications }: { traveller: Traveller; applications: Application[] }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const day = (value?: string | null) => (value ? formatDay(value, i18n.language) : t('journey.none'));
  const name = `${traveller.givenName} ${traveller.familyName}`;
  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs" p="sm" style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 8 }}>
      <Title order={4} id={headingId}>
        {t('journey.travellers.name', {
          name,
          role: traveller.relationship ? `${t(`journey.role.${traveller.role}`)}, ${traveller.relationship}` : t(`journey.role.${traveller.role}`),
        })}
      </Title>
      <Text size="sm">
        {t('journey.travellers.passport', {
          nationality: traveller.nationality,
          number: traveller.passportNumber,
          expiry: day(traveller.passportExpiry),
          birth: day(traveller.birthDate),
        })}
      </Text>
      {applications.length === 0 ? (
        <Text size="sm">{t('journey.visa.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table>
            <Table.Caption>{t('journey.visa.caption', { name })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('journey.visa.route')}</Table.Th>
                <Table.Th scope="col">{t('journey.visa.status')}</Table.Th>
                <Table.Th scope="col">{t('journey.visa.stay')}</Table.Th>
                <Table.Th scope="col">{t('journey.visa.dates')}</Table.Th>
                <Table.Th scope="col">{t('journey.visa.checks')}</Table.Th>
                <Table.Th scope="col">{t('journey.visa.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {applications.map((application) => (
                <Table.Tr key={application.id}>
                  <Table.Th scope="row">{t('journey.visa.routeValue', { category: application.route.category, days: application.route.maxStayDays })}</Table.Th>
                  <Table.Td>
                    <Badge miw="max-content" color={application.status === 'GRANTED' ? 'teal.9' : application.status === 'REFUSED' ? 'red.9' : 'blue.9'}>
                      {t(`journey.visaStatus.${application.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{t('journey.timeline.between', { earliest: day(application.plannedArrival), latest: day(application.plannedDeparture) })}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{t('journey.visa.submittedOn', { on: day(application.submittedOn) })}</Text>
                    <Text size="sm">{t('journey.visa.decidedOn', { on: day(application.decidedOn) })}</Text>
                    {application.validUntil && <Text size="sm">{t('journey.visa.validUntil', { on: day(application.validUntil) })}</Text>}
                    {application.refusalReason && <Text size="sm">{t('journey.visa.refusal', { reason: application.refusalReason })}</Text>}
                  </Table.Td>
                  <Table.Td>
                    <List size="sm" spacing={2}>
                      {application.checks.map((check) => (
                        <List.Item key={check.check}>
                          <Text span size="sm" fw={700} c={check.ok ? 'teal.9' : check.blocksSubmission ? 'red.9' : undefined}>
                            {t(check.ok ? 'journey.visa.checkOk' : check.blocksSubmission ? 'journey.visa.checkBlocks' : 'journey.visa.checkWarns', {
                              check: t(`journey.check.${check.check}`),
                            })}
                          </Text>{' '}
                          {check.reason}
                        </List.Item>
                      ))}
                    </List>
                  </Table.Td>
                  <Table.Td>{OPEN_STATUSES.includes(application.status) && <UpdateVisa application={application} name={name} />}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <OpenVisa traveller={traveller} name={name} />
    </Stack>
  );
}

/** Opens an application (the consulate needs the issued letter: the API says so when it is not). */
function OpenVisa({ traveller, name }: { traveller: Traveller; name: string }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [arrival, setArrival] = useState('');
  const [departure, setDeparture] = useState('');
  const [open, { loading, error, reset }] = useMutation(JourneyOpenVisa, { refetchQueries: ['JourneyTab'], awaitRefetchQueries: true });
  return (
    <Group>
      <Button variant="default" onClick={() => (reset(), setOpened(true))}>
        {t('journey.visa.open')}
      </Button>
      {error && !opened && <LoadError error={error} />}
      <FormModal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('journey.visa.openTitle', { name })}
        submitLabel={t('journey.visa.openSubmit')}
        loading={loading}
        error={error}
        onSubmit={() => {
          const input = { plannedArrival: arrival || undefined, plannedDeparture: departure || undefined };
          void settled(open({ variables: { travellerId: traveller.id, input } })).then((done) => {
            if (done) setOpened(false);
          });
        }}
      >
        <Text size="sm">{t('journey.visa.openIntro')}</Text>
        <TextInput
          type="date"
          label={t('journey.visa.plannedArrival')}
          description={t('journey.visa.defaultDates')}
          value={arrival}
          onChange={(event) => setArrival(event.currentTarget.value)}
        />
        <TextInput type="date" label={t('journey.visa.plannedDeparture')} value={departure} onChange={(event) => setDeparture(event.currentTarget.value)} />
      </FormModal>
    </Group>
  );
}

/** Submitted, granted or refused, on a day; submission is refused while a blocking check fails. */
function UpdateVisa({ application, name }: { application: Application; name: string }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [status, setStatus] = useState<VisaApplicationStatus>(application.status === 'PREPARING' ? 'SUBMITTED' : 'GRANTED');
  const [on, setOn] = useState(today());
  const [validUntil, setValidUntil] = useState('');
  const [reason, setReason] = useState('');
  const [update, { loading, error, reset }] = useMutation(JourneyUpdateVisa, { refetchQueries: ['JourneyTab'], awaitRefetchQueries: true });
  return (
    <>
      <Button size="xs" variant="default" onClick={() => (reset(), setOpened(true))}>
        {t('journey.visa.update')}
      </Button>
      <FormModal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('journey.visa.updateTitle', { name })}
        submitLabel={t('journey.visa.updateSubmit')}
        loading={loading}
        error={error}
        onSubmit={() => {
          const input = {
            status,
            on,
            validUntil: status === 'GRANTED' ? validUntil || undefined : undefined,
            reason: status === 'REFUSED' ? reason || undefined : undefined,
          };
          void settled(update({ variables: { applicationId: application.id, input } })).then((done) => {
            if (done) setOpened(false);
          });
        }}
      >
        <NativeSelect
          label={t('journey.visa.newStatus')}
          value={status}
          onChange={(event) => setStatus(event.currentTarget.value as VisaApplicationStatus)}
          data={NEXT_STATUSES.map((value) => ({ value, label: t(`journey.visaStatus.${value}`) }))}
        />
        <TextInput type="date" label={t('journey.visa.on')} value={on} onChange={(event) => setOn(event.currentTarget.value)} required />
        {status === 'GRANTED' && (
          <TextInput
            type="date"
            label={t('journey.visa.validUntilField')}
            value={validUntil}
            onChange={(event) => setValidUntil(event.currentTarget.value)}
            required
          />
        )}
        {status === 'REFUSED' && (
          <TextInput label={t('journey.visa.reason')} value={reason} onChange={(event) => setReason(event.currentTarget.value)} required />
        )}
      </FormModal>
    </>
  );
}
