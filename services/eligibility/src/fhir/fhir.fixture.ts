/**
 * A full oncology summary for the FHIR export's unit tests (not used by the running service): every
 * kind the export maps, each with a row id.
 */
import { DOCS, fact, lab } from '../screening/facts.fixture';
import type { SummaryFact } from '../screening/oncology-summary.rules';
import type { ExportedFact } from './oncology-fhir.rules';

export const CASE_ID = '11111111-1111-4111-8111-111111111111';

const facts: SummaryFact[] = [
  fact('SEX', { sex: 'female' }, '2026-10-01', DOCS.passport),
  fact('WEIGHT', { value: 62, unit: 'kg' }),
  fact('HEIGHT', { value: 165, unit: 'cm' }),
  fact('DIAGNOSIS', { icd10: 'C16.9', description: 'Gastric adenocarcinoma' }, '2026-10-01', DOCS.pathology),
  fact('HISTOLOGY', { morphology: '8140/3', description: 'Adenocarcinoma, NOS' }, '2026-10-01', DOCS.pathology),
  fact('STAGE', { stage: 'IV', system: 'AJCC 8' }, '2026-10-01', DOCS.pathology),
  fact('ECOG', { value: 1 }),
  fact('KARNOFSKY', { value: 80 }),
  fact('LVEF', { value: 60, method: 'ECHO' }, '2026-11-10', DOCS.echo),
  fact('SPO2', { value: 98, roomAir: true }),
  fact('HER2', { status: 'NEGATIVE', ihcScore: '1+' }, '2026-10-01', DOCS.pathology),
  fact('MARKER', { marker: 'CLDN18.2', method: 'IHC', result: 'POSITIVE', percentPositive: 40, intensity: 2 }, '2026-10-01', DOCS.pathology),
  fact(
    'LINE_OF_THERAPY',
    { drugs: ['oxaliplatin', 'capecitabine'], start: '2025-01-10', end: '2025-06-20', bestResponse: 'PR', reasonStopped: 'PROGRESSION' },
    '2026-11-01',
    DOCS.history,
  ),
  fact(
    'LINE_OF_THERAPY',
    { drugs: ['nivolumab'], start: '2025-07-01', end: '2025-12-01', bestResponse: 'PD', reasonStopped: 'PROGRESSION' },
    '2026-11-01',
    DOCS.history,
  ),
  fact('PRIOR_THERAPY_EVENT', { therapy: 'MAJOR_SURGERY', status: 'RECEIVED', date: '2024-11-02', agent: 'partial gastrectomy' }, '2026-11-01', DOCS.history),
  fact('PRIOR_THERAPY_EVENT', { therapy: 'CAR_T', status: 'NEVER_RECEIVED' }, '2026-11-01', DOCS.history),
  fact('CONDITION', { condition: 'HEART_FAILURE', status: 'ABSENT' }, '2026-11-01', DOCS.notes),
  fact('CONDITION', { icd10: 'E11.9', status: 'ACTIVE', onset: '2019-03-01' }, '2026-11-01', DOCS.notes),
  fact('SEROLOGY', { test: 'HBSAG', result: 'NON_REACTIVE' }, '2026-11-12', DOCS.serology),
  fact('VIRAL_LOAD', { virus: 'HBV', detected: false }, '2026-11-12', DOCS.serology),
  fact('LIFE_EXPECTANCY', { weeks: 24 }),
  lab('anc', 1.5, '10*9/L'),
  lab('haemoglobin', 110, 'g/L'),
  lab('platelets', 150, '10*9/L'),
  lab('creatinine', 0.9, 'mg/dL', 1.2),
  fact('LAB', { analyte: 'inr', value: 1.1, unit: '{INR}', referenceRange: { low: 0.8, high: 1.2 } }, '2026-11-18', DOCS.labs),
];

/** Row ids are made up but stable: the fact's position in the list. */
export const exportedFacts = (): ExportedFact[] =>
  facts.map((item, index) => ({ id: `00000000-0000-4000-a000-${String(index + 1).padStart(12, '0')}`, fact: item }));
