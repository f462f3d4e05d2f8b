import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCS, TODAY } from './facts.fixture';
import { FACT_FIELDS, InvalidSummaryFact, parseSummaryFact, summaryOf, TYPED_FACT_KINDS } from './oncology-summary.rules';

const context = { today: TODAY, caseDiagnosisIcd10: 'C16.9' };
const base = { observedOn: '2026-11-18', sourceDocumentId: DOCS.labs };
const parse = (raw: object) => parseSummaryFact({ ...base, ...raw }, context);

describe('parseSummaryFact', () => {
  it("accepts a reporting lab's own range in the unit of the value (ALT ULN 0.68 µkat/L is 41 U/L)", () => {
    expect(parse({ kind: 'LAB', analyte: 'alt', value: 3.0, unit: 'ukat/L', referenceRange: { high: 0.68 } })).toMatchObject({
      referenceRange: { high: 0.68 },
    });
  });

  it('accepts a lab by LOINC code in any accepted spelling, stored by Carta name and UCUM unit', () => {
    expect(parse({ kind: 'LAB', analyte: '2160-0', value: 1.2, unit: 'mg/dl', referenceRange: { low: 0.6, high: 1.2 } })).toEqual({
      ...base,
      kind: 'LAB',
      analyte: 'creatinine',
      value: 1.2,
      unit: 'mg/dL',
      referenceRange: { low: 0.6, high: 1.2 },
    });
    expect(parse({ kind: 'MARKER', marker: 'bcma', method: 'FLOW', result: 'POSITIVE', percentPositive: 80 })).toMatchObject({ marker: 'TNFRSF17' });
  });

  it.each([
    [{ kind: 'LAB', analyte: 'creatinine', value: 1.0, unit: 'umol/L' }, 'lab.value', /^lab.value: implausible for Creatinine/],
    [{ kind: 'LAB', analyte: 'creatinine', value: 1.0, unit: 'g/L' }, 'lab.unit', /not measured in this unit/],
    [
      { kind: 'LAB', analyte: 'alt', value: 50, unit: 'U/L', referenceRange: { high: -40 } },
      'lab.referenceRange.high',
      /upper limit of normal must be above zero/,
    ],
    [
      { kind: 'LAB', analyte: 'creatinine', value: 1.2, unit: 'mg/dL', referenceRange: { high: 110 } },
      'lab.referenceRange.high',
      /implausible for Creatinine in the unit of the value/,
    ],
    [{ kind: 'LAB', analyte: 'troponin Z', value: 1, unit: 'ng/L' }, 'lab.analyte', /unknown analyte/],
    [{ kind: 'LAB', analyte: 'anc', value: 1.5, unit: '10*9/L', observedOn: '2026-11-23' }, 'lab.observedOn', /is after today/],
    [{ kind: 'LAB', analyte: 'anc', value: 1.5, unit: '10*9/L', observedOn: '2026-02-30' }, 'lab.observedOn', /not a calendar date/],
    [{ kind: 'ECOG', value: 1.5 }, 'ecog.value', /ECOG must be a whole number/],
    [{ kind: 'ECOG', value: 6 }, 'ecog.value', /between 0 and 5/],
    [{ kind: 'ECOG', value: 1, observedOn: undefined }, 'ecog.observedOn', /is required/],
    [{ kind: 'KARNOFSKY', value: 75 }, 'karnofsky.value', /steps of 10/],
    [{ kind: 'MARKER', marker: 'CLDN18.2', method: 'IHC', result: 'POSITIVE', percentPositive: 150 }, 'marker.percentPositive', /between 0 and 100/],
    [{ kind: 'MARKER', marker: 'CD-nineteen', method: 'IHC', result: 'POSITIVE' }, 'marker.marker', /unknown antigen/],
    [{ kind: 'DIAGNOSIS', icd10: 'C90.0' }, 'diagnosis.icd10', /another ICD-10 category than the case's diagnosis/],
    [{ kind: 'BIRTH_DATE', birthDate: '1890-01-01' }, 'birthDate.birthDate', /before 1900/],
    [{ kind: 'WEIGHT', value: 700, unit: 'kg' }, 'weight.value', /between 1 and 400 kg/],
    [{ kind: 'PRIOR_THERAPY_EVENT', therapy: 'CAR_T', status: 'RECEIVED' }, 'priorTherapyEvent.date', /is required/],
    [{ kind: 'PRIOR_THERAPY_EVENT', therapy: 'CAR_T', status: 'RECEIVED', date: '2026-11-20' }, 'priorTherapyEvent.date', /after observedOn/],
    [{ kind: 'VIRAL_LOAD', virus: 'HIV', detected: true, value: 100, unit: 'IU/mL' }, 'viralLoad.unit', /not measured in this unit/],
    [{ kind: 'VIRAL_LOAD', virus: 'HBV', detected: true, value: 1e12, unit: 'copies/mL' }, 'viralLoad.value', /implausible for HBV DNA/],
    [{ kind: 'SCORE', score: 'CHILD_PUGH', value: 4 }, 'score.value', /ranges 5 to 15/],
    [{ kind: 'AGE', value: 55 }, 'kind', /unknown kind/],
    [{ kind: 'ECOG', value: 1, age: 55 }, 'ecog.age', /unknown field/],
    [{ kind: 'LIFE_EXPECTANCY', weeks: 12, months: 3 }, 'lifeExpectancy.weeks', /in weeks or in months \(one of them\)/],
    [
      { kind: 'LAB', analyte: 'alt', value: 3.0, unit: 'ukat/L', referenceRange: { high: 41 } },
      'lab.referenceRange.high',
      /implausible as the upper limit of normal for ALT: 2460 U\/L, where labs give about 40 U\/L/,
    ],
    [{ kind: 'LIFE_EXPECTANCY' }, 'lifeExpectancy.weeks', /in weeks or in months/],
    [{ kind: 'LIFE_EXPECTANCY', months: 200 }, 'lifeExpectancy.months', /between 0 and 120/],
    [{ kind: 'LAB', analyte: 'alt', value: 30, unit: 'U/L', referenceHigh: 40 }, 'lab.referenceHigh', /its fields: analyte, value, unit, referenceRange$/],
    [{ kind: 'lab', analyte: 'alt', value: 30, unit: 'U/L' }, 'kind', /^kind: unknown kind; use one of SEX, WEIGHT, .*IMAGING$/],
    [{ kind: 'ECOG', value: 1, sourceDocumentId: 'doc-1' }, 'ecog.sourceDocumentId', /UUID/],
  ])('refuses nonsense with the path of the field (%#)', (raw, path, message) => {
    let error: unknown;
    try {
      parse(raw);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidSummaryFact);
    expect((error as InvalidSummaryFact).path).toBe(path);
    expect((error as InvalidSummaryFact).code).toBe('BAD_USER_INPUT');
    expect((error as Error).message).toMatch(message);
  });

  it('never repeats the refused value in the message', () => {
    expect(() => parse({ kind: 'LAB', analyte: 'creatinine', value: 1.234567, unit: 'umol/L' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('1.234567') }),
    );
  });

  it('accepts a diagnosis in another category when it says why', () => {
    expect(parse({ kind: 'DIAGNOSIS', icd10: 'C90.0', discrepancyNote: 'case opened for gastric cancer; marrow biopsy showed myeloma' })).toMatchObject({
      icd10: 'C90.0',
    });
  });

  it('assembles the summary newest first, with no typed age', () => {
    const summary = summaryOf('case-1', [parse({ kind: 'ECOG', value: 1, observedOn: '2026-10-01' }), parse({ kind: 'ECOG', value: 2 })]);
    expect(summary.facts.map((fact) => fact.observedOn)).toEqual(['2026-11-18', '2026-10-01']);
    expect(summary).not.toHaveProperty('age');
  });
});

describe('docs/criteria-language.md, "Summary facts"', () => {
  it('lists every kind a person adds, each with every field the parser takes', () => {
    const doc = readFileSync(join(__dirname, '../../../../docs/criteria-language.md'), 'utf8');
    const rows = doc.slice(doc.indexOf('## Summary facts'), doc.indexOf('## Worked example')).split('\n');
    const undocumented = TYPED_FACT_KINDS.flatMap((kind) => {
      const row = rows.find((line) => line.startsWith(`| \`${kind}\``));
      return row ? FACT_FIELDS[kind].filter((field) => !row.includes(`\`${field}\``)).map((field) => `${kind}.${field}`) : [kind];
    });
    expect(undocumented).toEqual([]);
    expect(TYPED_FACT_KINDS).not.toContain('BIRTH_DATE');
  });
});
