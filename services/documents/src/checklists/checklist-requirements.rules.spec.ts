import { RECORD_KINDS, RecordKind } from '@carta/contracts';
import { evaluateChecklist, RecordOnFile } from './checklist-evaluation.rules';
import { isHaematologic, notApplicableRefusal, PRIOR_THERAPY_UNKNOWN, recordRequirements } from './checklist-requirements.rules';

const record = (kind: RecordKind, recordDate = '2026-11-01'): RecordOnFile => ({
  kind,
  versionId: `v-${kind}`,
  recordDate,
  language: 'en',
  hasEnglishTranslation: false,
});
const except = (...left: RecordKind[]) => RECORD_KINDS.filter((kind) => !left.includes(kind)).map((kind) => record(kind));

describe('recordRequirements', () => {
  it('tells blood cancers (C81–C96, D45–D47) from solid tumours by ICD-10 category', () => {
    for (const code of ['C81.1', 'C83.3', 'C90.0', 'C91.0', 'C96', 'D45', 'D46.9', 'D47.1']) expect(isHaematologic(code)).toBe(true);
    for (const code of ['C16.9', 'C71', 'C80', 'C97', 'D44.9', 'D48', 'C34.1']) expect(isHaematologic(code)).toBe(false);
  });

  it('requires flow cytometry for a lymphoma and not for a gastric cancer, saying why', () => {
    expect(recordRequirements({ icd10: 'C83.3', priorCellularTherapy: false }).FLOW_CYTOMETRY).toEqual({
      required: true,
      reason: expect.stringContaining('blood cancer'),
    });
    expect(recordRequirements({ icd10: 'C16.9', priorCellularTherapy: false }).FLOW_CYTOMETRY).toEqual({
      required: false,
      reason: expect.stringContaining('solid tumour (C16.9)'),
    });
  });

  it('requires the prior cellular therapy record when there was one, or while that is unknown (fail closed)', () => {
    expect(recordRequirements({ icd10: 'C16.9', priorCellularTherapy: true }).PRIOR_CELLULAR_THERAPY.required).toBe(true);
    expect(recordRequirements({ icd10: 'C16.9', priorCellularTherapy: false }).PRIOR_CELLULAR_THERAPY).toMatchObject({ required: false });
    expect(recordRequirements({ icd10: 'C16.9', priorCellularTherapy: null }).PRIOR_CELLULAR_THERAPY).toEqual({
      required: true,
      reason: PRIOR_THERAPY_UNKNOWN,
    });
  });

  it('requires everything without a profile', () => {
    expect(Object.values(recordRequirements(null)).every((requirement) => requirement.required)).toBe(true);
  });

  it('lets only case-dependent kinds be marked not applicable', () => {
    expect(notApplicableRefusal('IMAGING')).toBeNull();
    expect(notApplicableRefusal('PATHOLOGY_REPORT')).toMatch(/^kind: PATHOLOGY_REPORT .* cannot be marked not applicable/);
  });
});

describe('evaluateChecklist over the items that apply', () => {
  const gastric = recordRequirements({ icd10: 'C16.9', priorCellularTherapy: false });

  it('is COMPLETE for a gastric cancer without flow cytometry or prior therapy records, which never count as missing', () => {
    const evaluation = evaluateChecklist(except('FLOW_CYTOMETRY', 'PRIOR_CELLULAR_THERAPY'), '2026-11-02', { requirements: gastric });
    expect(evaluation).toMatchObject({ completeness: 'COMPLETE', missing: [], notRequired: ['FLOW_CYTOMETRY', 'PRIOR_CELLULAR_THERAPY'] });
    expect(evaluation.items.find((item) => item.kind === 'FLOW_CYTOMETRY')).toMatchObject({
      status: 'NOT_REQUIRED',
      required: false,
      requirementReason: expect.any(String),
    });
    // Without the profile the same records are only partial: the two kinds would be missing.
    expect(evaluateChecklist(except('FLOW_CYTOMETRY', 'PRIOR_CELLULAR_THERAPY'), '2026-11-02').missing).toEqual(['FLOW_CYTOMETRY', 'PRIOR_CELLULAR_THERAPY']);
  });

  it('never ages a record that does not apply: an old flow cytometry on a solid tumour is not stale and sets no review day', () => {
    const records = [...except('FLOW_CYTOMETRY', 'PRIOR_CELLULAR_THERAPY'), record('FLOW_CYTOMETRY', '2020-01-01')];
    const evaluation = evaluateChecklist(records, '2026-11-02', { requirements: gastric });
    expect(evaluation.stale).toEqual([]);
    expect(evaluation.items.find((item) => item.kind === 'FLOW_CYTOMETRY')).toMatchObject({ status: 'NOT_REQUIRED', staleOn: null });
  });

  it('counts a not-applicable item as neither missing nor stale, however many days pass', () => {
    const records = except('IMAGING');
    const marked = { notApplicable: ['IMAGING'] as RecordKind[] };
    expect(evaluateChecklist(records, '2026-11-02', marked)).toMatchObject({ completeness: 'COMPLETE', missing: [], notApplicable: ['IMAGING'] });
    expect(evaluateChecklist(records, '2026-11-02')).toMatchObject({ completeness: 'PARTIAL', missing: ['IMAGING'] });
    // An imaging record on file but marked not applicable does not turn stale eight weeks on.
    const later = evaluateChecklist([...records, record('IMAGING', '2026-11-01')], '2027-06-01', marked);
    expect(later.items.find((item) => item.kind === 'IMAGING')).toMatchObject({ status: 'NOT_APPLICABLE', staleOn: null });
    expect(later.stale).not.toContain('IMAGING');
  });
});
