import { cockcroftGault, LabResult, LabUnitError, standardiseLab } from './lab-standardisation';

const lab = (analyte: LabResult['analyte'], value: number, unit: string, high?: number): LabResult => ({
  analyte,
  value,
  unit,
  referenceRange: high === undefined ? undefined : { high },
  collectedOn: '2026-11-20',
  sourceDocumentId: 'doc-labs',
});

describe('lab standardisation', () => {
  it.each([
    ['creatinine mg/dL × 88.4 = µmol/L', lab('creatinine', 1.2, 'mg/dL'), 106.08, 'µmol/L'],
    ['creatinine already in µmol/L', lab('creatinine', 97, 'umol/L'), 97, 'µmol/L'],
    ['bilirubin mg/dL × 17.1 = µmol/L', lab('bilirubin', 0.8, 'mg/dL'), 13.68, 'µmol/L'],
    ['haemoglobin g/dL × 10 = g/L', lab('haemoglobin', 7.2, 'g/dL'), 72, 'g/L'],
    ['haemoglobin already in g/L', lab('haemoglobin', 95, 'g/L'), 95, 'g/L'],
    ['ANC ×10³/µL = ×10⁹/L', lab('anc', 1.1, 'K/uL'), 1.1, '10^9/L'],
    ['platelets ×10³/µL = ×10⁹/L', lab('platelets', 75, '10^3/µL'), 75, '10^9/L'],
    ['ALC in ×10⁹/L spelled x10^9/L', lab('alc', 0.3, 'x10^9/L'), 0.3, '10^9/L'],
    ['ALT in IU/L', lab('alt', 40, 'IU/L'), 40, 'U/L'],
  ])('%s', (_name, result, value, unit) => {
    const standardised = standardiseLab(result);
    expect(standardised.normalisedValue).toBe(value);
    expect(standardised.normalisedUnit).toBe(unit);
    expect(standardised.value).toBe(result.value);
    expect(standardised.unit).toBe(result.unit);
  });

  it('computes multiples of the upper limit of normal from the lab’s own range', () => {
    expect(standardiseLab(lab('alt', 120, 'U/L', 40)).timesUpperLimit).toBe(3);
    expect(standardiseLab(lab('creatinine', 1.5, 'mg/dL', 1.0)).timesUpperLimit).toBe(1.5);
    expect(standardiseLab(lab('alt', 120, 'U/L')).timesUpperLimit).toBeNull();
  });

  it('computes Cockcroft–Gault creatinine clearance from any creatinine unit', () => {
    // (140 − 60) × 70 ÷ (72 × 1.0) = 77.8 mL/min; × 0.85 for a woman = 66.1
    expect(cockcroftGault({ ageYears: 60, weightKg: 70, sex: 'male', creatinine: lab('creatinine', 1.0, 'mg/dL') })).toBe(77.8);
    expect(cockcroftGault({ ageYears: 60, weightKg: 70, sex: 'female', creatinine: lab('creatinine', 1.0, 'mg/dL') })).toBe(66.1);
    expect(cockcroftGault({ ageYears: 60, weightKg: 70, sex: 'male', creatinine: lab('creatinine', 88.4, 'µmol/L') })).toBe(77.8);
  });

  it('refuses unknown units and analytes with a clear error', () => {
    expect(() => standardiseLab(lab('creatinine', 1, 'mmol/L'))).toThrow(new LabUnitError('creatinine', 'mmol/L', 'unknown unit; accepted: µmol/L, mg/dL'));
    expect(() => standardiseLab({ ...lab('anc', 1, '10^9/L'), analyte: 'troponin' as never })).toThrow(/unknown analyte/);
    expect(() => standardiseLab(lab('anc', -1, '10^9/L'))).toThrow(/non-negative/);
  });
});
