import { Analyte, analyteDefinition, plausibilityProblem, resolveAnalyte, toCanonical, unitProblem } from './analytes';
import { tidy, UcumUnit } from './units';

/**
 * Lab standardisation (docs/domain.md): keep the value and unit the lab reported, and derive the value in
 * the analyte's canonical unit (analytes.ts). Conversions are exact factors; an unknown unit, a unit
 * that does not fit the analyte or an implausible value is refused, never guessed.
 */
export class LabUnitError extends Error {
  constructor(
    readonly analyte: string,
    reason: string,
    /** Which part is wrong: the unit, the value or the reference range. */
    readonly field: 'analyte' | 'unit' | 'value' | 'referenceRange' = 'unit',
  ) {
    super(`${analyte}: ${reason}`);
    this.name = 'LabUnitError';
  }
}

export interface LabResult {
  analyte: Analyte;
  /** As reported. */
  value: number;
  /** As reported (any accepted spelling; stored as its UCUM code once parsed). */
  unit: string;
  /** The reporting lab's reference range, in the reported unit. */
  referenceRange?: { low?: number; high?: number };
}

export interface StandardisedLab {
  analyte: Analyte;
  normalisedValue: number;
  normalisedUnit: UcumUnit;
  /** value ÷ the reporting lab's upper limit of normal, when it gave one. */
  timesUpperLimit: number | null;
}

export function standardiseLab(result: LabResult): StandardisedLab {
  const analyte = resolveAnalyte(result.analyte);
  if (!analyte) throw new LabUnitError(result.analyte, 'unknown analyte', 'analyte');
  if (!Number.isFinite(result.value) || result.value < 0) throw new LabUnitError(result.analyte, 'the value must be a non-negative number', 'value');
  const problem = unitProblem(analyte, result.unit);
  if (problem) throw new LabUnitError(result.analyte, problem, 'unit');
  const normalisedValue = toCanonical(analyte, result.value, result.unit);
  const implausible = plausibilityProblem(analyte, normalisedValue);
  if (implausible) throw new LabUnitError(result.analyte, implausible, 'value');
  const high = result.referenceRange?.high;
  return {
    analyte,
    normalisedValue,
    normalisedUnit: analyteDefinition(analyte).canonical,
    // Same unit on both sides, so the ratio needs no conversion.
    timesUpperLimit: high !== undefined && high > 0 ? tidy(result.value / high) : null,
  };
}

/** Creatinine in mg/dL, whatever unit it was reported in (Cockcroft–Gault is defined on mg/dL). */
export function creatinineMgPerDl(lab: LabResult): number {
  if (resolveAnalyte(lab.analyte) !== 'creatinine') throw new LabUnitError(lab.analyte, 'Cockcroft–Gault needs a creatinine result', 'analyte');
  return tidy(standardiseLab(lab).normalisedValue / 88.4);
}

/** Cockcroft–Gault creatinine clearance, mL/min = (140 − age) × weight kg × (0.85 if female) ÷ (72 × creatinine mg/dL). */
export function cockcroftGault(input: { ageYears: number; weightKg: number; sex: 'female' | 'male'; creatinine: LabResult }): number {
  const creatinine = creatinineMgPerDl(input.creatinine);
  if (creatinine <= 0) throw new LabUnitError('creatinine', 'must be above zero for Cockcroft–Gault', 'value');
  const clearance = ((140 - input.ageYears) * input.weightKg * (input.sex === 'female' ? 0.85 : 1)) / (72 * creatinine);
  return Math.round(clearance * 10) / 10;
}
