// The typed form of each summary fact kind the console edits: its fields and how the form's text becomes
// the fact JSON addSummaryFact / correctSummaryFact take (docs/criteria-language.md). The API validates.

import type { TFunction } from 'i18next';

export type FieldType = 'number' | 'text' | 'date' | 'choice' | 'list';
export interface FactField {
  name: string;
  type: FieldType;
  required?: boolean;
  /** For a choice: the values the API accepts. */
  options?: readonly string[];
}

export const FACT_FORMS = {
  DIAGNOSIS: [
    { name: 'icd10', type: 'text', required: true },
    { name: 'description', type: 'text' },
  ],
  HISTOLOGY: [
    { name: 'morphology', type: 'text', required: true },
    { name: 'description', type: 'text' },
  ],
  STAGE: [
    { name: 'stage', type: 'text', required: true },
    { name: 'system', type: 'text' },
  ],
  ECOG: [{ name: 'value', type: 'choice', required: true, options: ['0', '1', '2', '3', '4', '5'] }],
  KARNOFSKY: [{ name: 'value', type: 'number', required: true }],
  // In weeks or in months, as the letter words it: the API takes exactly one.
  LIFE_EXPECTANCY: [
    { name: 'weeks', type: 'number' },
    { name: 'months', type: 'number' },
  ],
  LAB: [
    { name: 'analyte', type: 'text', required: true },
    { name: 'value', type: 'number', required: true },
    { name: 'unit', type: 'text', required: true },
  ],
  MARKER: [
    { name: 'marker', type: 'text', required: true },
    { name: 'method', type: 'choice', required: true, options: ['IHC', 'FLOW', 'PCR', 'NGS', 'FISH', 'ISH'] },
    { name: 'result', type: 'choice', required: true, options: ['POSITIVE', 'NEGATIVE', 'EQUIVOCAL'] },
    { name: 'percentPositive', type: 'number' },
  ],
  HER2: [{ name: 'status', type: 'choice', required: true, options: ['POSITIVE', 'NEGATIVE', 'EQUIVOCAL'] }],
  LINE_OF_THERAPY: [
    { name: 'drugs', type: 'list', required: true },
    { name: 'start', type: 'date', required: true },
    { name: 'end', type: 'date' },
    { name: 'bestResponse', type: 'choice', required: true, options: ['CR', 'PR', 'SD', 'PD', 'NOT_EVALUABLE'] },
    { name: 'reasonStopped', type: 'choice', required: true, options: ['COMPLETED', 'PROGRESSION', 'TOXICITY', 'OTHER', 'ONGOING'] },
  ],
  SEX: [{ name: 'sex', type: 'choice', required: true, options: ['female', 'male'] }],
  WEIGHT: [
    { name: 'value', type: 'number', required: true },
    { name: 'unit', type: 'choice', required: true, options: ['kg', 'g', '[lb_av]'] },
  ],
  HEIGHT: [
    { name: 'value', type: 'number', required: true },
    { name: 'unit', type: 'choice', required: true, options: ['cm', 'm', '[in_i]'] },
  ],
  LVEF: [{ name: 'value', type: 'number', required: true }],
  SPO2: [{ name: 'value', type: 'number', required: true }],
  SEROLOGY: [
    { name: 'test', type: 'text', required: true },
    { name: 'result', type: 'choice', required: true, options: ['REACTIVE', 'NON_REACTIVE', 'INDETERMINATE'] },
  ],
  IMAGING: [
    { name: 'modality', type: 'choice', required: true, options: ['CT', 'PET_CT', 'MRI', 'OTHER'] },
    { name: 'measurableDisease', type: 'choice', required: true, options: ['true', 'false'] },
  ],
} as const satisfies Record<string, readonly FactField[]>;

export type FactKind = keyof typeof FACT_FORMS;
export const FACT_KINDS = Object.keys(FACT_FORMS) as FactKind[];

/** The fact JSON from the form's text: numbers as numbers, lists split on commas, empty optional fields left out. */
export function factFromForm(kind: FactKind, values: Record<string, string>, observedOn: string, sourceDocumentId: string): Record<string, unknown> {
  const fact: Record<string, unknown> = { kind, observedOn, sourceDocumentId };
  for (const field of FACT_FORMS[kind] as readonly FactField[]) {
    const raw = (values[field.name] ?? '').trim();
    if (!raw) continue;
    if (field.type === 'number' || (field.type === 'choice' && field.name === 'value')) fact[field.name] = Number(raw);
    else if (field.type === 'list')
      fact[field.name] = raw
        .split(/[,，]/)
        .map((part) => part.trim())
        .filter(Boolean);
    else if (raw === 'true' || raw === 'false') fact[field.name] = raw === 'true';
    else fact[field.name] = raw;
  }
  return fact;
}

/** The form's text from a stored fact (to correct it). */
export function formFromFact(kind: FactKind, fact: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of FACT_FORMS[kind] as readonly FactField[]) {
    const value = fact[field.name];
    if (value === undefined || value === null) continue;
    values[field.name] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return values;
}

/**
 * A fact's own fields in one line, in the reader's language (for the summary's tables and its buttons'
 * names): the form's fields first in the form's order, named by the form's labels, choices by their names.
 */
export function describeFact(fact: Record<string, unknown>, t: TFunction): string {
  const fields = (FACT_FORMS[fact.kind as FactKind] ?? []) as readonly FactField[];
  const known = fields.map((field) => field.name).filter((name) => name in fact);
  const rest = Object.keys(fact).filter((name) => !known.includes(name) && !['kind', 'observedOn', 'sourceDocumentId'].includes(name));
  return [...known, ...rest]
    .map((name) => {
      const value = fact[name];
      const field = fields.find((candidate) => candidate.name === name);
      const shown = Array.isArray(value)
        ? value.join(', ')
        : typeof value === 'object' && value !== null
          ? JSON.stringify(value)
          : field?.type === 'choice' || typeof value === 'boolean'
            ? t(`records.factOption.${String(value)}`, { defaultValue: String(value) })
            : String(value);
      return t('records.summary.factPart', { field: t(`records.factField.${name}`, { defaultValue: name }), value: shown });
    })
    .join(' · ');
}
