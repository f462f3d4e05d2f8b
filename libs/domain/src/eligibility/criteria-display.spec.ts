import { parseCriteria } from './criteria';
import { displayCriterion } from './criteria-display';

describe('criteria as a console shows them', () => {
  const [age, creatinine, pregnancy, investigator] = parseCriteria({
    version: 1,
    criteria: [
      {
        id: 'age',
        kind: 'INCLUSION',
        text: 'Aged 18 to 75',
        rule: {
          all: [
            { fact: 'age', op: '>=', value: 18 },
            { fact: 'age', op: '<=', value: 75 },
          ],
        },
      },
      { id: 'creatinine', kind: 'INCLUSION', text: 'Creatinine ≤ 1.5 mg/dL', rule: { lab: '2160-0', op: '<=', value: 1.5, unit: 'mg/dL', withinDays: 14 } },
      {
        id: 'pregnancy',
        kind: 'EXCLUSION',
        text: 'Pregnant or breastfeeding',
        appliesWhen: { sex: 'female' },
        rule: { any: [{ condition: 'PREGNANCY' }, { condition: 'BREASTFEEDING' }] },
      },
      { id: 'investigator', kind: 'EXCLUSION', text: 'Investigator judgement', rule: { manual: true }, note: 'no structured equivalent' },
    ],
  }).criteria;

  it('flattens all / any groups into rows that name their group, with fact, operator, value and unit', () => {
    expect(displayCriterion(age)).toMatchObject({
      manual: false,
      ruleText: 'all of (age ≥ 18; age ≤ 75)',
      checks: [
        { path: 'rule', groupPath: null, logic: 'ALL', fact: null },
        { path: 'rule.all.0', groupPath: 'rule', logic: null, fact: 'age', operator: '>=', value: '18', unit: null },
        { path: 'rule.all.1', groupPath: 'rule', fact: 'age', operator: '<=', value: '75' },
      ],
    });
    expect(displayCriterion(creatinine).checks).toEqual([
      expect.objectContaining({
        fact: 'lab creatinine',
        operator: '<=',
        value: '1.5',
        unit: 'mg/dL',
        withinDays: 14,
        text: 'creatinine ≤ 1.5 mg/dL (within 14 days)',
      }),
    ]);
  });

  it('shows the condition a line applies under before its rule, and a manual line as assessed by the team', () => {
    const shown = displayCriterion(pregnancy);
    expect(shown.appliesWhenText).toBe('sex is female');
    expect(shown.checks.map((check) => check.path)).toEqual(['appliesWhen', 'rule', 'rule.any.0', 'rule.any.1']);
    expect(displayCriterion(investigator)).toMatchObject({
      manual: true,
      checks: [],
      note: 'no structured equivalent',
      ruleText: expect.stringMatching(/assessed by the team/),
    });
  });
});
