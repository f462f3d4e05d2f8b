import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, List, MultiSelect, Select, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Session } from '../auth/session';
import type { CasePeopleQuery, ConsentPurpose, DataCategory, TransferDirection } from '../gql/graphql';
import { formatInstant, formatList } from '../i18n/format';
import { LoadError } from '../shell/states';
import { CaseConsentCentres, CaseRecordConsent, CaseWithdrawConsent } from './case-query';
import { FormModal } from '../shell/FormModal';
import { CONSENT_PURPOSES, DATA_CATEGORIES, TRANSFER_DIRECTIONS as DIRECTIONS } from './people';

type Found = NonNullable<CasePeopleQuery['case']>;
type Consent = Found['consents'][number];

// Withdrawing changes who may see the case in every service: the page and the queue follow.
const REFETCH = { refetchQueries: ['CasePeople', 'CaseOverview', 'WorkQueue'], awaitRefetchQueries: true };

/** The signed consent forms the case holds: verified CONSENT_FORM documents (a consent must cite one). */
function signedForms(documents: Found['documents']) {
  return documents
    .filter((document) => document.kind === 'CONSENT_FORM')
    .flatMap((document) => {
      const verified = document.versions.filter((version) => version.status === 'VERIFIED').at(-1);
      return verified ? [{ id: document.id, fileName: verified.fileName, uploadedAt: verified.uploadedAt }] : [];
    });
}

/**
 * PIPL consents (art. 29, 38–39): one per centre, purpose, data categories and direction, each with
 * what the patient was told. Recording one cites the signed form; withdrawing asks for confirmation.
 */
export function ConsentsSection({
  caseId,
  session,
  consents,
  documents,
}: {
  caseId: string;
  session: Session;
  consents: Consent[];
  documents: Found['documents'];
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const staff = session.role === 'coordinator' || session.role === 'admin';
  const [recording, setRecording] = useState(false);
  const [withdrawing, setWithdrawing] = useState<Consent | null>(null);
  const [reason, setReason] = useState('');
  const [withdraw, withdrawal] = useMutation(CaseWithdrawConsent, REFETCH);
  return (
    <>
      <Title order={2}>{t('case.consents.heading')}</Title>
      <Text size="sm">{t('case.consents.intro')}</Text>
      {consents.length === 0 ? (
        <Text>{t('case.consents.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={980}>
          <Table striped>
            <Table.Caption>{t('case.consents.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('case.consents.recipient')}</Table.Th>
                <Table.Th scope="col">{t('case.consents.purpose')}</Table.Th>
                <Table.Th scope="col">{t('case.consents.categories')}</Table.Th>
                <Table.Th scope="col">{t('case.consents.told')}</Table.Th>
                <Table.Th scope="col">{t('case.consents.state')}</Table.Th>
                <Table.Th scope="col">{t('case.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {consents.map((consent) => (
                <Table.Tr key={consent.id}>
                  <Table.Th scope="row">
                    {consent.recipientName}
                    <Text size="sm">{consent.recipientContact}</Text>
                  </Table.Th>
                  <Table.Td>
                    {t(`case.consents.purposes.${consent.purpose}`)}
                    <Text size="sm">{t(`case.consents.directions.${consent.direction}`)}</Text>
                  </Table.Td>
                  <Table.Td>
                    {formatList(
                      consent.categories.map((category) => t(`case.consents.dataCategories.${category}`)),
                      locale,
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{t('case.consents.processingIs', { text: consent.processingMethod })}</Text>
                    <Text size="sm">{t('case.consents.rightsAre', { text: consent.rightsContact })}</Text>
                  </Table.Td>
                  <Table.Td>
                    {consent.active ? <Badge color="teal.9">{t('case.consents.active')}</Badge> : <Badge color="gray.8">{t('case.consents.withdrawn')}</Badge>}
                    <Text size="sm">{t('case.consents.grantedOn', { when: formatInstant(consent.grantedAt, locale) })}</Text>
                    {consent.withdrawnAt && (
                      <Text size="sm">
                        {t('case.consents.withdrawnOn', { when: formatInstant(consent.withdrawnAt, locale), reason: consent.withdrawalReason ?? '' })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {consent.active && staff && (
                      <Button
                        size="xs"
                        variant="outline"
                        color="red.9"
                        onClick={() => {
                          withdrawal.reset();
                          setReason('');
                          setWithdrawing(consent);
                        }}
                      >
                        {t('case.consents.withdraw')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {staff && (
        <Group>
          <Button variant="outline" onClick={() => setRecording(true)}>
            {t('case.consents.record')}
          </Button>
        </Group>
      )}
      {recording && <RecordConsentModal caseId={caseId} session={session} documents={documents} onClose={() => setRecording(false)} />}
      <FormModal
        opened={withdrawing !== null}
        onClose={() => setWithdrawing(null)}
        title={t('case.consents.withdrawTitle')}
        submitLabel={t('case.consents.confirmWithdraw')}
        loading={withdrawal.loading}
        error={withdrawal.error}
        danger
        onSubmit={() =>
          withdrawing &&
          void withdraw({ variables: { consentId: withdrawing.id, reason: reason.trim() } }).then(
            (answer) => answer.data && setWithdrawing(null),
            () => null,
          )
        }
      >
        <Text>{withdrawing && t('case.consents.withdrawQuestion', { centre: withdrawing.recipientName })}</Text>
        <Textarea
          label={t('case.consents.withdrawReason')}
          required
          autosize
          minRows={2}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
      </FormModal>
    </>
  );
}

function RecordConsentModal({ caseId, session, documents, onClose }: { caseId: string; session: Session; documents: Found['documents']; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const centres = useQuery(CaseConsentCentres);
  const [record, recording] = useMutation(CaseRecordConsent, REFETCH);
  const forms = signedForms(documents);
  const [centreId, setCentreId] = useState<string | null>(null);
  const [purpose, setPurpose] = useState<ConsentPurpose>('ELIGIBILITY_REVIEW');
  const [categories, setCategories] = useState<string[]>([]);
  const [direction, setDirection] = useState<TransferDirection>('TO_CHINA');
  const [processing, setProcessing] = useState(t('case.consents.defaultProcessing.ELIGIBILITY_REVIEW'));
  const [rights, setRights] = useState(t('case.consents.defaultRights', { coordinator: session.subject }));
  const [formId, setFormId] = useState<string | null>(forms.length === 1 ? forms[0].id : null);
  const centre = centres.data?.centres.find((candidate) => candidate.id === centreId);
  const centreName = (candidate: { name: string; nameZh?: string | null }) => (locale.startsWith('zh') && candidate.nameZh ? candidate.nameZh : candidate.name);
  const contact = centre ? [centre.contactEmail, centre.contactPhone].filter(Boolean).join(' · ') || t('case.consents.noContact') : '';

  return (
    <FormModal
      opened
      onClose={onClose}
      size="xl"
      title={t('case.consents.record')}
      submitLabel={t('case.consents.confirmRecord')}
      loading={recording.loading}
      error={recording.error}
      onSubmit={() =>
        centreId &&
        formId &&
        void record({
          variables: {
            input: {
              caseId,
              centreId,
              purpose,
              categories: categories as DataCategory[],
              direction,
              processingMethod: processing.trim(),
              rightsContact: rights.trim(),
              signedFormDocumentId: formId,
            },
          },
        }).then(
          (answer) => answer.data && onClose(),
          () => null,
        )
      }
    >
      {centres.error && <LoadError error={centres.error} retry={() => void centres.refetch()} />}
      <Select
        label={t('case.consents.centre')}
        data={(centres.data?.centres ?? []).map((candidate) => ({ value: candidate.id, label: `${centreName(candidate)} (${candidate.city})` }))}
        value={centreId}
        onChange={setCentreId}
        required
        searchable
        comboboxProps={{ withinPortal: false }}
      />
      <Select
        label={t('case.consents.purpose')}
        data={CONSENT_PURPOSES.map((value) => ({ value, label: t(`case.consents.purposes.${value}`) }))}
        value={purpose}
        onChange={(next) => {
          const chosen = (next ?? 'ELIGIBILITY_REVIEW') as ConsentPurpose;
          setPurpose(chosen);
          setProcessing(t(`case.consents.defaultProcessing.${chosen}`));
        }}
        allowDeselect={false}
        comboboxProps={{ withinPortal: false }}
      />
      <MultiSelect
        label={t('case.consents.categories')}
        data={DATA_CATEGORIES.map((value) => ({ value, label: t(`case.consents.dataCategories.${value}`) }))}
        value={categories}
        onChange={setCategories}
        required
        comboboxProps={{ withinPortal: false }}
      />
      <Select
        label={t('case.consents.direction')}
        data={DIRECTIONS.map((value) => ({ value, label: t(`case.consents.directions.${value}`) }))}
        value={direction}
        onChange={(next) => setDirection((next ?? 'TO_CHINA') as TransferDirection)}
        allowDeselect={false}
        comboboxProps={{ withinPortal: false }}
      />
      <Textarea
        label={t('case.consents.processing')}
        required
        autosize
        minRows={2}
        value={processing}
        onChange={(event) => setProcessing(event.currentTarget.value)}
      />
      <Textarea label={t('case.consents.rights')} required autosize minRows={2} value={rights} onChange={(event) => setRights(event.currentTarget.value)} />
      {forms.length === 0 ? (
        <Alert color="orange" title={t('case.consents.noFormTitle')}>
          <Text size="sm">{t('case.consents.noForm')}</Text>
          <Anchor component={Link} to={`/cases/${caseId}/records`}>
            {t('case.consents.toRecords')}
          </Anchor>
        </Alert>
      ) : (
        <Select
          label={t('case.consents.signedForm')}
          data={forms.map((form) => ({ value: form.id, label: `${form.fileName} · ${formatInstant(form.uploadedAt, locale)}` }))}
          value={formId}
          onChange={setFormId}
          required
          comboboxProps={{ withinPortal: false }}
        />
      )}
      <Stack gap={4} aria-live="polite">
        <Text fw={700}>{t('case.consents.disclosuresHeading')}</Text>
        {centre ? (
          <List size="sm">
            <List.Item>{t('case.consents.disclose.recipient', { name: centreName(centre), city: centre.city, contact })}</List.Item>
            <List.Item>{t('case.consents.disclose.purpose', { purpose: t(`case.consents.purposes.${purpose}`) })}</List.Item>
            <List.Item>
              {t('case.consents.disclose.categories', {
                categories: categories.length
                  ? formatList(
                      categories.map((category) => t(`case.consents.dataCategories.${category}`)),
                      locale,
                    )
                  : t('case.consents.noneChosen'),
              })}
            </List.Item>
            <List.Item>{t('case.consents.disclose.processing', { text: processing })}</List.Item>
            <List.Item>{t('case.consents.disclose.retention')}</List.Item>
            <List.Item>{t('case.consents.disclose.withdraw', { text: rights })}</List.Item>
            <List.Item>{t(`case.consents.disclose.crossBorder.${direction}`)}</List.Item>
          </List>
        ) : (
          <Text size="sm">{t('case.consents.chooseCentre')}</Text>
        )}
      </Stack>
    </FormModal>
  );
}
