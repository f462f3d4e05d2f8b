/**
 * Units of measure as UCUM codes (https://ucum.org), the units FHIR Observations carry. Criteria
 * and summary facts name units by their UCUM code; the spellings real reports use ("K/uL", "x10^9/L",
 * "umol/l") are mapped to one code and anything else is refused, never guessed. Conversions between
 * units are per analyte (analytes.ts): molar ↔ mass factors depend on the molecule, so there is no
 * general unit algebra here on purpose.
 */
export interface UnitDefinition {
  /** How a clinician prints it after a number. */
  display: string;
  /** Decimals shown by default for a value in this unit (min, max): 1.0 × 10⁹/L, 106 µmol/L. */
  decimals: [number, number];
}

export const UNITS = {
  'umol/L': { display: 'µmol/L', decimals: [0, 0] },
  'mmol/L': { display: 'mmol/L', decimals: [1, 2] },
  'mg/dL': { display: 'mg/dL', decimals: [1, 2] },
  'mg/L': { display: 'mg/L', decimals: [0, 1] },
  'g/L': { display: 'g/L', decimals: [0, 1] },
  'g/dL': { display: 'g/dL', decimals: [1, 1] },
  'ug/L': { display: 'µg/L', decimals: [0, 1] },
  'ug/mL': { display: 'µg/mL', decimals: [1, 2] },
  'mg/(24.h)': { display: 'mg/24 h', decimals: [0, 0] },
  'g/(24.h)': { display: 'g/24 h', decimals: [1, 2] },
  'ng/mL': { display: 'ng/mL', decimals: [0, 3] },
  'ng/L': { display: 'ng/L', decimals: [0, 0] },
  'pg/mL': { display: 'pg/mL', decimals: [0, 0] },
  'pmol/L': { display: 'pmol/L', decimals: [0, 1] },
  'U/L': { display: 'U/L', decimals: [0, 0] },
  'ukat/L': { display: 'µkat/L', decimals: [2, 2] },
  '10*9/L': { display: '× 10⁹/L', decimals: [1, 2] },
  '10*3/uL': { display: '× 10³/µL', decimals: [1, 2] },
  '/uL': { display: '/µL', decimals: [0, 0] },
  s: { display: 's', decimals: [1, 1] },
  ms: { display: 'ms', decimals: [0, 0] },
  '%': { display: '%', decimals: [0, 1] },
  '{INR}': { display: '', decimals: [1, 2] },
  'mL/min': { display: 'mL/min', decimals: [0, 0] },
  'mL/s': { display: 'mL/s', decimals: [2, 2] },
  'mL/min/{1.73_m2}': { display: 'mL/min/1.73 m²', decimals: [0, 0] },
  '[IU]/mL': { display: 'IU/mL', decimals: [0, 0] },
  '{copies}/mL': { display: 'copies/mL', decimals: [0, 0] },
  '{ratio}': { display: '', decimals: [2, 2] },
  kg: { display: 'kg', decimals: [0, 1] },
  g: { display: 'g', decimals: [0, 0] },
  '[lb_av]': { display: 'lb', decimals: [0, 1] },
  cm: { display: 'cm', decimals: [0, 0] },
  m: { display: 'm', decimals: [2, 2] },
  '[in_i]': { display: 'in', decimals: [0, 0] },
  d: { display: 'days', decimals: [0, 0] },
  wk: { display: 'weeks', decimals: [0, 0] },
  mo: { display: 'months', decimals: [0, 1] },
} as const satisfies Record<string, UnitDefinition>;

export type UcumUnit = keyof typeof UNITS;

/** Spellings seen on real reports (lower-cased, spaces removed) → UCUM code. */
const SPELLINGS: Record<string, UcumUnit> = {
  'µmol/l': 'umol/L',
  'μmol/l': 'umol/L',
  'umol/l': 'umol/L',
  'mmol/l': 'mmol/L',
  'mg/dl': 'mg/dL',
  'mg/l': 'mg/L',
  'g/l': 'g/L',
  'g/dl': 'g/dL',
  'ug/l': 'ug/L',
  // 24-hour urine excretion: "mg/24h", "mg/24 hr", "mg/day" are the same UCUM mg/(24.h).
  'mg/(24.h)': 'mg/(24.h)',
  'mg/24h': 'mg/(24.h)',
  'mg/24hr': 'mg/(24.h)',
  'mg/24hrs': 'mg/(24.h)',
  'mg/d': 'mg/(24.h)',
  'mg/day': 'mg/(24.h)',
  'g/(24.h)': 'g/(24.h)',
  'g/24h': 'g/(24.h)',
  'g/24hr': 'g/(24.h)',
  'g/d': 'g/(24.h)',
  'g/day': 'g/(24.h)',
  'µg/l': 'ug/L',
  'ug/ml': 'ug/mL',
  'µg/ml': 'ug/mL',
  'mcg/ml': 'ug/mL',
  'ng/ml': 'ng/mL',
  'ng/l': 'ng/L',
  'pg/ml': 'pg/mL',
  'pmol/l': 'pmol/L',
  'u/l': 'U/L',
  'iu/l': 'U/L',
  '[iu]/l': 'U/L',
  'ukat/l': 'ukat/L',
  'µkat/l': 'ukat/L',
  '10*9/l': '10*9/L',
  '10^9/l': '10*9/L',
  'x10^9/l': '10*9/L',
  '×10^9/l': '10*9/L',
  '×10⁹/l': '10*9/L',
  'x10*9/l': '10*9/L',
  'g/l(10^9)': '10*9/L',
  '10*3/ul': '10*3/uL',
  '10^3/ul': '10*3/uL',
  '10^3/µl': '10*3/uL',
  'x10^3/ul': '10*3/uL',
  '×10^3/µl': '10*3/uL',
  'k/ul': '10*3/uL',
  'k/µl': '10*3/uL',
  '10*3/mm3': '10*3/uL',
  '/ul': '/uL',
  '/µl': '/uL',
  'cells/ul': '/uL',
  'cells/µl': '/uL',
  '/mm3': '/uL',
  s: 's',
  sec: 's',
  ms: 'ms',
  msec: 'ms',
  seconds: 's',
  '%': '%',
  '{inr}': '{INR}',
  inr: '{INR}',
  '1': '{INR}',
  'ml/min': 'mL/min',
  'ml/s': 'mL/s',
  'ml/min/{1.73_m2}': 'mL/min/{1.73_m2}',
  'ml/min/1.73m2': 'mL/min/{1.73_m2}',
  'ml/min/1.73m²': 'mL/min/{1.73_m2}',
  '[iu]/ml': '[IU]/mL',
  'iu/ml': '[IU]/mL',
  '{copies}/ml': '{copies}/mL',
  'copies/ml': '{copies}/mL',
  '{ratio}': '{ratio}',
  ratio: '{ratio}',
  kg: 'kg',
  g: 'g',
  '[lb_av]': '[lb_av]',
  lb: '[lb_av]',
  lbs: '[lb_av]',
  cm: 'cm',
  m: 'm',
  '[in_i]': '[in_i]',
  in: '[in_i]',
  d: 'd',
  days: 'd',
  wk: 'wk',
  weeks: 'wk',
};

/** The UCUM code of a unit as written, or undefined when it is not a unit Carta knows. */
export function normaliseUnit(written: string): UcumUnit | undefined {
  if (written in UNITS) return written as UcumUnit;
  return SPELLINGS[written.replace(/\s+/g, '').toLowerCase()];
}

/**
 * A number as a clinician prints it: at most `max` decimals, trailing zeros dropped down to `min`
 * (2.0833 → "2.08"; 1 with min 1 → "1.0"; 106.08 with max 0 → "106").
 */
export function formatNumber(value: number, [min, max]: readonly [number, number] = [0, 2]): string {
  const fixed = value.toFixed(max);
  if (max === 0) return fixed;
  const [whole, fraction] = fixed.split('.');
  let kept = fraction;
  while (kept.length > min && kept.endsWith('0')) kept = kept.slice(0, -1);
  return kept.length > 0 ? `${whole}.${kept}` : whole;
}

/** "1.0 × 10⁹/L", "106 µmol/L", "1.2 mg/dL" (unitless units print the number alone). */
export function formatQuantity(value: number, unit: UcumUnit, decimals?: readonly [number, number]): string {
  const definition: UnitDefinition = UNITS[unit];
  const number = formatNumber(value, decimals ?? definition.decimals);
  if (definition.display === '') return number;
  return definition.display === '%' ? `${number}%` : `${number} ${definition.display}`;
}

/** Binary noise (88.4 × 1.2 = 106.08000000000001) rounded away without losing reported precision. */
export const tidy = (value: number) => Math.round(value * 1e9) / 1e9;
