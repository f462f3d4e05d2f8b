/**
 * Builders for summary facts in unit tests and benchmarks (not used by the running service): a
 * fact with sensible defaults, and a patient who meets every seeded trial, each test moving one fact.
 */
import { FactKind, FactOf, OncologySummary, SummaryFact, summaryOf } from './oncology-summary.rules';

export const TODAY = '2026-11-22';
export const DOCS = {
  passport: '00000000-0000-4000-8000-000000000001',
  labs: '00000000-0000-4000-8000-000000000002',
  notes: '00000000-0000-4000-8000-000000000003',
  pathology: '00000000-0000-4000-8000-000000000004',
  echo: '00000000-0000-4000-8000-000000000005',
  history: '00000000-0000-4000-8000-000000000006',
  serology: '00000000-0000-4000-8000-000000000007',
};

type Fields<K extends FactKind> = Omit<FactOf<K>, 'kind' | 'observedOn' | 'sourceDocumentId'>;

export function fact<K extends FactKind>(kind: K, fields: Fields<K>, observedOn = '2026-11-18', sourceDocumentId: string = DOCS.notes): FactOf<K> {
  return { kind, observedOn, sourceDocumentId, ...fields } as unknown as FactOf<K>;
}

export const lab = (analyte: FactOf<'LAB'>['analyte'], value: number, unit: string, high?: number, observedOn = '2026-11-18') =>
  fact('LAB', { analyte, value, unit, ...(high === undefined ? {} : { referenceRange: { high } }) }, observedOn, DOCS.labs);

/** The slot a fact fills: a newer fact of the same slot supersedes it. */
export function slotOf(item: SummaryFact): string {
  switch (item.kind) {
    case 'LAB':
      return `LAB:${item.analyte}`;
    case 'MARKER':
      return `MARKER:${item.marker}:${item.method}`;
    case 'SEROLOGY':
      return `SEROLOGY:${item.test}`;
    case 'VIRAL_LOAD':
      return `VIRAL_LOAD:${item.virus}`;
    case 'SCORE':
      return `SCORE:${item.score}`;
    case 'PRIOR_THERAPY_EVENT':
      return `PRIOR_THERAPY_EVENT:${item.therapy}`;
    case 'CONDITION':
      return `CONDITION:${item.condition ?? item.icd10}`;
    case 'LINE_OF_THERAPY':
    case 'TRANSFUSION':
      return `${item.kind}:${JSON.stringify(item)}`;
    default:
      return item.kind;
  }
}

/** The facts with `replacements` taking the place of the facts in the same slots. */
export function replaceFacts(facts: readonly SummaryFact[], replacements: SummaryFact[]): SummaryFact[] {
  const slots = new Set(replacements.map(slotOf));
  return [...facts.filter((item) => !slots.has(slotOf(item))), ...replacements];
}

const line = (number: number, bestResponse: FactOf<'LINE_OF_THERAPY'>['bestResponse'] = 'PD') =>
  fact(
    'LINE_OF_THERAPY',
    { drugs: [`regimen-${number}`], start: `202${number}-01-01`, end: `202${number}-06-01`, bestResponse, reasonStopped: 'PROGRESSION' },
    '2026-11-01',
    DOCS.history,
  );

/** Meets every criterion of every seeded trial (diagnosis aside: gastric cancer by default). */
export function fitFacts(): SummaryFact[] {
  return [
    fact('BIRTH_DATE', { birthDate: '1971-06-01' }, '2026-10-01', DOCS.passport),
    fact('SEX', { sex: 'male' }, '2026-10-01', DOCS.passport),
    fact('WEIGHT', { value: 70, unit: 'kg' }),
    fact('DIAGNOSIS', { icd10: 'C16.9' }, '2026-10-01', DOCS.pathology),
    fact('ECOG', { value: 1 }),
    fact('LVEF', { value: 60 }, '2026-11-10', DOCS.echo),
    fact('LIFE_EXPECTANCY', { weeks: 24 }),
    fact('SPO2', { value: 98 }),
    fact('HER2', { status: 'NEGATIVE' }, '2026-10-01', DOCS.pathology),
    fact('MARKER', { marker: 'CLDN18.2', method: 'IHC', result: 'POSITIVE', percentPositive: 40 }, '2026-10-01', DOCS.pathology),
    line(1),
    line(2),
    lab('anc', 1.5, '10*9/L'),
    lab('alc', 0.6, '10*9/L'),
    lab('haemoglobin', 110, 'g/L'),
    lab('platelets', 150, '10*9/L'),
    lab('creatinine', 0.9, 'mg/dL', 1.2),
    lab('alt', 30, 'U/L', 40),
    lab('ast', 30, 'U/L', 40),
    lab('pt', 12, 's', 13),
    lab('aptt', 30, 's', 35),
  ];
}

export const fitPatient = (...replacements: SummaryFact[]): OncologySummary => summaryOf('case-1', replaceFacts(fitFacts(), replacements));
export const birthDateForAge = (age: number, on = TODAY) => `${Number(on.slice(0, 4)) - age}${on.slice(4)}`;
