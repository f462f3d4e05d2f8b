/**
 * Lab standardisation (DOMAIN.md): keep the value and unit the lab reported, and derive the value in
 * the unit the criteria use. Conversions are exact factors; anything unknown is refused, never guessed.
 */
export const ANALYTES = {
  creatinine: { canonical: 'µmol/L', units: { 'µmol/L': 1, 'mg/dL': 88.4 } },
  bilirubin: { canonical: 'µmol/L', units: { 'µmol/L': 1, 'mg/dL': 17.1 } },
  haemoglobin: { canonical: 'g/L', units: { 'g/L': 1, 'g/dL': 10 } },
  // Cell counts: ×10³/µL and ×10⁹/L are the same number.
  anc: { canonical: '10^9/L', units: { '10^9/L': 1, '10^3/µL': 1 } },
  alc: { canonical: '10^9/L', units: { '10^9/L': 1, '10^3/µL': 1 } },
  platelets: { canonical: '10^9/L', units: { '10^9/L': 1, '10^3/µL': 1 } },
  wbc: { canonical: '10^9/L', units: { '10^9/L': 1, '10^3/µL': 1 } },
  alt: { canonical: 'U/L', units: { 'U/L': 1 } },
  ast: { canonical: 'U/L', units: { 'U/L': 1 } },
  pt: { canonical: 's', units: { s: 1 } },
  aptt: { canonical: 's', units: { s: 1 } },
  spo2: { canonical: '%', units: { '%': 1 } },
} as const satisfies Record<string, { canonical: string; units: Record<string, number> }>;

export type Analyte = keyof typeof ANALYTES;

/** Spellings seen on real reports, mapped to one form. */
const UNIT_SPELLINGS: Record<string, string> = {
  'umol/l': 'µmol/L',
  'µmol/l': 'µmol/L',
  'μmol/l': 'µmol/L',
  'mg/dl': 'mg/dL',
  'g/l': 'g/L',
  'g/dl': 'g/dL',
  '10^9/l': '10^9/L',
  'x10^9/l': '10^9/L',
  '×10^9/l': '10^9/L',
  '10*9/l': '10^9/L',
  'g/l (10^9)': '10^9/L',
  '10^3/ul': '10^3/µL',
  '10^3/µl': '10^3/µL',
  'x10^3/ul': '10^3/µL',
  'k/ul': '10^3/µL',
  'k/µl': '10^3/µL',
  'u/l': 'U/L',
  'iu/l': 'U/L',
  s: 's',
  sec: 's',
  '%': '%',
};

export class LabUnitError extends Error {
  constructor(analyte: string, unit: string, reason: string) {
    super(`${analyte} in "${unit}": ${reason}`);
    this.name = 'LabUnitError';
  }
}

export interface LabResult {
  analyte: Analyte;
  /** As reported. */
  value: number;
  unit: string;
  /** The reporting lab's reference range, in the reported unit. */
  referenceRange?: { low?: number; high?: number };
  /** YYYY-MM-DD: when the sample was taken. */
  collectedOn: string;
  /** The document the value comes from. */
  sourceDocumentId: string;
}

export interface StandardisedLab extends LabResult {
  normalisedValue: number;
  normalisedUnit: string;
  /** value ÷ upper limit of normal, when the lab gave one. */
  timesUpperLimit: number | null;
}

function canonicalUnit(analyte: string, unit: string): string {
  const spelled = UNIT_SPELLINGS[unit.trim().toLowerCase()] ?? unit.trim();
  const known = ANALYTES[analyte as Analyte];
  if (!known) throw new LabUnitError(analyte, unit, `unknown analyte; known: ${Object.keys(ANALYTES).join(', ')}`);
  if (!(spelled in known.units)) throw new LabUnitError(analyte, unit, `unknown unit; accepted: ${Object.keys(known.units).join(', ')}`);
  return spelled;
}

/** Rounds away binary noise (88.4 × 1.2 = 106.08000000000001) without losing reported precision. */
const tidy = (value: number) => Math.round(value * 1e9) / 1e9;

export function standardiseLab(result: LabResult): StandardisedLab {
  if (!Number.isFinite(result.value) || result.value < 0) throw new LabUnitError(result.analyte, result.unit, 'the value must be a non-negative number');
  const unit = canonicalUnit(result.analyte, result.unit);
  const definition = ANALYTES[result.analyte];
  const factor = (definition.units as Record<string, number>)[unit];
  const high = result.referenceRange?.high;
  return {
    ...result,
    normalisedValue: tidy(result.value * factor),
    normalisedUnit: definition.canonical,
    // Same unit on both sides, so the ratio needs no conversion.
    timesUpperLimit: high && high > 0 ? tidy(result.value / high) : null,
  };
}

/** Creatinine in mg/dL, whatever unit it was reported in (Cockcroft–Gault is defined on mg/dL). */
export function creatinineMgPerDl(lab: LabResult): number {
  if (lab.analyte !== 'creatinine') throw new LabUnitError(lab.analyte, lab.unit, 'Cockcroft–Gault needs a creatinine result');
  return tidy(standardiseLab(lab).normalisedValue / 88.4);
}

/** Cockcroft–Gault creatinine clearance, mL/min = (140 − age) × weight kg × (0.85 if female) ÷ (72 × creatinine mg/dL). */
export function cockcroftGault(input: { ageYears: number; weightKg: number; sex: 'female' | 'male'; creatinine: LabResult }): number {
  const creatinine = creatinineMgPerDl(input.creatinine);
  if (creatinine <= 0) throw new LabUnitError('creatinine', input.creatinine.unit, 'must be above zero for Cockcroft–Gault');
  const clearance = ((140 - input.ageYears) * input.weightKg * (input.sex === 'female' ? 0.85 : 1)) / (72 * creatinine);
  return Math.round(clearance * 10) / 10;
}
