import { Badge, Box, Group, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from './shared';
import { readCriteria, refusedCriterion, type ClauseWords, type CriterionView, type RuleRow } from './criteria-view';

/**
 * The criteria JSON beside what each line checks, re-read as it is typed (parse errors with their
 * line and column); the API's refusal of a save is shown beside it and marks the line it names.
 */
export function CriteriaEditor({
  value,
  onChange,
  refusal,
  label,
}: {
  value: string;
  onChange: (value: string) => void;
  refusal?: string | null;
  label: string;
}) {
  const { t } = useTranslation();
  const [settled] = useDebouncedValue(value, 250);
  const reading = useMemo(() => readCriteria(settled), [settled]);
  const refused = refusal ? refusedCriterion(refusal) : null;
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
      <Stack>
        <Textarea
          label={label}
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
          autosize
          minRows={16}
          maxRows={32}
          spellCheck={false}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
        />
      </Stack>
      <Stack gap="sm" aria-live="polite" aria-labelledby="criteria-reading-heading">
        <Title order={3} id="criteria-reading-heading">
          {t('office.criteria.reading')}
        </Title>
        {reading.kind === 'parseError' && (
          <Notice
            tone="error"
            title={t('office.criteria.notJson')}
            items={reading.errors.map((error) =>
              t('office.criteria.parseAt', { line: error.line, column: error.column, problem: t(`office.criteria.parseError.${error.code}`) }),
            )}
          />
        )}
        {reading.kind === 'notCriteria' && <Notice tone="error" title={t('office.criteria.notCriteria')} items={[]} />}
        {reading.kind === 'criteria' &&
          reading.criteria.map((criterion) => <CriterionCard key={criterion.index} criterion={criterion} refused={refused === criterion.index} />)}
      </Stack>
    </SimpleGrid>
  );
}

function CriterionCard({ criterion, refused }: { criterion: CriterionView; refused: boolean }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" style={refused ? { borderColor: 'var(--mantine-color-red-9)', borderWidth: 2 } : undefined}>
      <Stack gap={4}>
        <Group gap="xs">
          <Text fw={700}>{criterion.id || t('office.criteria.noId')}</Text>
          <Badge color={criterion.kind === 'EXCLUSION' ? 'grape.9' : 'blue.9'}>
            {criterion.kind === 'INCLUSION' || criterion.kind === 'EXCLUSION' ? t(`office.criterionKind.${criterion.kind}`) : criterion.kind || '?'}
          </Badge>
          <Badge color={criterion.mode === 'manual' ? 'dark.6' : 'teal.9'}>{t(`office.criteria.mode.${criterion.mode}`)}</Badge>
          {refused && <Badge color="red.9">{t('office.criteria.refusedHere')}</Badge>}
        </Group>
        <Text size="sm" fs="italic">
          {criterion.text}
        </Text>
        {criterion.appliesWhen.length > 0 && (
          <>
            <Text size="sm" fw={700}>
              {t('office.criteria.appliesWhen')}
            </Text>
            <Rows rows={criterion.appliesWhen} />
          </>
        )}
        {criterion.mode === 'manual' ? <Text size="sm">{t('office.criteria.manualHint')}</Text> : <Rows rows={criterion.rule} />}
        {criterion.note && <Text size="sm">{t('office.criteria.note', { note: criterion.note })}</Text>}
      </Stack>
    </Paper>
  );
}

function Rows({ rows }: { rows: RuleRow[] }) {
  const { t } = useTranslation();
  return (
    <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {rows.map((row) => (
        <Text component="li" key={row.path} size="sm" pl={row.depth * 20}>
          {row.logic ? t(`office.criteria.logic.${row.logic}`) : row.clause ? <ClauseText clause={row.clause} /> : null}
        </Text>
      ))}
    </Box>
  );
}

/** A clause in the reader's language: its words, then its qualifiers. */
export function ClauseText({ clause }: { clause: ClauseWords }) {
  const { t, i18n } = useTranslation();
  const terms = Object.fromEntries(Object.entries(clause.terms ?? {}).map(([name, term]) => [name, i18n.exists(term.key) ? t(term.key) : term.raw]));
  const words = t(`office.criteria.clause.${clause.kind}`, { ...clause.values, ...terms });
  const qualifiers = clause.modifiers.map((modifier) => t(`office.criteria.modifier.${modifier.kind}`, modifier.values));
  return <>{[words, ...qualifiers].join(t('office.criteria.separator'))}</>;
}
