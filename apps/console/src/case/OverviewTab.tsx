import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, List, Select, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../gql/graphql';
import { formatDay, formatInstant } from '../i18n/format';
import type { CaseTabProps } from '../shell/area';
import { CaseAssignCoordinator, CaseOverview, CaseRecordHomeTeamReview, CaseTransition, CaseUpdateProfile } from './case-query';
import { FormModal } from '../shell/FormModal';
import { Detail } from '../shell/details';
import { blankAsNull, type PriorTherapyChoice, priorTherapyChoice, priorTherapyValue } from './people';
import { PriorTherapySelect } from './PriorTherapySelect';

type Dialog = 'status' | 'profile' | 'review' | 'coordinator' | null;
const REFETCH = { refetchQueries: ['CaseOverview', 'WorkQueue'], awaitRefetchQueries: true };

/**
 * Where the case stands and what to do next: status and its next moves, the clinical profile, the
 * home team's review, the coordinator, review deadline and records at a glance. Every change is the
 * API's to accept or refuse; a refusal is shown in the dialog that asked for it.
 */
export function OverviewTab({ caseId, session }: CaseTabProps) {
  const { t, i18n } = useTranslation();
  const found = useQuery(CaseOverview, { variables: { id: caseId }, errorPolicy: 'all' }).data?.case;
  const [dialog, setDialog] = useState<Dialog>(null);
  const [to, setTo] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [profile, setProfile] = useState({ icd10: '', description: '', prior: 'UNKNOWN' as PriorTherapyChoice });
  const [review, setReview] = useState({ reviewedOn: '', reviewer: '', institution: '', summary: '' });
  const [coordinator, setCoordinator] = useState('');
  const [transition, transitioning] = useMutation(CaseTransition, REFETCH);
  const [updateProfile, updatingProfile] = useMutation(CaseUpdateProfile, REFETCH);
  const [recordReview, recordingReview] = useMutation(CaseRecordHomeTeamReview, REFETCH);
  const [assign, assigning] = useMutation(CaseAssignCoordinator, REFETCH);
  if (!found) return null;
  const locale = i18n.language;
  const close = () => setDialog(null);
  const done = (answer: { data?: unknown } | null) => {
    if (answer?.data) close();
  };
  const open = (which: Exclude<Dialog, null>, reset: () => void) => {
    reset();
    setDialog(which);
  };
  const staff = session.role === 'coordinator' || session.role === 'admin';
  const missing = found.checklist?.items.filter((item) => item.required && item.status !== 'PRESENT' && item.status !== 'NOT_APPLICABLE') ?? [];

  return (
    <Stack>
      <Title order={2}>{t('case.overview.statusHeading')}</Title>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 3 }} m={0}>
        <Detail label={t('case.status')}>
          <Badge size="lg">{t(`status.${found.status}`)}</Badge>
        </Detail>
        <Detail label={t('case.allowed')}>
          {found.allowedTransitions.length ? found.allowedTransitions.map((status) => t(`status.${status}`)).join(' · ') : t('case.noTransitions')}
        </Detail>
        <Detail label={t('case.opened')}>{formatInstant(found.openedAt, locale)}</Detail>
      </SimpleGrid>
      <Table.ScrollContainer minWidth={720}>
        <Table striped>
          <Table.Caption>{t('case.history.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('case.history.when')}</Table.Th>
              <Table.Th scope="col">{t('case.history.change')}</Table.Th>
              <Table.Th scope="col">{t('case.history.who')}</Table.Th>
              <Table.Th scope="col">{t('case.history.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...found.statusHistory].reverse().map((change) => (
              <Table.Tr key={`${change.changedAt}-${change.to}`}>
                <Table.Th scope="row">{formatInstant(change.changedAt, locale)}</Table.Th>
                <Table.Td>
                  {change.from
                    ? t('case.history.moved', { from: t(`status.${change.from}`), to: t(`status.${change.to}`) })
                    : t('case.history.opened', { to: t(`status.${change.to}`) })}
                </Table.Td>
                <Table.Td>{change.changedBy ?? t('case.history.platform')}</Table.Td>
                <Table.Td>{change.reason ?? t('queue.none')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {staff && found.allowedTransitions.length > 0 && (
        <Group>
          <Button
            onClick={() => {
              setTo(null);
              setReason('');
              open('status', transitioning.reset);
            }}
          >
            {t('case.overview.changeStatus')}
          </Button>
        </Group>
      )}

      <Title order={2}>{t('case.overview.profileHeading')}</Title>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} m={0}>
        <Detail label={t('case.diagnosis')}>
          {found.diagnosis.icd10} — {found.diagnosis.description}
        </Detail>
        <Detail label={t('case.profile.priorTherapy')}>{t(`case.profile.prior.${priorTherapyChoice(found.priorCellularTherapy)}`)}</Detail>
      </SimpleGrid>
      {staff && (
        <Group>
          <Button
            variant="outline"
            onClick={() => {
              setProfile({ icd10: found.diagnosis.icd10, description: found.diagnosis.description, prior: priorTherapyChoice(found.priorCellularTherapy) });
              open('profile', updatingProfile.reset);
            }}
          >
            {t('case.overview.editProfile')}
          </Button>
        </Group>
      )}

      <Title order={2}>{t('case.overview.reviewHeading')}</Title>
      {found.homeTeamReview ? (
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} m={0}>
          <Detail label={t('case.review.reviewedOn')}>{formatDay(found.homeTeamReview.reviewedOn, locale)}</Detail>
          <Detail label={t('case.review.reviewer')}>
            {found.homeTeamReview.reviewer}, {found.homeTeamReview.institution}
          </Detail>
          <Detail label={t('case.review.summary')}>{found.homeTeamReview.summary}</Detail>
          <Detail label={t('case.review.recordedAt')}>{formatInstant(found.homeTeamReview.recordedAt, locale)}</Detail>
        </SimpleGrid>
      ) : (
        <Text>{t('case.review.none')}</Text>
      )}
      {staff && (
        <Group>
          <Button
            variant="outline"
            onClick={() => {
              setReview({ reviewedOn: '', reviewer: '', institution: '', summary: '' });
              open('review', recordingReview.reset);
            }}
          >
            {t('case.review.record')}
          </Button>
        </Group>
      )}

      <Title order={2}>{t('case.overview.workHeading')}</Title>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: 4 }} m={0}>
        <Detail label={t('case.overview.coordinator')}>{found.coordinatorId}</Detail>
        <Detail label={t('case.overview.reviewDue')}>
          {found.reviewDueOn ? formatDay(found.reviewDueOn, locale) : t('case.overview.noReviewDue')}
          {found.reviewOverdue && (
            <Badge ml="xs" color="red.9">
              {t('case.overview.overdue')}
            </Badge>
          )}
        </Detail>
        <Detail label={t('case.completeness')}>{found.checklist ? t(`completeness.${found.checklist.completeness}`) : t('case.noChecklist')}</Detail>
        <Detail label={t('case.overview.stale')}>
          {found.staleRecordKinds.length ? found.staleRecordKinds.map((kind) => t(`recordKind.${kind}`)).join(' · ') : t('case.overview.noneStale')}
        </Detail>
      </SimpleGrid>
      {missing.length > 0 && (
        <div>
          <Text fw={700}>{t('case.overview.stillNeeded')}</Text>
          <List>
            {missing.map((item) => (
              <List.Item key={item.kind}>
                {t(`recordKind.${item.kind}`)} — {t(`recordStatus.${item.status}`)}
              </List.Item>
            ))}
          </List>
        </div>
      )}
      {session.role === 'admin' && (
        <Group>
          <Button
            variant="outline"
            onClick={() => {
              setCoordinator(found.coordinatorId);
              open('coordinator', assigning.reset);
            }}
          >
            {t('case.overview.assign')}
          </Button>
        </Group>
      )}

      <FormModal
        opened={dialog === 'status'}
        onClose={close}
        title={t('case.overview.changeStatus')}
        submitLabel={t('case.overview.confirmStatus')}
        loading={transitioning.loading}
        error={transitioning.error}
        danger={to === 'WITHDRAWN'}
        onSubmit={() => to && void transition({ variables: { caseId, to: to as CaseStatus, reason: blankAsNull(reason) } }).then(done, () => null)}
      >
        <Text>{t('case.overview.currentStatus', { status: t(`status.${found.status}`) })}</Text>
        <Select
          label={t('case.overview.newStatus')}
          data={found.allowedTransitions.map((status) => ({ value: status, label: t(`status.${status}`) }))}
          value={to}
          onChange={setTo}
          required
          comboboxProps={{ withinPortal: false }}
        />
        {to === 'WITHDRAWN' && <Text c="red.9">{t('case.overview.withdrawWarning')}</Text>}
        <Textarea label={t('case.overview.reason')} value={reason} onChange={(event) => setReason(event.currentTarget.value)} autosize minRows={2} />
      </FormModal>

      <FormModal
        opened={dialog === 'profile'}
        onClose={close}
        title={t('case.overview.editProfile')}
        submitLabel={t('case.save')}
        loading={updatingProfile.loading}
        error={updatingProfile.error}
        onSubmit={() =>
          void updateProfile({
            variables: {
              caseId,
              input: {
                diagnosis: { icd10: profile.icd10.trim(), description: profile.description.trim() },
                priorCellularTherapy: priorTherapyValue(profile.prior),
              },
            },
          }).then(done, () => null)
        }
      >
        <TextInput
          label={t('case.profile.icd10')}
          description={t('case.profile.icd10Hint')}
          required
          value={profile.icd10}
          onChange={(event) => setProfile({ ...profile, icd10: event.currentTarget.value })}
        />
        <TextInput
          label={t('case.profile.description')}
          required
          value={profile.description}
          onChange={(event) => setProfile({ ...profile, description: event.currentTarget.value })}
        />
        <PriorTherapySelect value={profile.prior} onChange={(prior) => setProfile({ ...profile, prior })} />
      </FormModal>

      <FormModal
        opened={dialog === 'review'}
        onClose={close}
        title={t('case.review.record')}
        submitLabel={t('case.save')}
        loading={recordingReview.loading}
        error={recordingReview.error}
        onSubmit={() => void recordReview({ variables: { caseId, review: { ...review } } }).then(done, () => null)}
      >
        <Text size="sm">{t('case.review.intro')}</Text>
        <TextInput
          label={t('case.review.reviewedOn')}
          type="date"
          required
          value={review.reviewedOn}
          onChange={(event) => setReview({ ...review, reviewedOn: event.currentTarget.value })}
        />
        <TextInput
          label={t('case.review.reviewer')}
          required
          value={review.reviewer}
          onChange={(event) => setReview({ ...review, reviewer: event.currentTarget.value })}
        />
        <TextInput
          label={t('case.review.institution')}
          required
          value={review.institution}
          onChange={(event) => setReview({ ...review, institution: event.currentTarget.value })}
        />
        <Textarea
          label={t('case.review.summary')}
          required
          autosize
          minRows={3}
          value={review.summary}
          onChange={(event) => setReview({ ...review, summary: event.currentTarget.value })}
        />
      </FormModal>

      <FormModal
        opened={dialog === 'coordinator'}
        onClose={close}
        title={t('case.overview.assign')}
        submitLabel={t('case.overview.confirmAssign')}
        loading={assigning.loading}
        error={assigning.error}
        onSubmit={() => void assign({ variables: { caseId, coordinatorId: coordinator.trim() } }).then(done, () => null)}
      >
        <Text size="sm">{t('case.overview.assignIntro')}</Text>
        <TextInput label={t('case.overview.coordinator')} required value={coordinator} onChange={(event) => setCoordinator(event.currentTarget.value)} />
      </FormModal>
    </Stack>
  );
}
