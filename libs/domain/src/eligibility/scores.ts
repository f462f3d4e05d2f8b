/**
 * Clinical scores and grades recorded as facts (a SCORE fact: the value a clinician or a report
 * gave) or computed from their parts. Child–Pugh is computed from bilirubin, albumin, INR, ascites
 * and encephalopathy when every part is on file and fresh, and each part is cited; otherwise a
 * graded CHILD_PUGH fact is used. ECOG and Karnofsky are separate facts: the published ECOG ↔ KPS
 * correspondences are approximate (Oken 1982, Buccheri 1996 disagree at the edges), so Carta never
 * converts one into the other.
 */
export interface ScoreDefinition {
  name: string;
  min: number;
  max: number;
  /** Allowed step (1 = integers). */
  step: number;
}

export const SCORES = {
  /** Child–Pugh points, 5–15 (A 5–6, B 7–9, C 10–15). */
  CHILD_PUGH: { name: 'Child–Pugh score', min: 5, max: 15, step: 1 },
  /** Ascites grade as Child–Pugh counts it: 0 none, 1 mild (or controlled by diuretics), 2 moderate to severe. */
  ASCITES: { name: 'ascites grade', min: 0, max: 2, step: 1 },
  /** Hepatic encephalopathy, West Haven grade 0–4. */
  HEPATIC_ENCEPHALOPATHY: { name: 'hepatic encephalopathy grade (West Haven)', min: 0, max: 4, step: 1 },
  /** NYHA functional class I–IV, as 1–4. */
  NYHA: { name: 'NYHA class', min: 1, max: 4, step: 1 },
  /** HCT-CI comorbidity index. */
  HCT_CI: { name: 'HCT-CI', min: 0, max: 29, step: 1 },
  /** Charlson comorbidity index. */
  CHARLSON: { name: 'Charlson comorbidity index', min: 0, max: 37, step: 1 },
  /** International Prognostic Index (lymphoma), 0–5. */
  IPI: { name: 'IPI', min: 0, max: 5, step: 1 },
  /** (Revised) International Staging System for myeloma, stage 1–3. */
  R_ISS: { name: 'R-ISS stage', min: 1, max: 3, step: 1 },
  ISS: { name: 'ISS stage', min: 1, max: 3, step: 1 },
  /** CRS / ICANS grade of a prior cellular therapy (ASTCT, 0–4). */
  CRS_GRADE: { name: 'CRS grade (ASTCT)', min: 0, max: 5, step: 1 },
  ICANS_GRADE: { name: 'ICANS grade (ASTCT)', min: 0, max: 5, step: 1 },
  /** Lansky play-performance (children), 0–100 in steps of 10. */
  LANSKY: { name: 'Lansky score', min: 0, max: 100, step: 10 },
} as const satisfies Record<string, ScoreDefinition>;

export type Score = keyof typeof SCORES;

/** Why a value is not a valid score value; undefined when it is. */
export function scoreProblem(score: Score, value: number): string | undefined {
  const definition: ScoreDefinition = SCORES[score];
  if (!Number.isFinite(value) || value < definition.min || value > definition.max) return `${definition.name} ranges ${definition.min} to ${definition.max}`;
  if (Math.abs(value / definition.step - Math.round(value / definition.step)) > 1e-9) return `${definition.name} moves in steps of ${definition.step}`;
  return undefined;
}

export type ChildPughClass = 'A' | 'B' | 'C';
export const childPughClass = (points: number): ChildPughClass => (points <= 6 ? 'A' : points <= 9 ? 'B' : 'C');

/** Child–Pugh points from its parts (bilirubin µmol/L, albumin g/L, INR, ascites 0–2, encephalopathy 0–4). */
export function childPugh(parts: { bilirubinUmolL: number; albuminGL: number; inr: number; ascites: number; encephalopathy: number }): {
  points: number;
  class: ChildPughClass;
} {
  const bilirubin = parts.bilirubinUmolL < 34 ? 1 : parts.bilirubinUmolL <= 50 ? 2 : 3;
  const albumin = parts.albuminGL > 35 ? 1 : parts.albuminGL >= 28 ? 2 : 3;
  const inr = parts.inr < 1.7 ? 1 : parts.inr <= 2.3 ? 2 : 3;
  const ascites = parts.ascites === 0 ? 1 : parts.ascites === 1 ? 2 : 3;
  const encephalopathy = parts.encephalopathy === 0 ? 1 : parts.encephalopathy <= 2 ? 2 : 3;
  const points = bilirubin + albumin + inr + ascites + encephalopathy;
  return { points, class: childPughClass(points) };
}
