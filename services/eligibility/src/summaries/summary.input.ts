import { Analyte, ANALYTES, LabUnitError, standardiseLab } from '@carta/domain';
import { isoDate, parseInput } from '@carta/service-kit';
import { DomainError } from '@carta/domain';
import { z } from 'zod';
import { OncologySummary } from '../screening/oncology-summary';

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
