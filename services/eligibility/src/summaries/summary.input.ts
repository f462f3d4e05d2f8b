import { Analyte, ANALYTES, LabUnitError, standardiseLab } from '@carta/domain';
import { isoDate, parseInput } from '@carta/service-kit';
import { DomainError } from '@carta/domain';
import { z } from 'zod';
import { LineOfTherapy, OncologySummary } from '../screening/oncology-summary';

const source = z.string().min(1).max(100);
const sourcedNumber = (min: number, max: number) => z.object({ value: z.number().min(min).max(max), on: isoDate.nullish(), source });
const sourcedText = <T extends [string, ...string[]]>(values: z.ZodType<T[number]>) => z.object({ value: values, on: isoDate.nullish(), source });

const summaryInput = z.object({
  age: sourcedNumber(0, 120).nullish(),
  sex: sourcedText(z.enum(['female', 'male'])).nullish(),
  weightKg: sourcedNumber(1, 400).nullish(),
  diagnosis: sourcedText(z.string().regex(/^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$/, 'must be an ICD-10 code like C16.9')).nullish(),
  ecog: sourcedNumber(0, 5).nullish(),
  lvef: sourcedNumber(0, 100).nullish(),
  lifeExpectancyWeeks: sourcedNumber(0, 1000).nullish(),
  spo2: sourcedNumber(0, 100).nullish(),
  her2: sourcedText(z.enum(['NEGATIVE', 'POSITIVE'])).nullish(),
  priorLines: sourcedNumber(0, 30).nullish(),
  histology: sourcedText(z.string().regex(/^[0-9]{4}\/[0-9]$/, 'must be an ICD-O-3 morphology code like 8140/3')).nullish(),
  stage: sourcedText(z.string().min(1).max(30)).nullish(),
  linesOfTherapy: z
    .array(
      z.object({
        drugs: z.array(z.string().min(1).max(80)).min(1),
        start: isoDate,
        end: isoDate.nullish(),
        dose: z.string().max(200).nullish(),
        bestResponse: z.enum(['CR', 'PR', 'SD', 'PD', 'NOT_EVALUABLE']),
        reasonStopped: z.enum(['COMPLETED', 'PROGRESSION', 'TOXICITY', 'OTHER']),
        source,
      }),
    )
    .max(30)
    .nullish(),
  priorCarT: z.object({ value: z.boolean(), on: isoDate.nullish(), source }).nullish(),
  priorTransplant: z.object({ value: z.boolean(), on: isoDate.nullish(), source }).nullish(),
  autoimmuneDisease: z.object({ value: z.boolean(), on: isoDate.nullish(), source }).nullish(),
  cardiacDisease: z.object({ value: z.boolean(), on: isoDate.nullish(), source }).nullish(),
  activeInfection: z.object({ hbv: z.boolean(), hcv: z.boolean(), hiv: z.boolean(), on: isoDate.nullish(), source }).nullish(),
  cnsInvolvement: z.object({ value: z.boolean(), on: isoDate.nullish(), source }).nullish(),
  markers: z.array(z.object({ antigen: z.string().min(1).max(30), method: z.enum(['IHC', 'FLOW']), percentPositive: z.number().min(0).max(100), on: isoDate, source })).max(50),
  labs: z
    .array(
      z.object({
        analyte: z.enum(Object.keys(ANALYTES) as [Analyte, ...Analyte[]]),
        value: z.number(),
        unit: z.string().min(1).max(20),
        referenceLow: z.number().nullish(),
        referenceHigh: z.number().nullish(),
        collectedOn: isoDate,
        source,
      }),
    )
    .max(200),
  transfusions: z.array(z.object({ on: isoDate, source })).max(100),
});

const withoutNulls = <T extends object>(value: T | null | undefined) => (value ? (Object.fromEntries(Object.entries(value).filter(([, field]) => field !== null && field !== undefined)) as T) : undefined);

/** Validates a summary and standardises its labs; an unknown unit is refused, naming the lab. */
export function parseSummary(caseId: string, input: unknown): OncologySummary {
  const parsed = parseInput(summaryInput, input);
  const summary: OncologySummary = {
    caseId,
    age: withoutNulls(parsed.age) as OncologySummary['age'],
    sex: withoutNulls(parsed.sex) as OncologySummary['sex'],
    weightKg: withoutNulls(parsed.weightKg) as OncologySummary['weightKg'],
    diagnosis: withoutNulls(parsed.diagnosis) as OncologySummary['diagnosis'],
    ecog: withoutNulls(parsed.ecog) as OncologySummary['ecog'],
    lvef: withoutNulls(parsed.lvef) as OncologySummary['lvef'],
    lifeExpectancyWeeks: withoutNulls(parsed.lifeExpectancyWeeks) as OncologySummary['lifeExpectancyWeeks'],
    spo2: withoutNulls(parsed.spo2) as OncologySummary['spo2'],
    her2: withoutNulls(parsed.her2) as OncologySummary['her2'],
    priorLines: withoutNulls(parsed.priorLines) as OncologySummary['priorLines'],
    histology: withoutNulls(parsed.histology) as OncologySummary['histology'],
    stage: withoutNulls(parsed.stage) as OncologySummary['stage'],
    linesOfTherapy: parsed.linesOfTherapy?.map((line) => withoutNulls(line) as LineOfTherapy),
    priorCarT: withoutNulls(parsed.priorCarT) as OncologySummary['priorCarT'],
    priorTransplant: withoutNulls(parsed.priorTransplant) as OncologySummary['priorTransplant'],
    autoimmuneDisease: withoutNulls(parsed.autoimmuneDisease) as OncologySummary['autoimmuneDisease'],
    cardiacDisease: withoutNulls(parsed.cardiacDisease) as OncologySummary['cardiacDisease'],
    activeInfection: parsed.activeInfection ? { value: { hbv: parsed.activeInfection.hbv, hcv: parsed.activeInfection.hcv, hiv: parsed.activeInfection.hiv }, source: parsed.activeInfection.source } : undefined,
    cnsInvolvement: withoutNulls(parsed.cnsInvolvement) as OncologySummary['cnsInvolvement'],
    markers: parsed.markers,
    labs: parsed.labs.map((lab) => ({
      analyte: lab.analyte,
      value: lab.value,
      unit: lab.unit,
      referenceRange: { ...(lab.referenceLow != null ? { low: lab.referenceLow } : {}), ...(lab.referenceHigh != null ? { high: lab.referenceHigh } : {}) },
      collectedOn: lab.collectedOn,
      sourceDocumentId: lab.source,
    })),
    transfusions: parsed.transfusions,
  };
  // The count of prior lines follows the documented lines when they are given.
  if (summary.linesOfTherapy && summary.linesOfTherapy.length > 0 && !summary.priorLines) {
    summary.priorLines = { value: summary.linesOfTherapy.length, source: summary.linesOfTherapy.map((line) => line.source).join(', ') };
  }
  summary.labs.forEach((lab, index) => {
    try {
      standardiseLab(lab);
    } catch (error) {
      if (error instanceof LabUnitError) throw new DomainError('BAD_USER_INPUT', `labs.${index}: ${error.message}`, { field: `labs.${index}.unit` });
      throw error;
    }
  });
  return summary;
}
