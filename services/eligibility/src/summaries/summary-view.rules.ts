import { analyteDefinition } from '@carta/domain';
import { FactOf, OncologySummary, SummaryFact } from '../screening/oncology-summary.rules';

/**
 * The summary's facts as the SDL's typed shapes (SummaryFactDetail and OncologySummary's typed
 * fields): what an office's console displays without parsing JSON.
 */
type Describe = (documentId: string) => string | undefined;

const GRAPHQL_TYPE: Record<SummaryFact['kind'], string> = {
  BIRTH_DATE: 'BirthDateFact',
  SEX: 'SexFact',
  WEIGHT: 'MeasurementFact',
  HEIGHT: 'MeasurementFact',
  ECOG: 'MeasurementFact',
  KARNOFSKY: 'MeasurementFact',
  LVEF: 'MeasurementFact',
  SPO2: 'MeasurementFact',
  LIFE_EXPECTANCY: 'MeasurementFact',
  DIAGNOSIS: 'DiagnosisFact',
  HISTOLOGY: 'HistologyFact',
  STAGE: 'StageFact',
  LAB: 'LabResult',
  MARKER: 'MarkerResult',
  HER2: 'Her2Fact',
  LINE_OF_THERAPY: 'LineOfTherapyFact',
  PRIOR_THERAPY_EVENT: 'PriorTherapyFact',
  CONDITION: 'ConditionFact',
  SEROLOGY: 'SerologyFact',
  VIRAL_LOAD: 'ViralLoadFact',
  SCORE: 'ScoreFact',
  TRANSFUSION: 'TransfusionFact',
  IMAGING: 'ImagingFact',
};

const MEASUREMENT_UNIT: Partial<Record<SummaryFact['kind'], string | null>> = { ECOG: null, KARNOFSKY: '%', LVEF: '%', SPO2: '%' };

export const labResult = (fact: FactOf<'LAB'>, describe?: Describe) => ({
  __typename: 'LabResult',
  analyte: fact.analyte,
  name: analyteDefinition(fact.analyte).name,
  value: fact.value,
  unit: fact.unit,
  referenceLow: fact.referenceRange?.low ?? null,
  referenceHigh: fact.referenceRange?.high ?? null,
  observedOn: fact.observedOn,
  source: describe?.(fact.sourceDocumentId) ?? null,
});

export const markerResult = (fact: FactOf<'MARKER'>, describe?: Describe) => ({
  __typename: 'MarkerResult',
  marker: fact.marker,
  method: fact.method,
  result: fact.result,
  percentPositive: fact.percentPositive ?? null,
  intensity: fact.intensity ?? null,
  observedOn: fact.observedOn,
  source: describe?.(fact.sourceDocumentId) ?? null,
});

const lineOfTherapy = (fact: FactOf<'LINE_OF_THERAPY'>) => ({
  __typename: 'LineOfTherapyFact',
  drugs: fact.drugs,
  drugClasses: fact.drugClasses ?? [],
  targets: fact.targets ?? [],
  start: fact.start,
  end: fact.end ?? null,
  bestResponse: fact.bestResponse,
  reasonStopped: fact.reasonStopped,
});

/** A fact's own fields, tagged with its GraphQL type (the union resolves on `__typename`). */
export function factDetail(fact: SummaryFact, describe?: Describe): Record<string, unknown> {
  const __typename = GRAPHQL_TYPE[fact.kind];
  switch (fact.kind) {
    case 'LAB':
      return labResult(fact, describe);
    case 'MARKER':
      return markerResult(fact, describe);
    case 'LINE_OF_THERAPY':
      return lineOfTherapy(fact);
    case 'WEIGHT':
    case 'HEIGHT':
      return { __typename, value: fact.value, unit: fact.unit, method: null, roomAir: null };
    case 'LIFE_EXPECTANCY':
      return fact.months !== undefined
        ? { __typename, value: fact.months, unit: 'mo', method: null, roomAir: null }
        : { __typename, value: fact.weeks, unit: 'wk', method: null, roomAir: null };
    case 'ECOG':
    case 'KARNOFSKY':
    case 'LVEF':
    case 'SPO2':
      return {
        __typename,
        value: fact.value,
        unit: MEASUREMENT_UNIT[fact.kind] ?? null,
        method: fact.kind === 'LVEF' ? (fact.method ?? null) : null,
        roomAir: fact.kind === 'SPO2' ? (fact.roomAir ?? null) : null,
      };
    case 'PRIOR_THERAPY_EVENT':
      return { __typename, therapy: fact.therapy, status: fact.status, date: fact.date ?? null, targets: fact.targets ?? [], agent: fact.agent ?? null };
    case 'CONDITION':
      return {
        __typename,
        condition: fact.condition ?? null,
        icd10: fact.icd10 ?? null,
        status: fact.status,
        onset: fact.onset ?? null,
        nyhaClass: fact.nyhaClass ?? null,
      };
    case 'VIRAL_LOAD':
      return { __typename, virus: fact.virus, detected: fact.detected, value: fact.value ?? null, unit: fact.unit ?? null };
    default: {
      const { kind: _kind, observedOn: _observedOn, sourceDocumentId: _source, ...own } = fact as unknown as Record<string, unknown>;
      return { __typename, ...own };
    }
  }
}

/** The typed fields of OncologySummary: the newest of each single fact, the newest result per analyte and marker, every line. */
export function typedSummary(summary: OncologySummary, birthYearMonth: string | null, describe?: Describe) {
  // summaryOf sorts newest observation first.
  const newest = <K extends SummaryFact['kind']>(kind: K) => summary.facts.find((fact): fact is FactOf<K> => fact.kind === kind);
  const firstOfEach = <T extends SummaryFact>(facts: T[], key: (fact: T) => string) => {
    const seen = new Set<string>();
    return facts.filter((fact) => !seen.has(key(fact)) && seen.add(key(fact)));
  };
  const labs = firstOfEach(
    summary.facts.filter((fact): fact is FactOf<'LAB'> => fact.kind === 'LAB'),
    (fact) => fact.analyte,
  );
  const markers = firstOfEach(
    summary.facts.filter((fact): fact is FactOf<'MARKER'> => fact.kind === 'MARKER'),
    (fact) => `${fact.marker}/${fact.method}`,
  );
  const lines = summary.facts
    .filter((fact): fact is FactOf<'LINE_OF_THERAPY'> => fact.kind === 'LINE_OF_THERAPY')
    .sort((a, b) => a.start.localeCompare(b.start));
  const diagnosis = newest('DIAGNOSIS');
  const histology = newest('HISTOLOGY');
  const stage = newest('STAGE');
  return {
    birthYearMonth,
    diagnosis: diagnosis ? factDetail(diagnosis) : null,
    histology: histology ? factDetail(histology) : null,
    stage: stage ? factDetail(stage) : null,
    sex: newest('SEX')?.sex ?? null,
    ecog: newest('ECOG')?.value ?? null,
    labs: labs.map((fact) => labResult(fact, describe)),
    markers: markers.map((fact) => markerResult(fact, describe)),
    linesOfTherapy: lines.map(lineOfTherapy),
  };
}
