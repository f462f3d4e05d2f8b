import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { InvitationLetterDraftInput } from '../gql/graphql';
import { formatDay, formatInstant } from '../i18n/format';
import { LoadError, Loading } from '../shell/states';
import { optional } from './office-rules';
import { OfficeIssueLetter, OfficeLetterDownload, OfficeLetterPreview, OfficeLetters, OfficeReissueLetter } from './queries';
import { Notice } from './shared';
import { Detail, Details } from '../shell/details';
import { FormModal } from '../shell/FormModal';

/** The invitation letters asked of the office's centre (the API's answer: its own only). */
export function LettersPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  useDocumentTitle(`${t('office.letters.heading')} · ${t('app.title')}`);
  const { data, loading, error, refetch } = useQuery(OfficeLetters, { fetchPolicy: 'cache-and-network' });
  const letters = [...(data?.myInvitationLetters ?? [])].sort((a, b) => b.requestedAt.localeCompare(a.requestedAt));
  return (
    <Stack>
      <Title order={1}>{t('office.letters.heading')}</Title>
      {loading && !data && <Loading />}
      {error && <LoadError error={error} retry={() => void refetch()} />}
      {data &&
        (letters.length === 0 ? (
          <Text>{t('office.letters.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={900}>
            <Table striped highlightOnHover>
              <Table.Caption>{t('office.letters.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('office.letters.case')}</Table.Th>
                  <Table.Th scope="col">{t('office.letters.trial')}</Table.Th>
                  <Table.Th scope="col">{t('office.letters.version')}</Table.Th>
                  <Table.Th scope="col">{t('office.letters.status')}</Table.Th>
                  <Table.Th scope="col">{t('office.letters.requested')}</Table.Th>
                  <Table.Th scope="col">{t('office.letters.issued')}</Table.Th>
                  <Table.Th scope="col">{t('office.letters.validUntil')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {letters.map((letter) => (
                  <Table.Tr key={letter.id}>
                    <Table.Th scope="row">
                      <Anchor component={Link} to={`/office/letters/${letter.id}`}>
                        {t('office.letters.link', { reference: letter.case.reference, version: letter.version })}
                      </Anchor>
                    </Table.Th>
                    <Table.Td>{letter.trialId}</Table.Td>
                    <Table.Td>{letter.version}</Table.Td>
                    <Table.Td>{t(`office.letterStatus.${letter.status}`)}</Table.Td>
                    <Table.Td>{formatInstant(letter.requestedAt, locale)}</Table.Td>
                    <Table.Td>{letter.issuedAt ? formatInstant(letter.issuedAt, locale) : t('office.none')}</Table.Td>
                    <Table.Td>{letter.validUntil ? formatDay(letter.validUntil, locale) : t('office.none')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ))}
    </Stack>
  );
}

interface Draft {
  officeReference: string;
  plannedArrival: string;
  plannedDeparture: string;
  validUntil: string;
}

const draftInput = (draft: Draft): InvitationLetterDraftInput => ({
  officeReference: optional(draft.officeReference),
  plannedArrival: optional(draft.plannedArrival),
  plannedDeparture: optional(draft.plannedDeparture),
  validUntil: optional(draft.validUntil),
});

/** One letter: its draft (reference, dates, validity), the preview of what it would print, issue or re-issue, the PDF. */
export function LetterPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { data, loading, error, refetch } = useQuery(OfficeLetters, { fetchPolicy: 'cache-and-network' });
  const letter = data?.myInvitationLetters.find((candidate) => candidate.id === id);
  const title = letter ? t('office.letter.heading', { reference: letter.case.reference, version: letter.version }) : t('office.letter.notFound');
  useDocumentTitle(`${title} · ${t('app.title')}`);
  const back = (
    <Anchor component={Link} to="/office/letters">
      {t('office.letter.back')}
    </Anchor>
  );
  if (loading && !data) return <Loading />;
  if (!letter)
    return (
      <Stack>
        {back}
        {error ? <LoadError error={error} retry={() => void refetch()} /> : <Title order={1}>{title}</Title>}
      </Stack>
    );
  return (
    <Stack>
      {back}
      <Title order={1}>{title}</Title>
      <Title order={2}>{t('office.letter.letter')}</Title>
      <Details>
        <Detail label={t('office.letters.status')}>{t(`office.letterStatus.${letter.status}`)}</Detail>
        <Detail label={t('office.letters.trial')}>{letter.trialId}</Detail>
        <Detail label={t('office.letters.requested')}>{formatInstant(letter.requestedAt, locale)}</Detail>
        <Detail label={t('office.letters.issued')}>{letter.issuedAt ? formatInstant(letter.issuedAt, locale) : t('office.none')}</Detail>
        <Detail label={t('office.letter.officeReference')}>{letter.officeReference ?? t('office.none')}</Detail>
        <Detail label={t('office.letters.validUntil')}>{letter.validUntil ? formatDay(letter.validUntil, locale) : t('office.none')}</Detail>
        {letter.reissueReason && <Detail label={t('office.letter.reissueReasonShown')}>{letter.reissueReason}</Detail>}
      </Details>
      {letter.issuedAt && <IssuedPdf letterId={letter.id} />}
      {(letter.status === 'REQUESTED' || letter.status === 'ISSUED') && (
        <LetterDraft
          key={letter.id + letter.status}
          letterId={letter.id}
          reference={letter.case.reference}
          issued={letter.status === 'ISSUED'}
          initial={{
            officeReference: letter.officeReference ?? '',
            plannedArrival: letter.plannedArrival ?? '',
            plannedDeparture: letter.plannedDeparture ?? '',
            validUntil: letter.validUntil ?? '',
          }}
        />
      )}
    </Stack>
  );
}

function IssuedPdf({ letterId }: { letterId: string }) {
  const { t } = useTranslation();
  const [fetchLink, { data, loading, error }] = useLazyQuery(OfficeLetterDownload, { fetchPolicy: 'network-only' });
  return (
    <Group>
      <Button variant="outline" loading={loading} onClick={() => void fetchLink({ variables: { letterId } }).catch(() => null)}>
        {t('office.letter.download')}
      </Button>
      {data && (
        <Anchor href={data.invitationLetterDownload.url} target="_blank" rel="noreferrer">
          {t('office.letter.issuedPdf')}
        </Anchor>
      )}
      {error && <LoadError error={error} />}
    </Group>
  );
}

function LetterDraft({ letterId, reference, issued, initial }: { letterId: string; reference: string; issued: boolean; initial: Draft }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [draft, setDraft] = useState<Draft>(initial);
  // What the preview was last asked with: the preview follows the "Preview" button, not every keystroke.
  const [previewed, setPreviewed] = useState<Draft>(initial);
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const preview = useQuery(OfficeLetterPreview, { variables: { letterId, input: draftInput(previewed) }, fetchPolicy: 'network-only' });
  const refetchQueries = [OfficeLetters];
  const [issue, issuing] = useMutation(OfficeIssueLetter, { refetchQueries });
  const [reissue, reissuing] = useMutation(OfficeReissueLetter, { refetchQueries });
  const field = (name: keyof Draft, label: string, type: 'text' | 'date') => (
    <TextInput
      label={label}
      type={type}
      value={draft[name]}
      onChange={(event) => {
        const value = event.currentTarget.value;
        setDraft((current) => ({ ...current, [name]: value }));
      }}
    />
  );
  const shown = preview.data?.previewInvitationLetter;
  const act = async () => {
    const done = issued
      ? await reissue({ variables: { letterId, reason: reason.trim(), input: draftInput(draft) } }).catch(() => null)
      : await issue({
          variables: {
            letterId,
            input: {
              officeReference: draft.officeReference.trim(),
              validUntil: draft.validUntil,
              plannedArrival: optional(draft.plannedArrival),
              plannedDeparture: optional(draft.plannedDeparture),
            },
          },
        }).catch(() => null);
    if (done?.data) setConfirming(false);
  };
  const failure = issuing.error ?? reissuing.error;
  return (
    <>
      <Stack component="section" aria-labelledby="draft-heading">
        <Title order={2} id="draft-heading">
          {t(issued ? 'office.letter.reissueDraft' : 'office.letter.draft')}
        </Title>
        <Group align="flex-end">
          {field('officeReference', t('office.letter.officeReference'), 'text')}
          {field('plannedArrival', t('office.letter.plannedArrival'), 'date')}
          {field('plannedDeparture', t('office.letter.plannedDeparture'), 'date')}
          {field('validUntil', t('office.letters.validUntil'), 'date')}
          <Button variant="outline" onClick={() => setPreviewed(draft)}>
            {t('office.letter.preview')}
          </Button>
        </Group>
      </Stack>
      <Stack component="section" aria-labelledby="preview-heading">
        <Title order={2} id="preview-heading">
          {t('office.letter.previewHeading')}
        </Title>
        {preview.loading && !shown && <Loading />}
        {preview.error && <LoadError error={preview.error} retry={() => void preview.refetch()} />}
        {shown && (
          <>
            {shown.missing.length > 0 ? (
              <Notice
                tone="warning"
                title={t('office.letter.missing')}
                items={shown.missing.map((name) => t('office.letter.missingItem', { name: missingName(t, (key) => i18n.exists(key), name), field: name }))}
              />
            ) : (
              <Text>{t('office.letter.complete')}</Text>
            )}
            {shown.unprintable.length > 0 && <Notice tone="error" title={t('office.letter.unprintable')} items={shown.unprintable} />}
            <Details>
              <Detail label={t('office.letter.version')}>{shown.version}</Detail>
              <Detail label={t('office.letter.acceptedOn')}>{formatDay(shown.acceptedOn, locale)}</Detail>
              <Detail label={t('office.letter.officeReference')}>{shown.officeReference ?? t('office.none')}</Detail>
              <Detail label={t('office.letter.plannedArrival')}>{shown.plannedArrival ? formatDay(shown.plannedArrival, locale) : t('office.none')}</Detail>
              <Detail label={t('office.letter.plannedDeparture')}>
                {shown.plannedDeparture ? formatDay(shown.plannedDeparture, locale) : t('office.none')}
              </Detail>
              <Detail label={t('office.letters.validUntil')}>{shown.validUntil ? formatDay(shown.validUntil, locale) : t('office.none')}</Detail>
              <Detail label={t('office.letter.centre')}>{shown.centre ? `${shown.centre.nameZh} · ${shown.centre.name}` : t('office.none')}</Detail>
              <Detail label={t('office.letter.investigator')}>
                {shown.principalInvestigator
                  ? [shown.principalInvestigator.nameZh, shown.principalInvestigator.name].filter(Boolean).join(' · ')
                  : t('office.none')}
              </Detail>
            </Details>
            {shown.travellers.length > 0 && (
              <Table.ScrollContainer minWidth={600}>
                <Table>
                  <Table.Caption>{t('office.letter.travellers')}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('office.letter.traveller')}</Table.Th>
                      <Table.Th scope="col">{t('office.letter.role')}</Table.Th>
                      <Table.Th scope="col">{t('office.letter.nationality')}</Table.Th>
                      <Table.Th scope="col">{t('office.letter.passport')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {shown.travellers.map((traveller) => (
                      <Table.Tr key={traveller.passportNumber}>
                        <Table.Th scope="row">{`${traveller.familyName} ${traveller.givenName}`}</Table.Th>
                        <Table.Td>{t(`office.travellerRole.${traveller.role}`)}</Table.Td>
                        <Table.Td>{traveller.nationality}</Table.Td>
                        <Table.Td>{traveller.passportNumber}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            <Anchor href={shown.draft.url} target="_blank" rel="noreferrer">
              {t('office.letter.draftPdf')}
            </Anchor>
          </>
        )}
      </Stack>
      <Stack component="section" aria-labelledby="issue-heading">
        <Title order={2} id="issue-heading">
          {t(issued ? 'office.letter.reissueHeading' : 'office.letter.issueHeading')}
        </Title>
        {issued && (
          <Textarea
            label={t('office.letter.reissueReason')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            required
            autosize
            minRows={2}
            maw={640}
          />
        )}
        <div>
          <Button disabled={issued && reason.trim() === ''} onClick={() => setConfirming(true)}>
            {t(issued ? 'office.letter.reissue' : 'office.letter.issue')}
          </Button>
        </div>
      </Stack>
      <FormModal
        opened={confirming}
        title={t(issued ? 'office.letter.confirmReissueTitle' : 'office.letter.confirmIssueTitle')}
        submitLabel={t(issued ? 'office.letter.confirmReissue' : 'office.letter.confirmIssue')}
        onSubmit={() => void act()}
        onClose={() => {
          issuing.reset();
          reissuing.reset();
          setConfirming(false);
        }}
        loading={issuing.loading || reissuing.loading}
        error={failure}
      >
        <Text>{t(issued ? 'office.letter.confirmReissueText' : 'office.letter.confirmIssueText', { reference })}</Text>
      </FormModal>
    </>
  );
}

/** A missing field's name in the reader's language; the API's field path when the console has none for it. */
function missingName(t: (key: string) => string, exists: (key: string) => boolean, field: string): string {
  const key = `office.letter.fields.${field.replace(/\./g, '_')}`;
  return exists(key) ? t(key) : field;
}
