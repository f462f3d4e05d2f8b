import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Group, NativeSelect, Progress, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../shell/FormModal';
import type { DocumentKind, RecordKind, RecordsChecklistQuery } from '../gql/graphql';
import { formatBytes, formatDay, formatInstant, today } from '../i18n/format';
import type { CaseTabProps } from '../shell/area';
import { LoadError, Loading } from '../shell/states';
import { DropZone } from './DropZone';
import {
  RecordsChecklist,
  RecordsClearNotApplicable,
  RecordsCompleteUpload,
  RecordsDelete,
  RecordsDownload,
  RecordsMarkNotApplicable,
  RecordsRequestUpload,
} from './records-queries';
import { sendFile, sha256OfFile } from './upload';

export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  'PATHOLOGY_REPORT',
  'FLOW_CYTOMETRY',
  'TREATMENT_HISTORY',
  'BLOOD_PANEL',
  'IMAGING',
  'PRIOR_CELLULAR_THERAPY',
  'CONSENT_FORM',
  'PASSPORT',
  'INVITATION_LETTER',
  'OTHER',
];
/** The kinds markChecklistItemNotApplicable accepts (its documentation); the API refuses the others anyway. */
const MAY_NOT_APPLY: readonly RecordKind[] = ['FLOW_CYTOMETRY', 'IMAGING', 'PRIOR_CELLULAR_THERAPY'];
const REFETCH = { refetchQueries: ['RecordsChecklist', 'CaseOverview'], awaitRefetchQueries: true };

type CaseData = NonNullable<RecordsChecklistQuery['case']>;
type Item = NonNullable<CaseData['checklist']>['items'][number];
type Doc = CaseData['documents'][number];

/** The disease-aware checklist with progress, the documents and their versions, and the upload. */
export function ChecklistTab({ caseId, session }: CaseTabProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { data, loading, error, refetch } = useQuery(RecordsChecklist, { variables: { id: caseId }, errorPolicy: 'all' });
  const [notApplicable, setNotApplicable] = useState<RecordKind | null>(null);
  const [deleting, setDeleting] = useState<Doc | null>(null);
  const [actionError, setActionError] = useState<Error | null>(null);
  const [clear, clearing] = useMutation(RecordsClearNotApplicable, REFETCH);
  if (loading && !data) return <Loading />;
  const found = data?.case;
  if (!found) return error ? <LoadError error={error} retry={() => void refetch()} /> : null;
  const checklist = found.checklist;
  const counted = checklist?.items.filter((item) => item.required && !item.notApplicable) ?? [];
  const present = counted.filter((item) => item.status === 'PRESENT').length;
  const documentsOf = (kind: string) => found.documents.filter((document) => document.kind === kind);
  const others = found.documents.filter((document) => !checklist?.items.some((item) => item.kind === document.kind));
  return (
    <Stack>
      <Title order={2}>{t('records.checklist.heading')}</Title>
      {error && <LoadError error={error} />}
      {actionError && <LoadError error={actionError} />}
      {checklist ? (
        <>
          <Text id="records-progress">
            {t('records.checklist.progress', { present, total: counted.length })} · {t(`completeness.${checklist.completeness}`)}
          </Text>
          <Progress.Root>
            <Progress.Section value={counted.length ? Math.round((present / counted.length) * 100) : 0} aria-labelledby="records-progress" />
          </Progress.Root>
          <Table.ScrollContainer minWidth={900}>
            <Table striped>
              <Table.Caption>{t('records.checklist.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('records.checklist.kind')}</Table.Th>
                  <Table.Th scope="col">{t('records.checklist.status')}</Table.Th>
                  <Table.Th scope="col">{t('records.checklist.recordDate')}</Table.Th>
                  <Table.Th scope="col">{t('records.checklist.staleOn')}</Table.Th>
                  <Table.Th scope="col">{t('records.checklist.required')}</Table.Th>
                  <Table.Th scope="col">{t('records.checklist.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {checklist.items.map((item: Item) => (
                  <Table.Tr key={item.kind}>
                    <Table.Th scope="row">{t(`recordKind.${item.kind}`)}</Table.Th>
                    <Table.Td>
                      <Badge color={item.status === 'PRESENT' ? 'teal.9' : item.status === 'MISSING' ? 'red.9' : 'gray.8'}>
                        {t(`recordStatus.${item.status}`)}
                      </Badge>
                      {item.notApplicable && <Text size="sm">{t('records.checklist.notApplicableBecause', { reason: item.notApplicable.reason })}</Text>}
                    </Table.Td>
                    <Table.Td>{item.recordDate ? formatDay(item.recordDate, locale) : t('records.none')}</Table.Td>
                    <Table.Td>{item.staleOn ? formatDay(item.staleOn, locale) : t('records.none')}</Table.Td>
                    <Table.Td>
                      {item.required ? t('records.yes') : t('records.no')}
                      {item.requirementReason && <Text size="sm">{item.requirementReason}</Text>}
                    </Table.Td>
                    <Table.Td>
                      {item.notApplicable ? (
                        <Button
                          size="xs"
                          variant="default"
                          loading={clearing.loading}
                          aria-label={t('records.notApplicable.clearFor', { kind: t(`recordKind.${item.kind}`) })}
                          onClick={() => {
                            setActionError(null);
                            clear({ variables: { caseId, kind: item.kind } }).catch(setActionError);
                          }}
                        >
                          {t('records.notApplicable.clear')}
                        </Button>
                      ) : (
                        MAY_NOT_APPLY.includes(item.kind) &&
                        item.status !== 'PRESENT' && (
                          <Button
                            size="xs"
                            variant="default"
                            aria-label={t('records.notApplicable.markFor', { kind: t(`recordKind.${item.kind}`) })}
                            onClick={() => setNotApplicable(item.kind)}
                          >
                            {t('records.notApplicable.mark')}
                          </Button>
                        )
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      ) : (
        <Text>{t('records.checklist.none')}</Text>
      )}
      <UploadSection caseId={caseId} token={session.token} />
      <Title order={2}>{t('records.documents.heading')}</Title>
      {found.documents.length === 0 && <Text>{t('records.documents.none')}</Text>}
      {[...(checklist?.items.map((item) => item.kind) ?? []), ...new Set(others.map((document) => document.kind))].map((kind) =>
        documentsOf(kind).map((document) => <DocumentVersions key={document.id} document={document} onDelete={() => setDeleting(document)} />),
      )}
      {/* Mounted only while open: a closed dialog left in the page would have no name. */}
      {notApplicable && <NotApplicableModal caseId={caseId} kind={notApplicable} onClose={() => setNotApplicable(null)} />}
      {deleting && <DeleteModal document={deleting} onClose={() => setDeleting(null)} />}
    </Stack>
  );
}

function DocumentVersions({ document, onDelete }: { document: Doc; onDelete: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const client = useApolloClient();
  const [error, setError] = useState<Error | null>(null);
  const kind = t(`records.documentKind.${document.kind}`);
  const title = t('records.documents.title', { kind, date: formatInstant(document.createdAt, locale) });
  const download = async (versionId: string) => {
    setError(null);
    try {
      const answer = await client.query({ query: RecordsDownload, variables: { versionId }, fetchPolicy: 'network-only' });
      // A short-lived link on this origin, served as an attachment: the page stays where it is.
      if (answer.data) window.location.assign(answer.data.documentDownload.url);
    } catch (caught) {
      setError(caught as Error);
    }
  };
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={3}>{title}</Title>
        <Button size="xs" color="red.9" variant="outline" onClick={onDelete} aria-label={t('records.delete.buttonFor', { document: title })}>
          {t('records.delete.button')}
        </Button>
      </Group>
      {error && <LoadError error={error} />}
      <Table.ScrollContainer minWidth={1000}>
        <Table striped>
          <Table.Caption>{t('records.documents.caption', { document: title })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('records.documents.version')}</Table.Th>
              <Table.Th scope="col">{t('records.documents.fileName')}</Table.Th>
              <Table.Th scope="col">{t('records.documents.status')}</Table.Th>
              <Table.Th scope="col">{t('records.documents.type')}</Table.Th>
              <Table.Th scope="col">{t('records.documents.size')}</Table.Th>
              <Table.Th scope="col">{t('records.documents.recordDate')}</Table.Th>
              <Table.Th scope="col">{t('records.documents.uploaded')}</Table.Th>
              <Table.Th scope="col">{t('records.documents.sha256')}</Table.Th>
              <Table.Th scope="col">{t('records.documents.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {document.versions.map((version) => (
              <Table.Tr key={version.id}>
                <Table.Th scope="row">{version.version}</Table.Th>
                <Table.Td>{version.fileName}</Table.Td>
                <Table.Td>
                  <Badge color={version.status === 'VERIFIED' ? 'teal.9' : version.status === 'AWAITING_UPLOAD' ? 'gray.8' : 'red.9'}>
                    {t(`records.versionStatus.${version.status}`)}
                  </Badge>
                  {version.statusReason && <Text size="sm">{version.statusReason}</Text>}
                </Table.Td>
                <Table.Td>{version.contentType}</Table.Td>
                <Table.Td>{formatBytes(version.sizeBytes, locale)}</Table.Td>
                <Table.Td>{version.recordDate ? formatDay(version.recordDate, locale) : t('records.none')}</Table.Td>
                <Table.Td>{formatInstant(version.uploadedAt, locale)}</Table.Td>
                <Table.Td>
                  <Text component="code" size="sm" title={version.sha256}>
                    {version.sha256.slice(0, 12)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {version.status === 'VERIFIED' && (
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => void download(version.id)}
                      aria-label={t('records.documents.downloadFor', { file: version.fileName, version: version.version })}
                    >
                      {t('records.documents.download')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

type UploadState =
  | { step: 'idle' }
  | { step: 'hashing' | 'sending' | 'verifying'; progress: number }
  | { step: 'done'; status: string; reason: string | null; fileName: string }
  | { step: 'failed'; error: Error };

function UploadSection({ caseId, token }: { caseId: string; token: string }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<DocumentKind>('PATHOLOGY_REPORT');
  const [recordDate, setRecordDate] = useState(today());
  const [language, setLanguage] = useState('en');
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<UploadState>({ step: 'idle' });
  const [request] = useMutation(RecordsRequestUpload);
  const [complete] = useMutation(RecordsCompleteUpload, REFETCH);
  const busy = state.step === 'hashing' || state.step === 'sending' || state.step === 'verifying';
  const upload = async () => {
    if (!file) return;
    try {
      setState({ step: 'hashing', progress: 0 });
      const sha256 = await sha256OfFile(file);
      const ticket = await request({
        variables: {
          input: {
            caseId,
            kind,
            fileName: file.name,
            contentType: file.type || 'application/octet-stream',
            sizeBytes: file.size,
            sha256,
            language,
            ...(recordDate ? { recordDate } : {}),
          },
        },
      });
      const issued = ticket.data!.requestDocumentUpload;
      setState({ step: 'sending', progress: 0 });
      await sendFile(file, issued, token, (progress) => setState({ step: 'sending', progress }));
      setState({ step: 'verifying', progress: 1 });
      const verified = (await complete({ variables: { versionId: issued.versionId } })).data!.completeDocumentUpload;
      setState({ step: 'done', status: verified.status, reason: verified.statusReason ?? null, fileName: file.name });
      setFile(null);
    } catch (caught) {
      setState({ step: 'failed', error: caught as Error });
    }
  };
  return (
    <Stack>
      <Title order={2}>{t('records.upload.heading')}</Title>
      <Group align="flex-end" wrap="wrap">
        <NativeSelect
          label={t('records.upload.kind')}
          value={kind}
          onChange={(event) => setKind(event.currentTarget.value as DocumentKind)}
          data={DOCUMENT_KINDS.map((value) => ({ value, label: t(`records.documentKind.${value}`) }))}
        />
        <TextInput type="date" label={t('records.upload.recordDate')} value={recordDate} onChange={(event) => setRecordDate(event.currentTarget.value)} />
        <NativeSelect
          label={t('records.upload.language')}
          value={language}
          onChange={(event) => setLanguage(event.currentTarget.value)}
          data={['en', 'zh'].map((value) => ({ value, label: t(`records.language.${value}`) }))}
        />
      </Group>
      <DropZone
        disabled={busy}
        onFile={(picked) => {
          setFile(picked);
          setState({ step: 'idle' });
        }}
      />
      <Group>
        <Text aria-live="polite">{file ? t('records.upload.chosen', { name: file.name }) : t('records.upload.noFile')}</Text>
        <Button onClick={() => void upload()} disabled={!file || busy} loading={busy}>
          {t('records.upload.submit')}
        </Button>
      </Group>
      {(state.step === 'sending' || state.step === 'verifying' || state.step === 'hashing') && (
        <Stack gap={4}>
          <Text id="records-upload-progress">{t(`records.upload.${state.step}`)}</Text>
          <Progress.Root>
            <Progress.Section value={Math.round(state.progress * 100)} aria-labelledby="records-upload-progress" />
          </Progress.Root>
        </Stack>
      )}
      {state.step === 'done' &&
        (state.status === 'VERIFIED' ? (
          <Alert color="green" role="status" title={t('records.upload.verified', { name: state.fileName })} />
        ) : (
          <Alert color="red" role="alert" title={t('records.upload.refused', { name: state.fileName, status: t(`records.versionStatus.${state.status}`) })}>
            {state.reason}
          </Alert>
        ))}
      {state.step === 'failed' && <LoadError error={state.error} />}
    </Stack>
  );
}

function NotApplicableModal({ caseId, kind, onClose }: { caseId: string; kind: RecordKind; onClose: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [mark, marking] = useMutation(RecordsMarkNotApplicable, REFETCH);
  const [error, setError] = useState<Error | null>(null);
  return (
    <FormModal
      opened
      onClose={onClose}
      title={t('records.notApplicable.title', { kind: t(`recordKind.${kind}`) })}
      submitLabel={t('records.notApplicable.confirm')}
      loading={marking.loading}
      error={error}
      onSubmit={() => {
        setError(null);
        mark({ variables: { caseId, kind, reason } }).then(onClose, setError);
      }}
    >
      <TextInput label={t('records.notApplicable.reason')} value={reason} onChange={(event) => setReason(event.currentTarget.value)} />
    </FormModal>
  );
}

function DeleteModal({ document, onClose }: { document: Doc; onClose: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [remove, removing] = useMutation(RecordsDelete, REFETCH);
  const [error, setError] = useState<Error | null>(null);
  return (
    <FormModal
      opened
      onClose={onClose}
      danger
      title={t('records.delete.title', { kind: t(`records.documentKind.${document.kind}`) })}
      submitLabel={t('records.delete.confirm')}
      loading={removing.loading}
      error={error}
      onSubmit={() => {
        setError(null);
        remove({ variables: { documentId: document.id, reason } }).then(onClose, setError);
      }}
    >
      <Text>{t('records.delete.warning')}</Text>
      <TextInput label={t('records.delete.reason')} value={reason} onChange={(event) => setReason(event.currentTarget.value)} />
    </FormModal>
  );
}
