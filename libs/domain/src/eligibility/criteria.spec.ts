import { canonicalThreshold, criterionMode, InvalidCriteria, parseCriteria } from './criteria';
import { SEED_TRIALS } from './seed-trials';

const one = (rule: unknown, extra: object = {}) => ({ version: 1, criteria: [{ id: 'c', kind: 'INCLUSION', text: 'the line', rule, ...extra }] });

describe('parseCriteria', () => {
  it('accepts every seeded trial, unchanged, and parsing is idempotent', () => {
    for (const seed of SEED_TRIALS) {
      const parsed = parseCriteria(JSON.parse(JSON.stringify(seed.criteria)));
      expect(parsed).toEqual(seed.criteria);
      expect(parseCriteria(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
    }
  });

  it('normalises analytes, markers and units, converting thresholds to the canonical unit', () => {
    const parsed = parseCriteria({
      version: 1,
      criteria: [
        { id: 'cr', kind: 'INCLUSION', text: 't', rule: { lab: '2160-0', op: '<=', value: 1.5, unit: 'mg/dl' } },
        { id: 'anc', kind: 'INCLUSION', text: 't', rule: { lab: 'ANC', op: '>=', value: 1000, unit: 'cells/µL' } },
        { id: 'bcma', kind: 'INCLUSION', text: 't', rule: { marker: 'bcma', method: 'FLOW', result: 'POSITIVE' } },
        { id: 'syphilis', kind: 'EXCLUSION', text: 't', rule: { serology: 'TP-Ab', result: 'REACTIVE' } },
        { id: 'hbeag', kind: 'EXCLUSION', text: 't', rule: { serology: '13954-3', result: 'REACTIVE' } },
      ],
    });
    expect(parsed.criteria.map((criterion) => criterion.rule)).toEqual([
      { lab: 'creatinine', op: '<=', value: 1.5, unit: 'mg/dL' },
      { lab: 'anc', op: '>=', value: 1000, unit: '/uL' },
      { marker: 'TNFRSF17', method: 'FLOW', result: 'POSITIVE' },
      { serology: 'TP_AB', result: 'REACTIVE' },
      { serology: 'HBEAG', result: 'REACTIVE' },
    ]);
    expect(canonicalThreshold(parsed.criteria[0].rule as never)).toBe(132.6);
    expect(canonicalThreshold(parsed.criteria[1].rule as never)).toBe(1);
  });

  it('accepts conditions nested 16 groups deep', () => {
    const deep = Array.from({ length: 16 }).reduce<object>((inner) => ({ not: inner }), { fact: 'ecog', op: '<=', value: 1 });
    expect(() => parseCriteria(one(deep))).not.toThrow();
  });

  it('has a manual form, MANUAL by mode, a structured rule otherwise', () => {
    const parsed = parseCriteria(one({ manual: true }, { note: 'investigator judgement' }));
    expect(criterionMode(parsed.criteria[0])).toBe('MANUAL');
    expect(criterionMode(SEED_TRIALS[0].criteria.criteria[0])).toBe('STRUCTURED');
  });

  it.each([
    [one({ fact: 'age', op: '>=', value: -18 }), 'criteria[0].rule.value', 'age must be at least 0'],
    [one({ fact: 'age', op: '<=', value: 150 }), 'criteria[0].rule.value', 'age must be at most 120'],
    [one({ fact: 'ecog', op: '<=', value: 1.5 }), 'criteria[0].rule.value', 'ecog must be a whole number'],
    [one({ marker: 'CLDN18.2', method: 'IHC', op: '>=', percent: 150 }), 'criteria[0].rule.percent', 'percent must be at most 100'],
    [one({ lab: 'alt', op: '<', timesUpperLimit: -3 }), 'criteria[0].rule.timesUpperLimit', 'a multiple of the upper limit of normal must be above zero'],
    [one({ fact: 'ecog', op: '<=', value: 1, withinDays: -7 }), 'criteria[0].rule.withinDays', 'withinDays must be above zero'],
    [one({ fact: 'ecog', op: '<=', value: 1, withinDays: 2.5 }), 'criteria[0].rule.withinDays', 'withinDays must be a whole number'],
    [one({ lab: 'creatinine', op: '<=', value: 1.5 }), 'criteria[0].rule.unit', 'a threshold needs its unit (UCUM), e.g. umol/L or mg/dL or mmol/L'],
    [
      one({ lab: 'creatinine', op: '<=', value: 1.5, unit: 'g/L' }),
      'criteria[0].rule.unit',
      'Creatinine is not measured in this unit; use umol/L, mg/dL, mmol/L',
    ],
    [
      one({ lab: 'creatinine', op: '<=', value: 1.5, unit: 'umol/L' }),
      'criteria[0].rule.value',
      'implausible for Creatinine: expected 10 µmol/L to 2500 µmol/L (is the unit right?)',
    ],
    [
      one({ marker: 'CD-nineteen', result: 'POSITIVE' }),
      'criteria[0].rule.marker',
      'unknown antigen or gene; use its HGNC symbol or a known alias (docs/criteria-language.md, Antigens)',
    ],
    [
      one({
        all: [
          { fact: 'age', op: '>=', value: 18 },
          { lab: 'ancc', op: '>=', value: 1, unit: '10*9/L' },
        ],
      }),
      'criteria[0].rule.all[1].lab',
      'unknown analyte; name it by Carta name or LOINC code (docs/criteria-language.md, Labs)',
    ],
    [one({ fact: 'age', op: '=>', value: 18 }), 'criteria[0].rule.op', 'must be one of > >= < <='],
    [
      one({ lab: 'alt', op: '<', value: 1, unit: 'U/L', timesUpperLimit: 3 }),
      'criteria[0].rule',
      'a lab condition takes exactly one of value (with unit) or timesUpperLimit',
    ],
    [one({ fact: 'age', op: '>=', value: 18, unit: 'y' }), 'criteria[0].rule', 'unknown field "unit" in a fact condition'],
    [one({ since: 'LAST_CHEMOTHERAPY', op: '>=', days: 0 }), 'criteria[0].rule.days', 'days must be above zero'],
    [one({ score: 'CHILD_PUGH', op: '<=', value: 20 }), 'criteria[0].rule.value', 'Child–Pugh score ranges 5 to 15'],
    [one({ infection: 'HBV', status: 'MAYBE' }), 'criteria[0].rule.status', 'must be one of ACTIVE, CHRONIC_CONTROLLED, RESOLVED, NEGATIVE'],
    [
      one({ serology: 'VDRL-ish', result: 'REACTIVE' }),
      'criteria[0].rule.serology',
      'unknown serology test; use one of HBSAG, ANTI_HBC, HBEAG, ANTI_HBS, HCV_AB, HIV_AG_AB, TP_AB (or its name or LOINC code)',
    ],
    [one({ serology: 'HBsAg', result: 'POSITIVE' }), 'criteria[0].rule.result', 'must be one of REACTIVE, NON_REACTIVE'],
    [
      one(Array.from({ length: 17 }).reduce<object>((inner) => ({ not: inner }), { fact: 'ecog', op: '<=', value: 1 })),
      `criteria[0].rule${'.not'.repeat(17)}`,
      'conditions nest at most 16 groups deep',
    ],
    [
      { version: 1, criteria: [{ id: 'a', kind: 'INCLUSION', text: 'ECOG\u0000 0–1', rule: { manual: true } }] },
      'criteria[0].text',
      'must not contain control characters',
    ],
    [one({ manual: true }, { note: 'bell\u0007' }), 'criteria[0].note', 'must not contain control characters'],
    [one({ any: [{ manual: true }] }), 'criteria[0].rule.any[0]', 'manual is a whole rule ({ "manual": true }), not a part of a condition'],
    [one({ manual: true, why: 'x' }), 'criteria[0].rule', 'a manual rule is exactly { "manual": true }'],
    [one({ flag: 'priorCarT' }), 'criteria[0].rule.flag', 'flags are gone: use received, condition, infection or diseaseStatusIn (docs/criteria-language.md)'],
    [{ version: 1, criteria: [{ id: 'a', kind: 'MAYBE', text: 't', rule: { her2: 'NEGATIVE' } }] }, 'criteria[0].kind', 'must be INCLUSION or EXCLUSION'],
  ])('refuses an impossible clause with its path (%#)', (input, path, problem) => {
    expect(() => parseCriteria(input)).toThrow(new InvalidCriteria(path, problem));
  });
});
