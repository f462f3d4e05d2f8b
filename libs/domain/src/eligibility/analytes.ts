import { formatQuantity, normaliseUnit, tidy, UcumUnit } from './units';

/**
 * The laboratory catalogue: every analyte a criterion or a summary fact may name, by Carta name or
 * LOINC code, with its canonical unit, the units accepted and their exact factors to it (molar ↔
 * mass where they apply), a plausibility range (a value outside it is a unit or typing error, not a
 * patient) and a typical adult reference range (for display only: ×ULN needs the reporting lab's
 * own range, docs/domain.md).
 */
export interface AnalyteDefinition {
  /** How a clinician names it. */
  name: string;
  /** LOINC codes, the preferred one first. */
  loinc: readonly string[];
  /** Other names accepted in criteria and summaries (matched case-insensitively). */
  aliases: readonly string[];
  canonical: UcumUnit;
  /** value in the unit × factor = value in the canonical unit. */
  units: Partial<Record<UcumUnit, number>>;
  /** [min, max] in the canonical unit; outside it the value is refused. */
  plausible: readonly [number, number];
  /** Typical adult reference range in the canonical unit. */
  reference: { low?: number; high?: number };
  /** Decimals for values in the canonical unit, when the unit's default does not suit (platelets 150, not 150.0). */
  decimals?: readonly [number, number];
  /** Which summary fact carries it: most are LAB; viral loads have their own fact (detected / not detected). */
  factKind: 'LAB' | 'VIRAL_LOAD';
  /** Computed from other facts when no measured result is on file. */
  derived?: 'COCKCROFT_GAULT';
  /**
   * A unit results are also reported in whose factor to the canonical one depends on the assay (HBV DNA in
   * copies/mL: 0.5–10 copies per IU across assays). Accepted, never converted exactly: a comparison across
   * the two is decided only where every factor in the range gives the same answer.
   */
  assayUnit?: { unit: UcumUnit; perCanonical: readonly [number, number] };
}

const CELLS = { '10*9/L': 1, '10*3/uL': 1, '/uL': 0.001 } as const;
const ENZYME = { 'U/L': 1, 'ukat/L': 60 } as const;
const lab = (definition: Omit<AnalyteDefinition, 'factKind' | 'aliases'> & { aliases?: readonly string[] }): AnalyteDefinition => ({
  aliases: [],
  factKind: 'LAB',
  ...definition,
});

export const ANALYTES = {
  haemoglobin: lab({
    name: 'Haemoglobin',
    loinc: ['718-7'],
    aliases: ['hb', 'hgb', 'hemoglobin'],
    canonical: 'g/L',
    units: { 'g/L': 1, 'g/dL': 10, 'mmol/L': 10 / 0.6206 },
    plausible: [20, 250],
    reference: { low: 120, high: 170 },
  }),
  anc: lab({
    name: 'ANC',
    loinc: ['751-8', '26499-4', '753-4'],
    aliases: ['neutrophils', 'absolute neutrophil count'],
    canonical: '10*9/L',
    units: CELLS,
    plausible: [0, 100],
    reference: { low: 1.8, high: 7.5 },
  }),
  alc: lab({
    name: 'ALC',
    loinc: ['731-0', '26474-7'],
    aliases: ['lymphocytes', 'absolute lymphocyte count'],
    canonical: '10*9/L',
    units: CELLS,
    plausible: [0, 1000],
    reference: { low: 1.0, high: 4.0 },
  }),
  wbc: lab({
    name: 'WBC',
    loinc: ['6690-2', '26464-8'],
    aliases: ['leukocytes', 'white blood cells'],
    canonical: '10*9/L',
    units: CELLS,
    plausible: [0, 1500],
    reference: { low: 4.0, high: 11.0 },
  }),
  platelets: lab({
    name: 'Platelets',
    loinc: ['777-3', '26515-7'],
    aliases: ['plt', 'platelet count'],
    canonical: '10*9/L',
    units: CELLS,
    plausible: [0, 3000],
    reference: { low: 150, high: 400 },
    decimals: [0, 0],
  }),
  creatinine: lab({
    name: 'Creatinine',
    loinc: ['2160-0', '14682-9'],
    aliases: ['serum creatinine', 'scr'],
    canonical: 'umol/L',
    units: { 'umol/L': 1, 'mg/dL': 88.4, 'mmol/L': 1000 },
    plausible: [10, 2500],
    reference: { low: 45, high: 110 },
  }),
  crcl: {
    name: 'CrCl',
    loinc: ['35591-7', '2164-2'],
    aliases: ['creatinine clearance', 'crclcockcroftgault'],
    canonical: 'mL/min',
    units: { 'mL/min': 1, 'mL/s': 60 },
    plausible: [1, 400],
    reference: { low: 90 },
    factKind: 'LAB',
    derived: 'COCKCROFT_GAULT',
  },
  egfr: lab({
    name: 'eGFR',
    loinc: ['98979-8', '62238-1', '33914-3'],
    aliases: ['gfr'],
    canonical: 'mL/min/{1.73_m2}',
    units: { 'mL/min/{1.73_m2}': 1 },
    plausible: [1, 250],
    reference: { low: 90 },
  }),
  bilirubin: lab({
    name: 'Total bilirubin',
    loinc: ['1975-2', '14631-6'],
    aliases: ['bilirubin total', 'tbil', 'total bilirubin'],
    canonical: 'umol/L',
    units: { 'umol/L': 1, 'mg/dL': 17.1 },
    plausible: [1, 1000],
    reference: { high: 21 },
  }),
  directBilirubin: lab({
    name: 'Direct bilirubin',
    loinc: ['1968-7', '14629-0'],
    aliases: ['conjugated bilirubin', 'dbil'],
    canonical: 'umol/L',
    units: { 'umol/L': 1, 'mg/dL': 17.1 },
    plausible: [0, 800],
    reference: { high: 5 },
  }),
  alt: lab({
    name: 'ALT',
    loinc: ['1742-6', '1743-4'],
    aliases: ['alanine aminotransferase', 'sgpt', 'gpt'],
    canonical: 'U/L',
    units: ENZYME,
    plausible: [1, 20000],
    reference: { high: 40 },
  }),
  ast: lab({
    name: 'AST',
    loinc: ['1920-8'],
    aliases: ['aspartate aminotransferase', 'sgot', 'got'],
    canonical: 'U/L',
    units: ENZYME,
    plausible: [1, 20000],
    reference: { high: 40 },
  }),
  alp: lab({
    name: 'ALP',
    loinc: ['6768-6'],
    aliases: ['alkaline phosphatase'],
    canonical: 'U/L',
    units: ENZYME,
    plausible: [5, 10000],
    reference: { low: 40, high: 130 },
  }),
  albumin: lab({
    name: 'Albumin',
    loinc: ['1751-7', '61151-7'],
    aliases: ['alb', 'serum albumin'],
    canonical: 'g/L',
    units: { 'g/L': 1, 'g/dL': 10 },
    plausible: [5, 70],
    reference: { low: 35, high: 50 },
  }),
  inr: lab({ name: 'INR', loinc: ['6301-6', '34714-6'], canonical: '{INR}', units: { '{INR}': 1 }, plausible: [0.5, 20], reference: { low: 0.8, high: 1.2 } }),
  pt: lab({
    name: 'PT',
    loinc: ['5902-2', '5964-2'],
    aliases: ['prothrombin time'],
    canonical: 's',
    units: { s: 1 },
    plausible: [5, 200],
    reference: { low: 11, high: 13.5 },
  }),
  aptt: lab({
    name: 'APTT',
    loinc: ['14979-9', '3173-2'],
    aliases: ['ptt', 'activated partial thromboplastin time'],
    canonical: 's',
    units: { s: 1 },
    plausible: [10, 250],
    reference: { low: 25, high: 35 },
  }),
  fibrinogen: lab({
    name: 'Fibrinogen',
    loinc: ['3255-7'],
    aliases: ['fib'],
    canonical: 'g/L',
    units: { 'g/L': 1, 'mg/dL': 0.01 },
    plausible: [0.1, 15],
    reference: { low: 2, high: 4 },
    decimals: [1, 2],
  }),
  // Pancreatic enzymes: trials set them as multiples of the lab's ULN, so the range matters more than the unit.
  lipase: lab({
    name: 'Lipase',
    loinc: ['3040-3'],
    aliases: ['serum lipase', 'lps'],
    canonical: 'U/L',
    units: ENZYME,
    plausible: [0, 50000],
    reference: { high: 60 },
  }),
  amylase: lab({
    name: 'Amylase',
    loinc: ['1798-8'],
    aliases: ['serum amylase', 'amy', 'alpha-amylase'],
    canonical: 'U/L',
    units: ENZYME,
    plausible: [0, 50000],
    reference: { high: 100 },
  }),
  ldh: lab({
    name: 'LDH',
    loinc: ['2532-0', '14804-9'],
    aliases: ['lactate dehydrogenase'],
    canonical: 'U/L',
    units: ENZYME,
    plausible: [20, 50000],
    reference: { high: 250 },
  }),
  ferritin: lab({
    name: 'Ferritin',
    loinc: ['2276-4'],
    canonical: 'ug/L',
    units: { 'ug/L': 1, 'ng/mL': 1 },
    plausible: [1, 200000],
    reference: { low: 30, high: 400 },
  }),
  crp: lab({
    name: 'CRP',
    loinc: ['1988-5'],
    aliases: ['c-reactive protein'],
    canonical: 'mg/L',
    units: { 'mg/L': 1, 'mg/dL': 10 },
    plausible: [0, 800],
    reference: { high: 5 },
  }),
  troponinT: lab({
    name: 'Troponin T',
    loinc: ['67151-1', '6598-7'],
    aliases: ['tnt', 'hs-tnt'],
    canonical: 'ng/L',
    units: { 'ng/L': 1, 'ng/mL': 1000, 'ug/L': 1000 },
    plausible: [0, 100000],
    reference: { high: 14 },
  }),
  troponinI: lab({
    name: 'Troponin I',
    loinc: ['10839-9', '89579-7'],
    aliases: ['tni', 'hs-tni'],
    canonical: 'ng/L',
    units: { 'ng/L': 1, 'ng/mL': 1000, 'ug/L': 1000 },
    plausible: [0, 100000],
    reference: { high: 26 },
  }),
  bnp: lab({
    name: 'BNP',
    loinc: ['30934-4'],
    aliases: ['b-type natriuretic peptide'],
    canonical: 'pg/mL',
    units: { 'pg/mL': 1, 'ng/L': 1, 'pmol/L': 3.467 },
    plausible: [0, 50000],
    reference: { high: 100 },
  }),
  ntProBnp: lab({
    name: 'NT-proBNP',
    loinc: ['33762-6'],
    aliases: ['nt-probnp', 'ntprobnp'],
    canonical: 'pg/mL',
    units: { 'pg/mL': 1, 'ng/L': 1, 'pmol/L': 8.457 },
    plausible: [0, 100000],
    reference: { high: 125 },
  }),
  mProtein: lab({
    name: 'Serum M-protein',
    loinc: ['33358-3'],
    aliases: ['m-protein', 'm protein', 'monoclonal protein', 'm-spike'],
    canonical: 'g/L',
    units: { 'g/L': 1, 'g/dL': 10, 'mg/dL': 0.01 },
    plausible: [0, 150],
    reference: { high: 0 },
  }),
  // IMWG measurable disease: urine M-protein ≥ 200 mg/24 h (a 24-hour collection, so a mass per time).
  urineMProtein: lab({
    name: 'Urine M-protein',
    loinc: ['42482-0'],
    aliases: ['urine m-protein', 'urine m protein', 'urine monoclonal protein', 'urine m-spike', '24h urine m-protein'],
    canonical: 'mg/(24.h)',
    units: { 'mg/(24.h)': 1, 'g/(24.h)': 1000 },
    plausible: [0, 50000],
    reference: { high: 0 },
  }),
  freeKappa: lab({
    name: 'Serum free kappa',
    loinc: ['36916-5'],
    aliases: ['kappa flc', 'free kappa light chain'],
    canonical: 'mg/L',
    units: { 'mg/L': 1, 'mg/dL': 10 },
    plausible: [0, 100000],
    reference: { low: 3.3, high: 19.4 },
  }),
  freeLambda: lab({
    name: 'Serum free lambda',
    loinc: ['33944-0'],
    aliases: ['lambda flc', 'free lambda light chain'],
    canonical: 'mg/L',
    units: { 'mg/L': 1, 'mg/dL': 10 },
    plausible: [0, 100000],
    reference: { low: 5.7, high: 26.3 },
  }),
  flcRatio: lab({
    name: 'Free light chain ratio (κ/λ)',
    loinc: ['48378-4'],
    aliases: ['flc ratio', 'kappa/lambda ratio'],
    canonical: '{ratio}',
    units: { '{ratio}': 1 },
    plausible: [0.0001, 10000],
    reference: { low: 0.26, high: 1.65 },
  }),
  calcium: lab({
    name: 'Calcium (total)',
    loinc: ['17861-6', '2000-8'],
    aliases: ['ca', 'serum calcium', 'total calcium'],
    canonical: 'mmol/L',
    units: { 'mmol/L': 1, 'mg/dL': 0.2495 },
    plausible: [0.5, 6],
    reference: { low: 2.15, high: 2.55 },
  }),
  lymphocytePercent: lab({
    name: 'Lymphocytes (% of leukocytes)',
    loinc: ['26478-8', '736-9'],
    aliases: ['lymphocyte %', 'lymphocytes %', 'lym%'],
    canonical: '%',
    units: { '%': 1 },
    plausible: [0, 100],
    reference: { low: 20, high: 40 },
  }),
  beta2Microglobulin: lab({
    name: 'β2-microglobulin',
    loinc: ['1952-1'],
    aliases: ['b2m', 'beta-2 microglobulin', 'beta2-microglobulin'],
    canonical: 'mg/L',
    units: { 'mg/L': 1, 'ug/mL': 1 },
    plausible: [0.1, 200],
    reference: { low: 0.8, high: 2.4 },
  }),
  /** The ECG's corrected QT interval: entered as a LAB fact citing the ECG. */
  qtc: lab({
    name: 'QTc',
    loinc: ['8636-3'],
    aliases: ['qtc interval', 'corrected qt'],
    canonical: 'ms',
    units: { ms: 1, s: 1000 },
    plausible: [250, 800],
    reference: { high: 450 },
  }),
  marrowBlasts: lab({
    name: 'Bone-marrow blasts',
    loinc: ['11150-0'],
    aliases: ['bone marrow blasts', 'bm blasts', 'blasts (marrow)'],
    canonical: '%',
    units: { '%': 1 },
    plausible: [0, 100],
    reference: { high: 5 },
  }),
  hbvDna: {
    name: 'HBV DNA',
    loinc: ['42595-9', '29615-2'],
    aliases: ['hbv viral load'],
    canonical: '[IU]/mL',
    units: { '[IU]/mL': 1 },
    assayUnit: { unit: '{copies}/mL', perCanonical: [0.5, 10] },
    plausible: [0, 1e10],
    reference: {},
    factKind: 'VIRAL_LOAD',
  },
  hcvRna: {
    name: 'HCV RNA',
    loinc: ['11011-4'],
    aliases: ['hcv viral load'],
    canonical: '[IU]/mL',
    units: { '[IU]/mL': 1 },
    assayUnit: { unit: '{copies}/mL', perCanonical: [0.5, 10] },
    plausible: [0, 1e9],
    reference: {},
    factKind: 'VIRAL_LOAD',
  },
  hivRna: {
    name: 'HIV-1 RNA',
    loinc: ['20447-9'],
    aliases: ['hiv viral load'],
    canonical: '{copies}/mL',
    units: { '{copies}/mL': 1 },
    plausible: [0, 1e8],
    reference: {},
    factKind: 'VIRAL_LOAD',
  },
} as const satisfies Record<string, AnalyteDefinition>;

export type Analyte = keyof typeof ANALYTES;

/** The virus each viral-load analyte measures. */
export const VIRAL_LOAD_ANALYTE = { HBV: 'hbvDna', HCV: 'hcvRna', HIV: 'hivRna' } as const satisfies Record<string, Analyte>;
export type Virus = keyof typeof VIRAL_LOAD_ANALYTE;

/**
 * Qualitative serology tests (LOINC "[Presence]" terms). Their results, with the viral loads,
 * decide an infection status (the `infection` clause); a `serology` clause reads one test's result.
 * HBeAg and anti-HBs decide no status; syphilis has no viral load: only its treponemal antibody is read.
 */
export const SEROLOGY_TESTS = {
  HBSAG: { name: 'HBsAg', virus: 'HBV', loinc: '5196-1', aliases: ['hbs ag', 'hepatitis b surface antigen'] },
  ANTI_HBC: { name: 'anti-HBc (total)', virus: 'HBV', loinc: '16933-4', aliases: ['anti-hbc', 'hbcab', 'hbc ab', 'hepatitis b core antibody'] },
  HBEAG: { name: 'HBeAg', virus: 'HBV', loinc: '13954-3', aliases: ['hbe ag', 'hepatitis b e antigen'] },
  ANTI_HBS: { name: 'anti-HBs', virus: 'HBV', loinc: '22322-2', aliases: ['hbsab', 'hbs ab', 'hepatitis b surface antibody'] },
  HCV_AB: { name: 'anti-HCV', virus: 'HCV', loinc: '16128-1', aliases: ['hcv ab', 'hcvab', 'hepatitis c antibody'] },
  HIV_AG_AB: { name: 'HIV-1/2 antigen/antibody', virus: 'HIV', loinc: '56888-1', aliases: ['hiv ag/ab', 'hiv antibody', 'anti-hiv', 'hiv'] },
  TP_AB: {
    name: 'Treponema pallidum antibody (syphilis)',
    virus: undefined,
    loinc: '47236-5',
    aliases: ['tp-ab', 'tp ab', 'tpab', 'treponema pallidum antibody', 'syphilis', 'syphilis antibody'],
  },
} as const satisfies Record<string, { name: string; virus: Virus | undefined; loinc: string; aliases: readonly string[] }>;
export type SerologyTest = keyof typeof SEROLOGY_TESTS;

const SEROLOGY_BY_NAME = new Map<string, SerologyTest>();
for (const [key, test] of Object.entries(SEROLOGY_TESTS) as [SerologyTest, (typeof SEROLOGY_TESTS)[SerologyTest]][])
  for (const name of [key, test.name, test.loinc, ...test.aliases]) SEROLOGY_BY_NAME.set(name.toLowerCase(), key);

/** The serology test a criterion names, by Carta key (`HBSAG`), name, alias or LOINC code. */
export function resolveSerologyTest(nameOrLoinc: string): SerologyTest | undefined {
  return SEROLOGY_BY_NAME.get(nameOrLoinc.trim().toLowerCase());
}

const BY_NAME = new Map<string, Analyte>();
for (const [key, definition] of Object.entries(ANALYTES) as [Analyte, AnalyteDefinition][]) {
  for (const name of [key, definition.name, ...definition.aliases, ...definition.loinc]) BY_NAME.set(name.toLowerCase(), key);
}

/** The analyte a criterion or fact names, by Carta name, display name, alias or LOINC code. */
export function resolveAnalyte(nameOrLoinc: string): Analyte | undefined {
  return BY_NAME.get(nameOrLoinc.trim().toLowerCase());
}

export const analyteDefinition = (analyte: Analyte): AnalyteDefinition => ANALYTES[analyte];

/** Why a value/unit pair cannot be used for an analyte; undefined when it can (its assay unit included). */
export function unitProblem(analyte: Analyte, written: string): string | undefined {
  const definition = analyteDefinition(analyte);
  const unit = normaliseUnit(written);
  const accepted = [...Object.keys(definition.units), ...(definition.assayUnit ? [definition.assayUnit.unit] : [])].join(', ');
  if (!unit) return `unknown unit; ${definition.name} takes ${accepted}`;
  if (!(unit in definition.units) && unit !== definition.assayUnit?.unit) return `${definition.name} is not measured in this unit; use ${accepted}`;
  return undefined;
}

/** Whether the unit is the analyte's assay-dependent one (copies/mL for HBV DNA). */
export const isAssayUnit = (analyte: Analyte, written: string): boolean =>
  analyteDefinition(analyte).assayUnit !== undefined && normaliseUnit(written) === analyteDefinition(analyte).assayUnit!.unit;

/** value (in `written` unit) → canonical unit. Throws when the unit does not fit the analyte or has no exact factor. */
export function toCanonical(analyte: Analyte, value: number, written: string): number {
  const problem = unitProblem(analyte, written);
  if (problem) throw new RangeError(problem);
  if (isAssayUnit(analyte, written)) throw new RangeError(`${analyteDefinition(analyte).name} in ${written} has no exact factor: it depends on the assay`);
  const factor = analyteDefinition(analyte).units[normaliseUnit(written)!]!;
  return tidy(value * factor);
}

/**
 * A value in one unit as the interval it may be in another: a point where the factor is exact, a range across
 * the assay-dependent one (HBV DNA 1,000 copies/mL is 100–2,000 IU/mL).
 */
export function inUnit(analyte: Analyte, value: number, from: string, to: string): [number, number] {
  const definition = analyteDefinition(analyte);
  const [fromAssay, toAssay] = [isAssayUnit(analyte, from), isAssayUnit(analyte, to)];
  if (fromAssay && toAssay) return [value, value];
  const [low, high] = definition.assayUnit?.perCanonical ?? [1, 1];
  if (fromAssay) {
    const target = normaliseUnit(to) as UcumUnit;
    return [fromCanonical(analyte, value / high, target), fromCanonical(analyte, value / low, target)];
  }
  const canonical = toCanonical(analyte, value, from);
  if (toAssay) return [tidy(canonical * low), tidy(canonical * high)];
  const exact = fromCanonical(analyte, canonical, normaliseUnit(to) as UcumUnit);
  return [exact, exact];
}

/** Why a value in a unit is implausible for the analyte (assay units: at the factor most in its favour). */
export function plausibilityProblemIn(analyte: Analyte, value: number, written: string): string | undefined {
  if (!isAssayUnit(analyte, written)) return plausibilityProblem(analyte, toCanonical(analyte, value, written));
  const [low, high] = inUnit(analyte, value, written, analyteDefinition(analyte).canonical);
  const [min, max] = analyteDefinition(analyte).plausible;
  return high < min || low > max ? plausibilityProblem(analyte, low > max ? low : high) : undefined;
}

/** Canonical value → another accepted unit (to print "1.2 mg/dL (106 µmol/L)" both ways). */
export function fromCanonical(analyte: Analyte, canonicalValue: number, unit: UcumUnit): number {
  const factor = analyteDefinition(analyte).units[unit];
  if (factor === undefined) throw new RangeError(`${analyteDefinition(analyte).name} is not measured in ${unit}`);
  return tidy(canonicalValue / factor);
}

/** Why a canonical value is implausible for the analyte; undefined when it is plausible. */
export function plausibilityProblem(analyte: Analyte, canonicalValue: number): string | undefined {
  const definition = analyteDefinition(analyte);
  const [min, max] = definition.plausible;
  if (!Number.isFinite(canonicalValue)) return 'must be a number';
  if (canonicalValue < min || canonicalValue > max)
    return `implausible for ${definition.name}: expected ${formatAnalyte(analyte, min)} to ${formatAnalyte(analyte, max)}`;
  return undefined;
}

/** A canonical value of the analyte, as a clinician prints it ("1.0 × 10⁹/L", "106 µmol/L"). */
export function formatAnalyte(analyte: Analyte, canonicalValue: number): string {
  const definition = analyteDefinition(analyte);
  return formatQuantity(canonicalValue, definition.canonical, definition.decimals);
}

/** A reported value in its own unit, then the canonical one when they differ: "1.2 mg/dL (106 µmol/L)". */
export function formatReported(analyte: Analyte, value: number, written: string): string {
  const unit = normaliseUnit(written);
  const definition = analyteDefinition(analyte);
  if (isAssayUnit(analyte, written)) return formatQuantity(value, unit!);
  if (!unit || unit === definition.canonical) return formatAnalyte(analyte, unit ? value : toCanonical(analyte, value, written));
  const reported = formatQuantity(value, unit);
  const canonical = formatAnalyte(analyte, toCanonical(analyte, value, written));
  return reported === canonical ? reported : `${reported} (${canonical})`;
}
