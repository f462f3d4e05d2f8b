import { randomUUID } from 'node:crypto';

/**
 * Builders for the inputs every kind of test keeps needing: plain objects with sensible defaults,
 * each test overriding only what it is about. libs/testing depends on no other project, so these are
 * shaped like the GraphQL inputs and event payloads rather than typed by them; the service's own
 * parser (or the event contract) still checks every one, so a builder that drifts fails loudly.
 */

/** Shaped like `Identity` (libs/auth), which it is assignable to. */
export interface TestIdentity {
  subject: string;
  roles: ('coordinator' | 'admin' | 'hospital_office' | 'analyst')[];
  centreId?: string;
}

/** The callers of the platform, as the development issuer mints them. */
export const identities = {
  coordinator: (subject = 'coord-1'): TestIdentity => ({ subject, roles: ['coordinator'] }),
  admin: (subject = 'admin-1'): TestIdentity => ({ subject, roles: ['admin'] }),
  /** A hospital international office, bound to its centre. */
  office: (centreId = 'puth', subject = `office-${centreId}`): TestIdentity => ({ subject, roles: ['hospital_office'], centreId }),
  analyst: (subject = 'analyst-1'): TestIdentity => ({ subject, roles: ['analyst'] }),
};

export interface PatientInput {
  givenName: string;
  familyName: string;
  birthDate: string;
  nationality: string;
  passportNumber?: string | null;
  passportExpiry?: string | null;
  email?: string | null;
  phone?: string | null;
}

/** A new patient as `openCase` takes one (`PatientInput`). */
export const aPatient = (overrides: Partial<PatientInput> = {}): PatientInput => ({
  givenName: 'Mei',
  familyName: 'Tanaka',
  birthDate: '1968-03-03',
  nationality: 'JPN',
  ...overrides,
});

export const aDiagnosis = (overrides: Partial<{ icd10: string; description: string }> = {}) => ({
  icd10: 'C16.9',
  description: 'Gastric adenocarcinoma',
  ...overrides,
});

export interface OpenCaseInput {
  patient?: PatientInput | null;
  patientId?: string | null;
  diagnosis: { icd10: string; description: string };
  coordinatorId?: string | null;
}

/** `openCase`'s input: a new patient with a gastric cancer, no coordinator named (the caller runs it). */
export const anOpenCaseInput = (overrides: Partial<OpenCaseInput> = {}): OpenCaseInput => ({
  patient: aPatient(),
  diagnosis: aDiagnosis(),
  ...overrides,
});

export interface CompanionInput {
  givenName: string;
  familyName: string;
  birthDate: string;
  nationality: string;
  relationship: string;
  passportNumber?: string | null;
  passportExpiry?: string | null;
}

/** A companion as `addCompanion` takes one: the patient's husband, with his passport. */
export const aCompanion = (overrides: Partial<CompanionInput> = {}): CompanionInput => ({
  givenName: 'Kenji',
  familyName: 'Tanaka',
  birthDate: '1966-07-12',
  nationality: 'JPN',
  relationship: 'husband',
  passportNumber: 'TZ7654321',
  passportExpiry: '2031-05-31',
  ...overrides,
});

export interface ConsentInput {
  caseId: string;
  centreId: string;
  purpose: 'ELIGIBILITY_REVIEW' | 'TREATMENT' | 'TRAVEL_ARRANGEMENTS' | 'BILLING';
  categories: ('IDENTITY' | 'CLINICAL_SUMMARY' | 'MEDICAL_RECORDS' | 'IMAGING' | 'GENOMIC' | 'TRAVEL' | 'FINANCIAL')[];
  direction: 'TO_CHINA' | 'FROM_CHINA';
  processingMethod: string;
  rightsContact: string;
  signedFormDocumentId: string;
  grantedAt?: string | null;
}

/**
 * `recordConsent`'s input with the PIPL art. 39 disclosures: an eligibility review by the centre's PI.
 * The recipient's name and contact come from the centre's published profile; `signedFormDocumentId`
 * must name a verified CONSENT_FORM document of the case (the default names none).
 */
export const aConsentInput = (caseId: string, centreId = 'puth', overrides: Partial<ConsentInput> = {}): ConsentInput => ({
  caseId,
  centreId,
  purpose: 'ELIGIBILITY_REVIEW',
  categories: ['CLINICAL_SUMMARY', 'MEDICAL_RECORDS'],
  direction: 'TO_CHINA',
  processingMethod: 'Review of the records by the principal investigator for trial eligibility',
  rightsContact: 'privacy@carta.example',
  signedFormDocumentId: '5b0c7f4e-2f37-4d5b-9a43-8e0a2f0f8d11',
  ...overrides,
});

/** `DocumentVerified`'s data: a verified document of the case (by default a signed consent form), with a new id. */
export const aDocumentVerified = <K extends string = 'CONSENT_FORM'>(
  caseId: string,
  overrides: { kind?: K; documentId?: string; verifiedAt?: string } = {},
) => ({
  caseId,
  documentId: randomUUID(),
  versionId: randomUUID(),
  version: 1,
  kind: 'CONSENT_FORM' as K,
  contentType: 'application/pdf',
  sizeBytes: 1024,
  sha256: 'a'.repeat(64),
  language: 'en',
  translationOfVersionId: null,
  recordDate: null,
  verifiedAt: new Date().toISOString(),
  ...overrides,
});

/** `CentreProfilePublished`'s data: a centre with its names, address and office contact. */
export const aCentreProfile = (
  centreId = 'puth',
  overrides: Partial<{ name: string; nameZh: string | null; officeEmail: string | null; officePhone: string | null; publishedAt: string }> = {},
) => ({
  centreId,
  name: `${centreId} hospital`,
  nameZh: '北京大学第三医院',
  address: { en: '49 North Garden Road, Haidian District, Beijing', zh: '北京市海淀区花园北路49号' },
  city: 'Beijing',
  hotelMonitoringAfterDay14: false,
  officeEmail: `international@${centreId}.example`,
  officePhone: '+86 10 8226 6699',
  publishedAt: new Date().toISOString(),
  ...overrides,
});

/** Sensible values for the facts tests use most; any other kind takes its fields from `overrides`. */
const FACT_DEFAULTS: Record<string, Record<string, unknown>> = {
  BIRTH_DATE: { birthDate: '1968-03-03' },
  SEX: { sex: 'female' },
  WEIGHT: { value: 61, unit: 'kg' },
  DIAGNOSIS: { icd10: 'C16.9' },
  ECOG: { value: 1 },
  LVEF: { value: 62 },
  SPO2: { value: 97 },
  LIFE_EXPECTANCY: { weeks: 26 },
};

/** A summary fact as `addSummaryFact` takes it; give `sourceDocumentId` (a verified document of the case) and `observedOn`. */
export const aSummaryFact = (kind: string, overrides: Record<string, unknown> = {}) => ({
  kind,
  ...FACT_DEFAULTS[kind],
  observedOn: new Date().toISOString().slice(0, 10),
  ...overrides,
});

/** Criteria in the criteria language (docs/criteria-language.md): one structured line, ECOG 0–1 within four weeks. */
export const ECOG_CRITERIA = {
  criteria: [{ id: 'ecog', kind: 'INCLUSION', text: 'ECOG 0–1 within 4 weeks', rule: { fact: 'ecog', op: '<=', value: 1, withinDays: 28 } }],
};

/**
 * A trial as centres announces it (the payload of every `carta.centres.trial.*` event): recruiting
 * at PUTH with one ECOG criterion unless told otherwise.
 */
export const aTrialSnapshot = (overrides: Record<string, unknown> = {}) => ({
  trialId: 'NCT09990001',
  registryIds: ['NCT09990001'],
  title: 'CLDN18.2 CAR-T in gastric cancer',
  centreIds: ['puth'],
  targets: ['CLDN18.2'],
  productType: 'AUTOLOGOUS',
  manufacturingWeeks: { min: 3, max: 5 },
  fundingModels: ['PATIENT_PAID'],
  recruiting: true,
  openSlots: 5,
  ownerCentreId: 'puth',
  sites: [{ centreId: 'puth', recruiting: true, openSlots: 5 }],
  criteria: { version: 1, ...ECOG_CRITERIA },
  changedAt: new Date().toISOString(),
  ...overrides,
});

/** `registerTrial`'s input: a PUTH-led CLDN18.2 trial with Ruijin as a second site. */
export const aTrialRegistration = (overrides: Record<string, unknown> = {}) => ({
  registryIds: ['NCT09990001', 'ChiCTR2400081234'],
  title: 'CLDN18.2 CAR-T after two lines in gastric cancer (PUTH-led)',
  phase: 'PHASE_1',
  productType: 'AUTOLOGOUS',
  targets: ['CLDN18.2'],
  indications: ['gastric or gastro-oesophageal junction adenocarcinoma'],
  fundingModels: ['SPONSOR_FUNDED'],
  centreIds: ['ruijin'],
  manufacturingWeeks: { min: 3, max: 6 },
  criteria: JSON.stringify(ECOG_CRITERIA),
  ...overrides,
});

/** `prepareCostEstimate`'s input: patient-paid, at a dated USD → CNY rate quoted today, the family staying through manufacturing. */
/** PUTH's office tariff, with the bank account its invoices print (as `setCentreTariff` takes it). */
export const aTariffInput = (asOf: string, overrides: Record<string, unknown> = {}) => ({
  label: 'PUTH international patients 2027',
  asOf,
  hospitalDay: '2800',
  monitoringDay: '1200',
  apheresis: '16000',
  lymphodepletionDay: '3500',
  crsIcansReserveLow: '25000',
  crsIcansReserveHigh: '120000',
  coordinationFee: '9000',
  interpreterDay: '700',
  hotelNight: '450',
  manufacturingLow: '60000',
  manufacturingHigh: '120000',
  manufacturingCurrency: 'USD',
  bank: {
    accountName: 'Peking University Third Hospital',
    bankName: 'Bank of China, Beijing Haidian Branch',
    accountNumber: '3456789012345678901',
    swift: 'BKCHCNBJ110',
  },
  ...overrides,
});

export const anEstimateInput = (overrides: Record<string, unknown> = {}) => ({
  fundingModel: 'PATIENT_PAID',
  usdToCny: { rate: '7.1034', asOf: new Date().toISOString().slice(0, 10), source: 'PBOC central parity' },
  familyStaysDuringManufacturing: true,
  ...overrides,
});
