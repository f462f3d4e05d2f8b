import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../shell/FormModal';
import type { SummaryOfCaseQuery } from '../gql/graphql';
import { formatDay, formatInstant, today } from '../i18n/format';
import type { CaseTabProps } from '../shell/area';
import { LoadError, Loading } from '../shell/states';
import { describeFact, FACT_FORMS, FACT_KINDS, factFromForm, formFromFact, type FactField, type FactKind } from './fact-forms';
import { CitedDocumentSelect } from './CitedDocumentSelect';
import { latestVerified } from './CitedDocumentSelect';
import { RecordsDownload, RecordsVerifiedDocuments, SummaryAddFact, SummaryCorrectFact, SummaryOfCase, SummaryRetractFact } from './records-queries';

type Fact = NonNullable<NonNullable<SummaryOfCaseQuery['case']>['oncologySummary']>['facts'][number];
const REFETCH = { refetchQueries: ['SummaryOfCase', 'ScreeningOfCase'], awaitRefetchQueries: true };

/** The typed oncology summary: current facts by kind with their cited documents, the history, and the editor. */
export function SummaryTab({ caseId }: CaseTabProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { data, loading, error, refetch } = useQuery(SummaryOfCase, { variables: { id: caseId }, errorPolicy: 'all' });
  const [adding, setAdding] = useState(false);
  const [correcting, setCorrecting] = useState<Fact | null>(null);
  const [retracting, setRetracting] = useState<Fact | null>(null);
  if (loading && !data) return <Loading />;
  const summary = data?.case?.oncologySummary;
  if (!summary) return error ? <LoadError error={error} retry={() => void refetch()} /> : null;
  const current = summary.facts.filter((fact) => fact.status === 'CURRENT');
  const history = summary.facts.filter((fact) => fact.status !== 'CURRENT');
  const kinds = [...new Set(current.map((fact) => fact.kind))];
  return (
    <Stack>
      <Title order={2}>{t('records.summary.heading')}</Title>
      <Text>
        {t('records.summary.version', { version: summary.version })}
        {summary.updatedAt && ` · ${t('records.summary.updated', { when: formatInstant(summary.updatedAt, locale) })}`}
        {` · ${t('records.summary.birthMonth', { month: summary.birthYearMonth ?? t('records.none') })}`}
      </Text>
      <Text size="sm">{t('records.summary.ageDerived')}</Text>
      <Group>
        <Button onClick={() => setAdding(true)}>{t('records.summary.add')}</Button>
      </Group>
      {current.length === 0 && <Text>{t('records.summary.empty')}</Text>}
      {kinds.map((kind) => (
        <Stack key={kind} gap="xs">
          <Title order={3}>{t(`records.factKind.${kind}`, { defaultValue: kind })}</Title>
          <FactTable
            caseId={caseId}
            caption={t('records.summary.currentCaption', { kind: t(`records.factKind.${kind}`, { defaultValue: kind }) })}
            facts={current.filter((fact) => fact.kind === kind)}
            onCorrect={setCorrecting}
            onRetract={setRetracting}
          />
        </Stack>
      ))}
      <Title order={2}>{t('records.summary.history')}</Title>
      {history.length ? (
        <FactTable caseId={caseId} caption={t('records.summary.historyCaption')} facts={history} />
      ) : (
        <Text>{t('records.summary.noHistory')}</Text>
      )}
      {adding && <FactModal caseId={caseId} onClose={() => setAdding(false)} />}
      {correcting && <FactModal caseId={caseId} correcting={correcting} onClose={() => setCorrecting(null)} />}
      {retracting && <RetractModal fact={retracting} onClose={() => setRetracting(null)} />}
    </Stack>
  );
}

function FactTable({
  caseId,
  caption,
  facts,
  onCorrect,
  onRetract,
}: {
  caseId: string;
  caption: string;
  facts: Fact[];
  onCorrect?: (fact: Fact) => void;
  onRetract?: (fact: Fact) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('records.summary.kind')}</Table.Th>
            <Table.Th scope="col">{t('records.summary.value')}</Table.Th>
            <Table.Th scope="col">{t('records.summary.observedOn')}</Table.Th>
            <Table.Th scope="col">{t('records.summary.source')}</Table.Th>
            <Table.Th scope="col">{t('records.summary.status')}</Table.Th>
            {onCorrect && <Table.Th scope="col">{t('records.summary.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {facts.map((fact) => (
            <Table.Tr key={fact.id}>
              <Table.Th scope="row">{t(`records.factKind.${fact.kind}`, { defaultValue: fact.kind })}</Table.Th>
              <Table.Td>{describeFact(fact.fact as Record<string, unknown>, t)}</Table.Td>
              <Table.Td>{formatDay(fact.observedOn, locale)}</Table.Td>
              <Table.Td>
                <CitedDocumentLink fact={fact} caseId={caseId} />
              </Table.Td>
              <Table.Td>
                <Badge color={fact.status === 'CURRENT' ? 'teal.9' : 'gray.8'}>{t(`records.factStatus.${fact.status}`)}</Badge>
                {fact.correctionReason && <Text size="sm">{t('records.summary.correctionReason', { reason: fact.correctionReason })}</Text>}
                {fact.retractionReason && <Text size="sm">{t('records.summary.retractionReason', { reason: fact.retractionReason })}</Text>}
                <Text size="sm">{t('records.summary.recorded', { who: fact.recordedBy, when: formatInstant(fact.recordedAt, locale) })}</Text>
              </Table.Td>
              {onCorrect && onRetract && (
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => onCorrect(fact)}
                      aria-label={t('records.summary.correctFor', { fact: describeFact(fact.fact as Record<string, unknown>, t) })}
                    >
                      {t('records.summary.correct')}
                    </Button>
                    <Button
                      size="xs"
                      variant="outline"
                      color="red.9"
                      onClick={() => onRetract(fact)}
                      aria-label={t('records.summary.retractFor', { fact: describeFact(fact.fact as Record<string, unknown>, t) })}
                    >
                      {t('records.summary.retract')}
                    </Button>
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The cited document, as the API names it, fetched through a short-lived link. */
function CitedDocumentLink({ fact, caseId }: { fact: Fact; caseId: string }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { data } = useQuery(RecordsVerifiedDocuments, { variables: { id: caseId } });
  const [error, setError] = useState<Error | null>(null);
  const label = fact.source ?? t('records.summary.unknownSource');
  if (fact.sourceDeleted) return <Text size="sm">{t('records.summary.sourceDeleted', { source: label })}</Text>;
  const versionId = latestVerified(data?.case?.documents.find((document) => document.id === fact.sourceDocumentId))?.id;
  const download = async () => {
    setError(null);
    try {
      if (!versionId) return;
      const answer = await client.query({ query: RecordsDownload, variables: { versionId }, fetchPolicy: 'network-only' });
      if (answer.data) window.location.assign(answer.data.documentDownload.url);
    } catch (caught) {
      setError(caught as Error);
    }
  };
  return (
    <Stack gap={2}>
      {versionId ? (
        <Button size="compact-sm" variant="subtle" onClick={() => void download()} aria-label={t('records.summary.downloadSource', { source: label })}>
          {label}
        </Button>
      ) : (
        <Text size="sm">{label}</Text>
      )}
      {error && <LoadError error={error} />}
    </Stack>
  );
}

function FactModal({ caseId, correcting, onClose }: { caseId: string; correcting?: Fact; onClose: () => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<FactKind>((correcting?.kind as FactKind | undefined) ?? 'DIAGNOSIS');
  const [values, setValues] = useState<Record<string, string>>(correcting ? formFromFact(kind, correcting.fact as Record<string, unknown>) : {});
  const [observedOn, setObservedOn] = useState(correcting?.observedOn ?? today());
  const [sourceDocumentId, setSource] = useState(correcting?.sourceDocumentId ?? '');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<Error | null>(null);
  const [add, addState] = useMutation(SummaryAddFact, REFETCH);
  const [correct, correctState] = useMutation(SummaryCorrectFact, REFETCH);
  const submit = () => {
    setError(null);
    const fact = factFromForm(kind, values, observedOn, sourceDocumentId);
    const done = correcting ? correct({ variables: { factId: correcting.id, fact, reason } }) : add({ variables: { caseId, fact } });
    done.then(onClose, setError);
  };
  return (
    <FormModal
      opened
      onClose={onClose}
      title={correcting ? t('records.summary.correctTitle') : t('records.summary.addTitle')}
      submitLabel={correcting ? t('records.summary.correctConfirm') : t('records.summary.addConfirm')}
      loading={addState.loading || correctState.loading}
      error={error}
      onSubmit={submit}
    >
      <NativeSelect
        label={t('records.summary.factKind')}
        value={kind}
        disabled={Boolean(correcting)}
        onChange={(event) => {
          setKind(event.currentTarget.value as FactKind);
          setValues({});
        }}
        data={FACT_KINDS.map((value) => ({ value, label: t(`records.factKind.${value}`) }))}
      />
      {(FACT_FORMS[kind] as readonly FactField[]).map((field) => {
        const label = t(`records.factField.${field.name}`);
        const value = values[field.name] ?? '';
        const set = (next: string) => setValues((current) => ({ ...current, [field.name]: next }));
        return field.type === 'choice' ? (
          <NativeSelect
            key={field.name}
            label={label}
            required={field.required}
            value={value}
            onChange={(event) => set(event.currentTarget.value)}
            data={[
              { value: '', label: t('records.summary.choose') },
              ...(field.options ?? []).map((option) => ({ value: option, label: t(`records.factOption.${option}`, { defaultValue: option }) })),
            ]}
          />
        ) : (
          <TextInput
            key={field.name}
            label={label}
            description={field.type === 'list' ? t('records.summary.listHint') : undefined}
            required={field.required}
            type={field.type === 'date' ? 'date' : field.type === 'number' ? 'number' : 'text'}
            step={field.type === 'number' ? 'any' : undefined}
            value={value}
            onChange={(event) => set(event.currentTarget.value)}
          />
        );
      })}
      <TextInput
        type="date"
        label={t('records.summary.observedOn')}
        required
        value={observedOn}
        onChange={(event) => setObservedOn(event.currentTarget.value)}
      />
      <CitedDocumentSelect caseId={caseId} label={t('records.summary.citedDocument')} value={sourceDocumentId} onChange={setSource} />
      {correcting && <TextInput label={t('records.summary.reason')} required value={reason} onChange={(event) => setReason(event.currentTarget.value)} />}
    </FormModal>
  );
}

function RetractModal({ fact, onClose }: { fact: Fact; onClose: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<Error | null>(null);
  const [retract, retracting] = useMutation(SummaryRetractFact, REFETCH);
  return (
    <FormModal
      opened
      onClose={onClose}
      danger
      title={t('records.summary.retractTitle')}
      submitLabel={t('records.summary.retractConfirm')}
      loading={retracting.loading}
      error={error}
      onSubmit={() => {
        setError(null);
        retract({ variables: { factId: fact.id, reason } }).then(onClose, setError);
      }}
    >
      <Text>{describeFact(fact.fact as Record<string, unknown>, t)}</Text>
      <TextInput label={t('records.summary.reason')} required value={reason} onChange={(event) => setReason(event.currentTarget.value)} />
    </FormModal>
  );
}
