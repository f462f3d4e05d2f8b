import type { TypedDocumentNode } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Code, Group, Modal, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminDeadLetterFragment, RedriveOutcome } from '../gql/graphql';
import { formatCount, formatInstant } from '../i18n/format';
import { FormModal } from '../shell/FormModal';
import { LoadError, Loading } from '../shell/states';
import { DEAD_LETTER_QUERIES, REDRIVE_MUTATIONS } from './dead-letter-operations';
import { DEAD_LETTER_SERVICES, mergeDeadLetters, ofService, type DeadLetterService, type ServiceDeadLetter } from './dead-letters';

const LIMIT = 100;
/** Short columns keep their words whole (Chinese headings would otherwise break per character). */
const NOWRAP = { style: { whiteSpace: 'nowrap' } } as const;
type Redrive = TypedDocumentNode<{ result: { outcome: RedriveOutcome; deadLetter: AdminDeadLetterFragment } }, { id: string }>;

/** The six services' dead letters in one table: inspect one, redrive it, see what the redrive did. */
export function DeadLettersPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const client = useApolloClient();
  const [pendingOnly, setPendingOnly] = useState(true);
  const [service, setService] = useState<DeadLetterService | null>(null);
  const [inspected, setInspected] = useState<ServiceDeadLetter | null>(null);
  const [confirming, setConfirming] = useState<ServiceDeadLetter | null>(null);
  const [redriving, setRedriving] = useState(false);
  const [result, setResult] = useState<{ letter: ServiceDeadLetter; outcome: RedriveOutcome; after: AdminDeadLetterFragment } | null>(null);
  const [redriveError, setRedriveError] = useState<{ message: string } | null>(null);
  useDocumentTitle(`${t('admin.deadLetters.heading')} · ${t('app.title')}`);

  // One operation per service (see dead-letter-operations.ts), each with its own error.
  const options = { variables: { pendingOnly, limit: LIMIT }, notifyOnNetworkStatusChange: true } as const;
  const answers = {
    intake: useQuery(DEAD_LETTER_QUERIES.intake, options),
    documents: useQuery(DEAD_LETTER_QUERIES.documents, options),
    eligibility: useQuery(DEAD_LETTER_QUERIES.eligibility, options),
    centres: useQuery(DEAD_LETTER_QUERIES.centres, options),
    travel: useQuery(DEAD_LETTER_QUERIES.travel, options),
    billing: useQuery(DEAD_LETTER_QUERIES.billing, options),
  };
  const loading = DEAD_LETTER_SERVICES.some((name) => answers[name].loading && !answers[name].data);
  const failed = DEAD_LETTER_SERVICES.filter((name) => answers[name].error);
  const letters = ofService(mergeDeadLetters(Object.fromEntries(DEAD_LETTER_SERVICES.map((name) => [name, answers[name].data?.letters]))), service);

  const redrive = async (letter: ServiceDeadLetter) => {
    setRedriving(true);
    setRedriveError(null);
    try {
      const answer = await client.mutate({ mutation: REDRIVE_MUTATIONS[letter.service] as Redrive, variables: { id: letter.id } });
      if (answer.data) setResult({ letter, outcome: answer.data.result.outcome, after: answer.data.result.deadLetter });
      await answers[letter.service].refetch();
    } catch (error) {
      setRedriveError(error as Error);
    } finally {
      setRedriving(false);
      setConfirming(null);
    }
  };

  const heading = <Title order={1}>{t('admin.deadLetters.heading')}</Title>;
  if (loading)
    return (
      <Stack>
        {heading}
        <Loading />
      </Stack>
    );
  // Refused everywhere (not an admin): one refusal, not six.
  if (failed.length === DEAD_LETTER_SERVICES.length)
    return (
      <Stack>
        {heading}
        <LoadError error={answers[failed[0]].error!} retry={() => failed.forEach((name) => void answers[name].refetch())} />
      </Stack>
    );
  return (
    <Stack>
      {heading}
      <Text>{t('admin.deadLetters.intro')}</Text>
      <Group align="flex-end">
        <NativeSelect
          label={t('admin.deadLetters.show')}
          data={[
            { value: 'pending', label: t('admin.deadLetters.pendingOnly') },
            { value: 'all', label: t('admin.deadLetters.all') },
          ]}
          value={pendingOnly ? 'pending' : 'all'}
          onChange={(event) => setPendingOnly(event.currentTarget.value === 'pending')}
        />
        <NativeSelect
          label={t('admin.deadLetters.serviceFilter')}
          data={[
            { value: '', label: t('admin.deadLetters.allServices') },
            ...DEAD_LETTER_SERVICES.map((name) => ({ value: name, label: t(`admin.service.${name}`) })),
          ]}
          value={service ?? ''}
          onChange={(event) => setService((event.currentTarget.value || null) as DeadLetterService | null)}
        />
      </Group>
      {failed.map((name) => (
        <Alert
          key={name}
          color="red"
          role="alert"
          title={t('admin.deadLetters.serviceFailed', { service: t(`admin.service.${name}`), message: answers[name].error!.message })}
        >
          <Button variant="outline" color="red.9" size="xs" onClick={() => void answers[name].refetch()}>
            {t('app.retry')}
          </Button>
        </Alert>
      ))}
      {redriveError && <LoadError error={redriveError} />}
      {result && (
        <Alert
          color="blue"
          role="status"
          title={t('admin.deadLetters.redriven', { id: result.letter.id, service: t(`admin.service.${result.letter.service}`) })}
        >
          <Text>
            {t('admin.deadLetters.outcomeIs', {
              outcome: t(`admin.outcome.${result.outcome}`),
              attempts: formatCount(result.after.attempts, locale),
            })}
          </Text>
          <Text size="sm">{t(`admin.outcomeHelp.${result.outcome}`)}</Text>
        </Alert>
      )}
      <Text aria-live="polite">{t('admin.deadLetters.total', { count: letters.length, formatted: formatCount(letters.length, locale) })}</Text>
      {letters.length > 0 && (
        <Table.ScrollContainer minWidth={1000}>
          <Table striped highlightOnHover>
            <Table.Caption>{t('admin.deadLetters.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" {...NOWRAP}>
                  {t('admin.deadLetters.service')}
                </Table.Th>
                <Table.Th scope="col" {...NOWRAP}>
                  {t('admin.deadLetters.topic')}
                </Table.Th>
                <Table.Th scope="col" {...NOWRAP}>
                  {t('admin.deadLetters.eventType')}
                </Table.Th>
                <Table.Th scope="col" {...NOWRAP}>
                  {t('admin.deadLetters.failedAt')}
                </Table.Th>
                <Table.Th scope="col" {...NOWRAP}>
                  {t('admin.deadLetters.attempts')}
                </Table.Th>
                <Table.Th scope="col">{t('admin.deadLetters.error')}</Table.Th>
                <Table.Th scope="col" {...NOWRAP}>
                  {t('admin.deadLetters.state')}
                </Table.Th>
                <Table.Th scope="col" {...NOWRAP}>
                  {t('admin.deadLetters.actions')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {letters.map((letter) => (
                <Table.Tr key={`${letter.service}:${letter.id}`}>
                  <Table.Th scope="row" {...NOWRAP}>
                    {t(`admin.service.${letter.service}`)}
                  </Table.Th>
                  <Table.Td>
                    <Code>{letter.topic}</Code>
                  </Table.Td>
                  <Table.Td>{letter.eventType ?? t('admin.none')}</Table.Td>
                  <Table.Td {...NOWRAP}>{formatInstant(letter.createdAt, locale)}</Table.Td>
                  <Table.Td>{formatCount(letter.attempts, locale)}</Table.Td>
                  <Table.Td>
                    <Code>{letter.errorCode}</Code>
                    {/* The whole message is in the detail view. */}
                    <Text size="sm" lineClamp={2} title={letter.errorMessage}>
                      {letter.errorMessage}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {letter.redrivenAt ? (
                      <Badge miw="max-content" color="gray.8">
                        {t('admin.deadLetters.redrivenAt', { at: formatInstant(letter.redrivenAt, locale) })}
                      </Badge>
                    ) : (
                      <Badge miw="max-content" color="red.9">
                        {t('admin.deadLetters.pending')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => setInspected(letter)}
                        aria-label={t('admin.deadLetters.inspectOne', { id: letter.id })}
                      >
                        {t('admin.deadLetters.inspect')}
                      </Button>
                      <Button size="xs" onClick={() => setConfirming(letter)} aria-label={t('admin.deadLetters.redriveOne', { id: letter.id })}>
                        {t('admin.deadLetters.redrive')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal
        opened={inspected !== null}
        onClose={() => setInspected(null)}
        title={t('admin.deadLetters.detailTitle')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('app.close') }}
      >
        {inspected && <DeadLetterDetail letter={inspected} />}
      </Modal>
      <FormModal
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title={t('admin.deadLetters.confirmTitle')}
        submitLabel={t('admin.deadLetters.confirmRedrive')}
        loading={redriving}
        onSubmit={() => confirming && void redrive(confirming)}
      >
        {confirming && t('admin.deadLetters.confirmText', { service: t(`admin.service.${confirming.service}`), topic: confirming.topic, id: confirming.id })}
      </FormModal>
    </Stack>
  );
}

/** Everything the API tells about one dead letter (it returns no headers or payload: see the report). */
function DeadLetterDetail({ letter }: { letter: ServiceDeadLetter }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const rows: [string, string][] = [
    ['admin.deadLetters.service', t(`admin.service.${letter.service}`)],
    ['admin.deadLetters.id', letter.id],
    ['admin.deadLetters.consumer', letter.consumer],
    ['admin.deadLetters.topic', letter.topic],
    ['admin.deadLetters.eventType', letter.eventType ?? t('admin.none')],
    ['admin.deadLetters.failedAt', formatInstant(letter.createdAt, locale)],
    ['admin.deadLetters.attempts', formatCount(letter.attempts, locale)],
    ['admin.deadLetters.errorCode', letter.errorCode],
    ['admin.deadLetters.errorMessage', letter.errorMessage],
    [
      'admin.deadLetters.state',
      letter.redrivenAt ? t('admin.deadLetters.redrivenAt', { at: formatInstant(letter.redrivenAt, locale) }) : t('admin.deadLetters.pending'),
    ],
  ];
  return (
    <Stack>
      <Table>
        <Table.Caption>{t('admin.deadLetters.detailCaption')}</Table.Caption>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row">{t(label)}</Table.Th>
              <Table.Td style={{ wordBreak: 'break-word' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm">{t('admin.deadLetters.noPayload')}</Text>
    </Stack>
  );
}
