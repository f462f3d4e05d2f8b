import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resources } from '../i18n/resources';
import { CLAUSE_KINDS, describeClause, FACTS, MODIFIER_KINDS, PARSE_ERROR_CODES, readCriteria, refusedCriterion } from './criteria-view';

/** The worked example of docs/criteria-language.md: every clause the language documents there. */
function workedExample(): string {
  const doc = readFileSync(join(__dirname, '..', '..', '..', '..', 'docs', 'criteria-language.md'), 'utf8');
  const start = doc.indexOf('## Worked example');
  return /```json\n([\s\S]*?)```/.exec(doc.slice(start))![1];
}

describe('the criteria editor reads criteria JSON as it is typed', () => {
  it('renders every criterion of the documented example, each clause in words with its threshold and unit', () => {
    const reading = readCriteria(workedExample());
    if (reading.kind !== 'criteria') throw new Error(`not read: ${JSON.stringify(reading)}`);
    expect(reading.criteria.map((criterion) => criterion.id)).toEqual([
      'age',
      'myeloma',
      'triple-class',
      'bcma',
      'anc',
      'creatinine',
      'bilirubin',
      'pregnancy',
      'hbv',
      'syphilis',
      'washout',
      'prior-bcma',
      'cns',
      'ecog',
      'investigator',
    ]);
    const clauses = reading.criteria.flatMap((criterion) => [...criterion.appliesWhen, ...criterion.rule]).filter((row) => row.clause);
    // Nothing the documented language writes is left undescribed.
    expect(clauses.filter((row) => row.clause!.kind === 'unknown')).toEqual([]);
    const byId = Object.fromEntries(reading.criteria.map((criterion) => [criterion.id, criterion]));
    expect(byId.age.rule).toEqual([
      { path: 'criteria[0].rule', depth: 0, logic: 'all' },
      { path: 'criteria[0].rule.all[0]', depth: 1, clause: expect.objectContaining({ kind: 'fact', values: { op: '≥', value: '18' } }) },
      { path: 'criteria[0].rule.all[1]', depth: 1, clause: expect.objectContaining({ kind: 'fact', values: { op: '≤', value: '75' } }) },
    ]);
    expect(byId.creatinine.rule[0].clause).toMatchObject({ kind: 'lab', values: { lab: '2160-0', op: '≤', value: '1.5', unit: 'mg/dL' } });
    expect(byId.bilirubin.rule[0].clause).toMatchObject({ kind: 'labUln', values: { lab: 'bilirubin', op: '≤', value: '1.5' } });
    expect(byId.ecog.rule[0].clause).toMatchObject({ kind: 'fact', modifiers: [{ kind: 'withinDays', values: { days: '14' } }] });
    expect(byId.ecog.rule[0].clause!.terms).toEqual({ fact: { key: 'office.criteria.facts.ecog', raw: 'ecog' } });
    expect(byId.bcma.rule[0].clause).toMatchObject({
      kind: 'markerResult',
      values: { marker: 'bcma' },
      modifiers: [{ kind: 'method', values: { method: 'FLOW' } }],
    });
    expect(byId.pregnancy.appliesWhen).toEqual([{ path: 'criteria[7].appliesWhen', depth: 0, clause: expect.objectContaining({ kind: 'sex' }) }]);
    expect(byId['prior-bcma'].rule[0].clause).toMatchObject({ kind: 'received', values: { therapies: 'CAR_T, BISPECIFIC_ANTIBODY, ANTIBODY_DRUG_CONJUGATE' } });
    expect(byId.syphilis.rule[0].clause).toMatchObject({
      kind: 'serology',
      values: { test: 'TP-Ab' },
      terms: { result: { key: 'office.criteria.serologyResult.REACTIVE', raw: 'REACTIVE' } },
    });
    expect(byId.investigator).toMatchObject({ mode: 'manual', rule: [], kind: 'EXCLUSION' });
    expect(byId.anc.mode).toBe('automatic');
  });

  it('names a JSON error with its line and column', () => {
    const reading = readCriteria('{\n  "criteria": [\n    { "id": "age" "kind": "INCLUSION" }\n  ]\n}');
    expect(reading).toEqual({ kind: 'parseError', errors: [expect.objectContaining({ code: 'CommaExpected', line: 3, column: 19 })] });
  });

  it('says when valid JSON is not a criteria document, and keeps clauses it cannot read for the API to judge', () => {
    expect(readCriteria('[1, 2]')).toEqual({ kind: 'notCriteria' });
    expect(describeClause({ bloodGroup: 'A' })).toEqual({ kind: 'unknown', values: { json: '{"bloodGroup":"A"}' }, modifiers: [] });
    expect(describeClause({ fact: 'age', op: '=>', value: 18 }).values.op).toBe('=>');
  });

  it('finds the criterion an API refusal names by its path', () => {
    expect(refusedCriterion('criteria[2].rule.unit: Creatinine is not measured in this unit')).toBe(2);
    expect(refusedCriterion('Something went wrong: criteria[11].rule.any[0].lab: unknown analyte')).toBe(11);
    expect(refusedCriterion('version: must be a positive integer')).toBeNull();
  });

  it('has words for every clause, qualifier, fact and JSON error in both languages', () => {
    for (const language of ['en', 'zh-CN'] as const) {
      const office = (resources[language].translation as { office: { criteria: Record<string, Record<string, string>> } }).office.criteria;
      const missing = [
        ...CLAUSE_KINDS.filter((kind) => !office.clause?.[kind]).map((kind) => `clause.${kind}`),
        ...MODIFIER_KINDS.filter((kind) => !office.modifier?.[kind]).map((kind) => `modifier.${kind}`),
        ...FACTS.filter((fact) => !office.facts?.[fact]).map((fact) => `facts.${fact}`),
        ...PARSE_ERROR_CODES.filter((code) => !office.parseError?.[code]).map((code) => `parseError.${code}`),
      ];
      expect({ language, missing }).toEqual({ language, missing: [] });
    }
  });
});
