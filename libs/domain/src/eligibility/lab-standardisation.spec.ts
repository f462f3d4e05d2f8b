import { formatReported, fromCanonical, inUnit, plausibilityProblem, plausibilityProblemIn, resolveAnalyte, toCanonical, unitProblem } from './analytes';
import { cockcroftGault, LabResult, LabUnitError, standardiseLab } from './lab-standardisation';
import { markerLabel, resolveMarker } from './markers';
import { childPugh } from './scores';
import { formatNumber, formatQuantity, normaliseUnit } from './units';

const lab = (analyte: LabResult['analyte'], value: number, unit: string, high?: number): LabResult => ({
  analyte,
  value,
  unit,
  referenceRange: high === undefined ? undefined : { high },
});

describe('units (UCUM) and per-analyte conversions', () => {
  it.each([
    ['creatinine mg/dL × 88.4 = µmol/L', lab('creatinine', 1.2, 'mg/dL'), 106.08, 'umol/L'],
    ['creatinine already in µmol/L', lab('creatinine', 97, 'umol/L'), 97, 'umol/L'],
    ['bilirubin mg/dL × 17.1 = µmol/L', lab('bilirubin', 0.8, 'mg/dL'), 13.68, 'umol/L'],
    ['haemoglobin g/dL × 10 = g/L', lab('haemoglobin', 7.2, 'g/dL'), 72, 'g/L'],
    ['haemoglobin mmol/L ÷ 0.6206 = g/dL', lab('haemoglobin', 6.206, 'mmol/L'), 100, 'g/L'],
    ['albumin g/dL × 10 = g/L', lab('albumin', 3.5, 'g/dL'), 35, 'g/L'],
    ['ANC ×10³/µL = ×10⁹/L', lab('anc', 1.1, 'K/uL'), 1.1, '10*9/L'],
    ['ANC cells/µL ÷ 1000 = ×10⁹/L', lab('anc', 1500, 'cells/uL'), 1.5, '10*9/L'],
    ['platelets ×10³/µL = ×10⁹/L', lab('platelets', 75, '10^3/µL'), 75, '10*9/L'],
    ['ALC spelled x10^9/L', lab('alc', 0.3, 'x10^9/L'), 0.3, '10*9/L'],
    ['ALT in IU/L', lab('alt', 40, 'IU/L'), 40, 'U/L'],
    ['ALT in µkat/L × 60', lab('alt', 0.5, 'ukat/L'), 30, 'U/L'],
    ['NT-proBNP pmol/L × 8.457', lab('ntProBnp', 10, 'pmol/L'), 84.57, 'pg/mL'],
    ['fibrinogen mg/dL × 0.01', lab('fibrinogen', 300, 'mg/dL'), 3, 'g/L'],
    ['lipase in µkat/L × 60', lab('lipase', 1.5, 'ukat/L'), 90, 'U/L'],
    ['amylase in IU/L', lab('amylase', 85, 'IU/L'), 85, 'U/L'],
    ['urine M-protein g/24 h × 1000', lab('urineMProtein', 0.2, 'g/24h'), 200, 'mg/(24.h)'],
    ['urine M-protein spelled mg/day', lab('urineMProtein', 350, 'mg/day'), 350, 'mg/(24.h)'],
    ['serum M-protein g/dL × 10', lab('mProtein', 1.0, 'g/dL'), 10, 'g/L'],
    ['free kappa mg/dL × 10', lab('freeKappa', 10, 'mg/dL'), 100, 'mg/L'],
  ])('%s', (_name, result, value, unit) => {
    expect(standardiseLab(result)).toMatchObject({ normalisedValue: value, normalisedUnit: unit });
  });

  it('converts both ways and names analytes by Carta name, alias or LOINC code', () => {
    expect(fromCanonical('creatinine', 132.6, 'mg/dL')).toBe(1.5);
    expect(resolveAnalyte('2160-0')).toBe('creatinine');
    expect(resolveAnalyte('ANC')).toBe('anc');
    expect(resolveAnalyte('Hb')).toBe('haemoglobin');
    expect(resolveAnalyte('troponin Z')).toBeUndefined();
    expect(normaliseUnit('umol/l')).toBe('umol/L');
    expect(normaliseUnit('furlongs')).toBeUndefined();
  });

  it('refuses a unit that does not fit the analyte and an unknown unit', () => {
    expect(unitProblem('creatinine', 'g/L')).toBe('Creatinine is not measured in this unit; use umol/L, mg/dL, mmol/L');
    expect(unitProblem('creatinine', 'parsecs')).toMatch(/^unknown unit/);
    expect(unitProblem('hivRna', 'IU/mL')).toBe('HIV-1 RNA is not measured in this unit; use {copies}/mL');
    expect(() => toCanonical('anc', 1, 'mg/dL')).toThrow(RangeError);
  });

  it('takes HBV DNA and HCV RNA in copies/mL, never converted exactly: an interval across assays (0.5–10 copies per IU)', () => {
    expect(unitProblem('hbvDna', 'copies/mL')).toBeUndefined();
    expect(() => toCanonical('hbvDna', 1000, 'copies/mL')).toThrow(/depends on the assay/);
    expect(inUnit('hbvDna', 1000, 'copies/mL', '[IU]/mL')).toEqual([100, 2000]);
    expect(inUnit('hcvRna', 100, 'IU/mL', '{copies}/mL')).toEqual([50, 1000]);
    expect(inUnit('hbvDna', 250, 'IU/mL', 'IU/mL')).toEqual([250, 250]);
    expect(formatReported('hbvDna', 2300, 'copies/mL')).toBe('2300 copies/mL');
    expect(plausibilityProblemIn('hbvDna', 1e12, 'copies/mL')).toMatch(/^implausible for HBV DNA/);
    expect(plausibilityProblemIn('hbvDna', 1e6, 'copies/mL')).toBeUndefined();
  });

  it('knows the pancreatic enzymes and the urine M-protein by LOINC code, with their units and plausibility', () => {
    expect([resolveAnalyte('3040-3'), resolveAnalyte('1798-8'), resolveAnalyte('42482-0'), resolveAnalyte('serum lipase')]).toEqual([
      'lipase',
      'amylase',
      'urineMProtein',
      'lipase',
    ]);
    // A 24-hour urine excretion is a mass per time: a concentration is the wrong measurement, not a conversion.
    expect(unitProblem('urineMProtein', 'mg/dL')).toBe('Urine M-protein is not measured in this unit; use mg/(24.h), g/(24.h)');
    expect(unitProblem('lipase', 'mg/dL')).toMatch(/^Lipase is not measured in this unit/);
    expect(plausibilityProblem('lipase', -5)).toMatch(/^implausible for Lipase/);
    expect(plausibilityProblem('amylase', 60000)).toMatch(/^implausible for Amylase/);
    expect(plausibilityProblem('urineMProtein', toCanonical('urineMProtein', 200, 'g/24h'))).toMatch(/^implausible for Urine M-protein/);
    expect(plausibilityProblem('urineMProtein', toCanonical('urineMProtein', 200, 'mg/24h'))).toBeUndefined();
    expect(formatReported('urineMProtein', 0.25, 'g/24h')).toBe('0.25 g/24 h (250 mg/24 h)');
    expect(standardiseLab(lab('lipase', 90, 'U/L', 60)).timesUpperLimit).toBe(1.5);
    expect(standardiseLab(lab('amylase', 151, 'U/L', 100)).timesUpperLimit).toBe(1.51);
  });

  it('knows total calcium, lymphocyte %, β2-microglobulin and QTc, with their units', () => {
    expect(['17861-6', '2000-8', '736-9', '26478-8', '1952-1', '8636-3', 'B2M'].map(resolveAnalyte)).toEqual([
      'calcium',
      'calcium',
      'lymphocytePercent',
      'lymphocytePercent',
      'beta2Microglobulin',
      'qtc',
      'beta2Microglobulin',
    ]);
    // Ionised calcium (1994-3) is another measurement: not read as total calcium.
    expect(resolveAnalyte('1994-3')).toBeUndefined();
    expect(formatReported('calcium', 11.5, 'mg/dL')).toBe('11.5 mg/dL (2.87 mmol/L)');
    expect(toCanonical('beta2Microglobulin', 5.5, 'µg/mL')).toBe(5.5);
    expect(toCanonical('qtc', 0.47, 's')).toBe(470);
    expect(formatReported('qtc', 470, 'msec')).toBe('470 ms');
    expect(plausibilityProblem('qtc', 47)).toMatch(/^implausible for QTc/);
    expect(unitProblem('lymphocytePercent', '10*9/L')).toMatch(/not measured in this unit; use %$/);
  });

  it('has plausibility ranges in canonical units: creatinine 1.0 µmol/L is refused, 1.0 mg/dL is not', () => {
    expect(plausibilityProblem('creatinine', toCanonical('creatinine', 1.0, 'umol/L'))).toMatch(
      /^implausible for Creatinine: expected 10 µmol\/L to 2500 µmol\/L/,
    );
    expect(plausibilityProblem('creatinine', toCanonical('creatinine', 1.0, 'mg/dL'))).toBeUndefined();
    expect(() => standardiseLab(lab('creatinine', 1.0, 'umol/L'))).toThrow(LabUnitError);
  });

  it('prints numbers as a clinician does', () => {
    expect(formatNumber(2.0833333)).toBe('2.08');
    expect(formatQuantity(1, '10*9/L')).toBe('1.0 × 10⁹/L');
    expect(formatQuantity(106.08, 'umol/L')).toBe('106 µmol/L');
    expect(formatReported('creatinine', 1.2, 'mg/dL')).toBe('1.2 mg/dL (106 µmol/L)');
    expect(formatReported('platelets', 150, '10*9/L')).toBe('150 × 10⁹/L');
  });

  it('computes multiples of the upper limit of normal from the lab’s own range', () => {
    expect(standardiseLab(lab('alt', 120, 'U/L', 40)).timesUpperLimit).toBe(3);
    expect(standardiseLab(lab('alt', 120, 'U/L')).timesUpperLimit).toBeNull();
  });

  it('computes Cockcroft–Gault creatinine clearance from any creatinine unit', () => {
    // (140 − 60) × 70 ÷ (72 × 1.0) = 77.8 mL/min; × 0.85 for a woman = 66.1
    expect(cockcroftGault({ ageYears: 60, weightKg: 70, sex: 'male', creatinine: lab('creatinine', 1.0, 'mg/dL') })).toBe(77.8);
    expect(cockcroftGault({ ageYears: 60, weightKg: 70, sex: 'female', creatinine: lab('creatinine', 1.0, 'mg/dL') })).toBe(66.1);
    expect(cockcroftGault({ ageYears: 60, weightKg: 70, sex: 'male', creatinine: lab('creatinine', 88.4, 'umol/L') })).toBe(77.8);
  });
});

describe('markers by official symbol', () => {
  it.each([
    ['bcma', 'TNFRSF17'],
    ['BCMA', 'TNFRSF17'],
    ['CD20', 'MS4A1'],
    ['claudin 18.2', 'CLDN18.2'],
    ['mesothelin', 'MSLN'],
    ['B7-H3', 'CD276'],
    ['PSMA', 'FOLH1'],
    ['HER2', 'ERBB2'],
    ['egfr viii', 'EGFRvIII'],
  ])('%s is %s', (name, id) => expect(resolveMarker(name)?.id).toBe(id));

  it('says GD2 is a ganglioside, not a gene, and refuses unknown names', () => {
    expect(resolveMarker('GD2')).toMatchObject({ hgnc: null, kind: 'GANGLIOSIDE' });
    expect(resolveMarker('CD-nineteen')).toBeUndefined();
    expect(markerLabel('TNFRSF17')).toBe('TNFRSF17 (BCMA)');
  });
});

describe('Child–Pugh', () => {
  it('adds the points of its five parts', () => {
    expect(childPugh({ bilirubinUmolL: 20, albuminGL: 40, inr: 1.1, ascites: 0, encephalopathy: 0 })).toEqual({ points: 5, class: 'A' });
    expect(childPugh({ bilirubinUmolL: 60, albuminGL: 25, inr: 2.5, ascites: 2, encephalopathy: 3 })).toEqual({ points: 15, class: 'C' });
  });
});
