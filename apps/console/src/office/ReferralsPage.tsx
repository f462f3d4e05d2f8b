import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Radio, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { PiDecision } from '../gql/graphql';
import { formatDay, formatInstant } from '../i18n/format';
import { LoadError, Loading } from '../shell/states';
import { isOverdue, localToday } from './office-rules';
import { OfficeRecordPiDecision, OfficeReferralCase, OfficeReferrals } from './queries';
import { Detail, Details } from '../shell/details';
import { FormModal } from '../shell/FormModal';

const DECISIONS: readonly PiDecision[] = ['ACCEPTED', 'DECLINED', 'MORE_INFORMATION_REQUESTED'];

function DueOn({ referral }: { referral: { status: string; reviewDueOn: string } }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {formatDay(referral.reviewDueOn, i18n.language)}
      {isOverdue(referral, localToday()) && (
        <Badge ml="xs" color="red.9">
          {t('office.referrals.overdue')}
        </Badge>
      )}
    </>
  );
}

/** The referrals to the office's centre (the API's answer: its own centre's only), newest first. */
export function ReferralsPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(`${t('office.referrals.heading')} · ${t('app.title')}`);
  const { data, loading, error, refetch } = useQuery(OfficeReferrals, { fetchPolicy: 'cache-and-network' });
  const referrals = [...(data?.myReferrals ?? [])].sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));
  return (
    <Stack>
      <Title order={1}>{t('office.referrals.heading')}</Title>
      {loading && !data && <Loading />}
      {error && <LoadError error={error} retry={() => void refetch()} />}
      {data &&
        (referrals.length === 0 ? (
          <Text>{t('office.referrals.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={900}>
            <Table striped highlightOnHover>
              <Table.Caption>{t('office.referrals.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('office.referrals.case')}</Table.Th>
                  <Table.Th scope="col">{t('office.referrals.trial')}</Table.Th>
                  <Table.Th scope="col">{t('office.referrals.submitted')}</Table.Th>
                  <Table.Th scope="col">{t('office.referrals.status')}</Table.Th>
                  <Table.Th scope="col">{t('office.referrals.due')}</Table.Th>
                  <Table.Th scope="col">{t('office.referrals.decision')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {referrals.map((referral) => (
                  <Table.Tr key={referral.id}>
                    <Table.Th scope="row">
                      <Anchor component={Link} to={`/office/referrals/${referral.id}`}>
                        {referral.case.reference}
                      </Anchor>
                    </Table.Th>
                    <Table.Td>{referral.trialId}</Table.Td>
                    <Table.Td>{formatInstant(referral.submittedAt, i18n.language)}</Table.Td>
                    <Table.Td>{t(`office.referralStatus.${referral.status}`)}</Table.Td>
                    <Table.Td>
                      <DueOn referral={referral} />
                    </Table.Td>
                    <Table.Td>
                      {referral.decidedAt ? t('office.referrals.decidedOn', { when: formatInstant(referral.decidedAt, i18n.language) }) : t('office.none')}
                      {referral.decisionReason && <Text size="sm">{referral.decisionReason}</Text>}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ))}
    </Stack>
  );
}

/** One referral: the case as the API lets the office see it, and the PI's decision. */
export function ReferralPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { data, loading, error, refetch } = useQuery(OfficeReferrals, { fetchPolicy: 'cache-and-network' });
  const referral = data?.myReferrals.find((candidate) => candidate.id === id);
  useDocumentTitle(`${t('office.referral.heading', { reference: referral?.case.reference ?? '' })} · ${t('app.title')}`);
  const back = (
    <Anchor component={Link} to="/office/referrals">
      {t('office.referral.back')}
    </Anchor>
  );
  if (loading && !data) return <Loading />;
  if (!referral)
    return (
      <Stack>
        {back}
        {error ? <LoadError error={error} retry={() => void refetch()} /> : <Title order={1}>{t('office.referral.notFound')}</Title>}
      </Stack>
    );
  const open = referral.status === 'AWAITING_DECISION' || referral.status === 'MORE_INFORMATION_REQUESTED';
  return (
    <Stack>
      {back}
      <Title order={1}>{t('office.referral.heading', { reference: referral.case.reference })}</Title>
      <Title order={2}>{t('office.referral.referral')}</Title>
      <Details>
        <Detail label={t('office.referrals.trial')}>{referral.trialId}</Detail>
        <Detail label={t('office.referrals.submitted')}>{formatInstant(referral.submittedAt, locale)}</Detail>
        <Detail label={t('office.referral.completeness')}>
          {i18n.exists(`completeness.${referral.completenessAtSubmission}`)
            ? t(`completeness.${referral.completenessAtSubmission}`)
            : referral.completenessAtSubmission}
        </Detail>
        <Detail label={t('office.referrals.status')}>{t(`office.referralStatus.${referral.status}`)}</Detail>
        <Detail label={t('office.referrals.due')}>
          <DueOn referral={referral} />
        </Detail>
        {referral.decidedAt && <Detail label={t('office.referral.decidedAt')}>{formatInstant(referral.decidedAt, locale)}</Detail>}
        {referral.decisionReason && <Detail label={t('office.referral.reason')}>{referral.decisionReason}</Detail>}
      </Details>
      <CaseAsShared caseId={referral.case.id} />
      {open && <DecisionForm referralId={referral.id} reference={referral.case.reference} />}
    </Stack>
  );
}

/** What the API lets the office read of the case (fields it may not see come back null with their own error). */
function CaseAsShared({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(OfficeReferralCase, { variables: { id: caseId }, errorPolicy: 'all' });
  const found = data?.case;
  return (
    <>
      <Title order={2}>{t('office.referral.case')}</Title>
      {loading && !data && <Loading />}
      {!found && error && <LoadError error={error} />}
      {found && (
        <>
          <Details>
            <Detail label={t('office.referral.caseStatus')}>{t(`status.${found.status}`)}</Detail>
            <Detail label={t('office.referral.diagnosis')}>
              {found.diagnosis.icd10} — {found.diagnosis.description}
            </Detail>
            <Detail label={t('office.referral.records')}>
              {found.checklistCompleteness ? t(`completeness.${found.checklistCompleteness}`) : t('office.none')}
            </Detail>
            <Detail label={t('office.referral.stale')}>
              {found.staleRecordKinds.length ? found.staleRecordKinds.map((kind) => t(`recordKind.${kind}`)).join(' · ') : t('office.none')}
            </Detail>
          </Details>
          <Anchor component={Link} to={`/cases/${found.id}`}>
            {t('office.referral.openCase', { reference: found.reference })}
          </Anchor>
        </>
      )}
    </>
  );
}

function DecisionForm({ referralId, reference }: { referralId: string; reference: string }) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<PiDecision | ''>('');
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [record, { loading, error, reset }] = useMutation(OfficeRecordPiDecision, { refetchQueries: [OfficeReferrals, OfficeReferralCase] });
  const needsReason = decision !== '' && decision !== 'ACCEPTED';
  const ready = decision !== '' && (!needsReason || reason.trim() !== '');
  const submit = async () => {
    const done = await record({ variables: { referralId, decision: decision as PiDecision, reason: reason.trim() || null } }).catch(() => null);
    if (done?.data) {
      setConfirming(false);
      setDecision('');
      setReason('');
    }
  };
  return (
    <Stack component="section" aria-labelledby="decision-heading">
      <Title order={2} id="decision-heading">
        {t('office.referral.decide')}
      </Title>
      <Radio.Group
        label={t('office.referral.decisionLabel')}
        value={decision}
        onChange={(value) => {
          reset();
          setDecision(value as PiDecision);
        }}
        required
      >
        <Stack gap="xs" mt="xs">
          {DECISIONS.map((value) => (
            <Radio key={value} value={value} label={t(`office.piDecision.${value}`)} />
          ))}
        </Stack>
      </Radio.Group>
      <Textarea
        label={t('office.referral.reasonLabel')}
        description={t('office.referral.reasonHint')}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        required={needsReason}
        autosize
        minRows={2}
        maw={640}
      />
      <div>
        <Button disabled={!ready} onClick={() => setConfirming(true)}>
          {t('office.referral.record')}
        </Button>
      </div>
      <FormModal
        opened={confirming}
        title={t('office.referral.confirmTitle')}
        submitLabel={t('office.referral.confirm')}
        onSubmit={() => void submit()}
        onClose={() => {
          reset();
          setConfirming(false);
        }}
        loading={loading}
        error={error}
      >
        <Text>{t('office.referral.confirmText', { reference, decision: decision ? t(`office.piDecision.${decision}`) : '' })}</Text>
        {reason.trim() && <Text>{t('office.referral.confirmReason', { reason: reason.trim() })}</Text>}
      </FormModal>
    </Stack>
  );
}
