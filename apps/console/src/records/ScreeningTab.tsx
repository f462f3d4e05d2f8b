import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../shell/FormModal';
import type { AssessmentStatus, ScreeningOfCaseQuery } from '../gql/graphql';
import { formatDay, formatInstant } from '../i18n/format';
import type { CaseTabProps } from '../shell/area';
import { LoadError, Loading } from '../shell/states';
import { CitedDocumentSelect } from './CitedDocumentSelect';
import { ScreeningAssess, ScreeningOfCase, ScreeningSubmit } from './records-queries';

type Data = ScreeningOfCaseQuery;
type Match = NonNullable<NonNullable<Data['case']>['trialMatches']>[number];
type Centre = Match['recruitingCentres'][number];
const REFETCH = { refetchQueries: ['ScreeningOfCase'], awaitRefetchQueries: true };
const VERDICT_COLOUR: Record<string, string> = {
  LIKELY_ELIGIBLE: 'teal.9',
  COMPASSIONATE_USE_CANDIDATE: 'blue.9',
  NEEDS_INFORMATION: 'gray.8',
  INELIGIBLE: 'red.9',
};
const STATUS_COLOUR: Record<string, string> = { MET: 'teal.9', NOT_MET: 'red.9', UNKNOWN: 'gray.8', MANUAL: 'violet.9' };
/** A badge in a narrow table column shows its whole word rather than an ellipsis ("NOT M…"). */
const WHOLE_LABEL = { label: { overflow: 'visible' } } as const;
/** Short words (a criterion's kind, the column names above) stay on one line in narrow columns ("入/选"). */
const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/** The explained pre-screen per trial and criterion, manual assessments, submission and the case's referrals. */
export function ScreeningTab({ caseId }: CaseTabProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  // Empty: today. A planned admission date judges the facts as they will be then (labs and statements age).
  const [asOf, setAsOf] = useState('');
  const { data, loading, error, refetch } = useQuery(ScreeningOfCase, { variables: { id: caseId, asOf: asOf || null }, errorPolicy: 'all' });
  const [assessing, setAssessing] = useState<{ trialId: string; criterionId: string; text: string } | null>(null);
  const [submitting, setSubmitting] = useState<Match | null>(null);
  if (loading && !data) return <Loading />;
  const found = data?.case;
  if (!found) return error ? <LoadError error={error} retry={() => void refetch()} /> : null;
  const centreName = (centre: Pick<Centre, 'name' | 'nameZh'>) => (locale.startsWith('zh') && centre.nameZh ? centre.nameZh : centre.name);
  const trialOf = (trialId: string) => data?.trials.find((trial) => trial.id === trialId);
  return (
    <Stack>
      <Title order={2}>{t('records.screening.heading')}</Title>
      <TextInput
        type="date"
        w={260}
        label={t('records.screening.asOf')}
        description={t('records.screening.asOfHint')}
        value={asOf}
        onChange={(event) => setAsOf(event.currentTarget.value)}
      />
      {error && <LoadError error={error} />}
      {found.trialMatches === null || found.trialMatches === undefined ? null : found.trialMatches.length === 0 ? (
        <Text>{t('records.screening.none')}</Text>
      ) : (
        found.trialMatches.map((match) => {
          const trial = trialOf(match.trialId);
          const title = trial ? `${match.trialId} · ${trial.title}` : match.trialId;
          return (
            <Stack key={match.trialId} gap="xs">
              <Title order={3}>{title}</Title>
              <Group>
                <Badge color={VERDICT_COLOUR[match.verdict]}>{t(`records.verdict.${match.verdict}`)}</Badge>
                <Text size="sm">{t('records.screening.judgedOn', { day: formatDay(match.judgedOn, locale) })}</Text>
                <Button size="xs" disabled={match.recruitingCentres.length === 0} onClick={() => setSubmitting(match)}>
                  {t('records.screening.submitFor', { trial: match.trialId })}
                </Button>
              </Group>
              <Table.ScrollContainer minWidth={900}>
                <Table striped>
                  <Table.Caption>{t('records.screening.caption', { trial: match.trialId })}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('records.screening.criterion')}</Table.Th>
                      <Table.Th scope="col" style={NO_WRAP}>
                        {t('records.screening.kind')}
                      </Table.Th>
                      <Table.Th scope="col">{t('records.screening.status')}</Table.Th>
                      <Table.Th scope="col">{t('records.screening.explanation')}</Table.Th>
                      <Table.Th scope="col" style={NO_WRAP}>
                        {t('records.screening.actions')}
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {match.criteria.map((criterion) => {
                      const definition = trial?.criteria.find((candidate) => candidate.id === criterion.criterionId);
                      const manual = definition?.manual ?? false;
                      return (
                        <Table.Tr key={criterion.criterionId}>
                          <Table.Th scope="row">
                            {criterion.text}
                            {definition && definition.rule !== criterion.text && <Text size="sm">{definition.rule}</Text>}
                          </Table.Th>
                          <Table.Td style={NO_WRAP}>{t(`records.criterionKind.${criterion.kind}`, { defaultValue: criterion.kind })}</Table.Td>
                          <Table.Td>
                            <Group gap={4}>
                              <Badge color={STATUS_COLOUR[criterion.status]} styles={WHOLE_LABEL}>
                                {t(`records.criterionStatus.${criterion.status}`)}
                              </Badge>
                              {manual && (
                                <Badge color={STATUS_COLOUR.MANUAL} styles={WHOLE_LABEL}>
                                  {t('records.criterionStatus.MANUAL')}
                                </Badge>
                              )}
                            </Group>
                          </Table.Td>
                          <Table.Td>{criterion.explanation}</Table.Td>
                          <Table.Td>
                            {manual && (
                              <Button
                                size="xs"
                                variant="default"
                                onClick={() => setAssessing({ trialId: match.trialId, criterionId: criterion.criterionId, text: criterion.text })}
                                aria-label={t('records.assess.buttonFor', { criterion: criterion.text })}
                              >
                                {t('records.assess.button')}
                              </Button>
                            )}
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Stack>
          );
        })
      )}
      <Title order={2}>{t('records.referrals.heading')}</Title>
      {found.referrals.length === 0 ? (
        <Text>{t('records.referrals.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table striped>
            <Table.Caption>{t('records.referrals.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('records.referrals.trial')}</Table.Th>
                <Table.Th scope="col">{t('records.referrals.centre')}</Table.Th>
                <Table.Th scope="col">{t('records.referrals.status')}</Table.Th>
                <Table.Th scope="col">{t('records.referrals.submitted')}</Table.Th>
                <Table.Th scope="col">{t('records.referrals.due')}</Table.Th>
                <Table.Th scope="col">{t('records.referrals.decision')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {found.referrals.map((referral) => (
                <Table.Tr key={referral.id}>
                  <Table.Th scope="row">{referral.trialId}</Table.Th>
                  <Table.Td>{centreName(referral.centre)}</Table.Td>
                  <Table.Td>
                    <Badge color={referral.status === 'ACCEPTED' ? 'teal.9' : referral.status === 'DECLINED' ? 'red.9' : 'gray.8'}>
                      {t(`records.referralStatus.${referral.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{formatInstant(referral.submittedAt, locale)}</Table.Td>
                  <Table.Td>{formatDay(referral.reviewDueOn, locale)}</Table.Td>
                  <Table.Td>
                    {referral.decidedAt ? formatInstant(referral.decidedAt, locale) : t('records.none')}
                    {referral.decisionReason && <Text size="sm">{referral.decisionReason}</Text>}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {assessing && <AssessModal caseId={caseId} target={assessing} onClose={() => setAssessing(null)} />}
      {submitting && <SubmitModal caseId={caseId} match={submitting} centreName={centreName} onClose={() => setSubmitting(null)} />}
    </Stack>
  );
}

function AssessModal({ caseId, target, onClose }: { caseId: string; target: { trialId: string; criterionId: string; text: string }; onClose: () => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<AssessmentStatus | ''>('');
  const [sourceDocumentId, setSource] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<Error | null>(null);
  const [assess, assessing] = useMutation(ScreeningAssess, REFETCH);
  return (
    <FormModal
      opened
      onClose={onClose}
      title={t('records.assess.title', { criterion: target.text })}
      submitLabel={t('records.assess.confirm')}
      loading={assessing.loading}
      error={error}
      onSubmit={() => {
        setError(null);
        assess({
          variables: {
            caseId,
            trialId: target.trialId,
            criterionId: target.criterionId,
            status: status as AssessmentStatus,
            sourceDocumentId,
            note: note || null,
          },
        }).then(onClose, setError);
      }}
    >
      <NativeSelect
        label={t('records.assess.status')}
        required
        value={status}
        onChange={(event) => setStatus(event.currentTarget.value as AssessmentStatus)}
        data={[
          { value: '', label: t('records.summary.choose') },
          { value: 'MET', label: t('records.criterionStatus.MET') },
          { value: 'NOT_MET', label: t('records.criterionStatus.NOT_MET') },
        ]}
      />
      <CitedDocumentSelect caseId={caseId} label={t('records.assess.document')} value={sourceDocumentId} onChange={setSource} />
      <TextInput label={t('records.assess.note')} value={note} onChange={(event) => setNote(event.currentTarget.value)} />
    </FormModal>
  );
}

function SubmitModal({ caseId, match, centreName, onClose }: { caseId: string; match: Match; centreName: (centre: Centre) => string; onClose: () => void }) {
  const { t } = useTranslation();
  const [centreId, setCentre] = useState('');
  const [error, setError] = useState<Error | null>(null);
  const [submit, submitting] = useMutation(ScreeningSubmit, REFETCH);
  return (
    <FormModal
      opened
      onClose={onClose}
      title={t('records.screening.submitTitle', { trial: match.trialId })}
      submitLabel={t('records.screening.submitConfirm')}
      loading={submitting.loading}
      error={error}
      onSubmit={() => {
        setError(null);
        submit({ variables: { caseId, trialId: match.trialId, centreId } }).then(onClose, setError);
      }}
    >
      <Text>{t('records.screening.consentNote')}</Text>
      <NativeSelect
        label={t('records.screening.centre')}
        required
        value={centreId}
        onChange={(event) => setCentre(event.currentTarget.value)}
        data={[
          { value: '', label: t('records.summary.choose') },
          ...match.recruitingCentres.map((centre) => ({ value: centre.id, label: centreName(centre) })),
        ]}
      />
    </FormModal>
  );
}
