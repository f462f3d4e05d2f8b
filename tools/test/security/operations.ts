import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { SUPERGRAPH_FILE } from '@carta/gateway';
import {
  buildASTSchema,
  ConstDirectiveNode,
  getNamedType,
  getNullableType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  parse,
} from 'graphql';
import { summaryFact, type Scenario } from './scenario';

/**
 * Every operation the composed API offers, derived from the committed supergraph: each root Query
 * and Mutation field, plus a probe per field of the `Case` entity (the case's money, identity and
 * records hang off `case(id)`, so a root-field list alone would never reach them). A field added to
 * the supergraph is probed by the security suite without anyone editing it.
 */
export interface Operation {
  /** `openCase`, `case`, or `case.billing` for a probe of one field of the case. */
  name: string;
  kind: 'query' | 'mutation';
  /** The subgraph that resolves it (from `@join__field(graph:)`), lower-case. */
  subgraph: string;
  /** The root field's return type, unwrapped. */
  returns: string;
  /** For `case.<field>` probes: the field of Case, and what to select under it at its own subgraph (no nested Case). */
  caseField?: string;
  entitySelection?: string;
  document: string;
  variables(scenario: Scenario): Record<string, unknown>;
  /** The key under `data` that holds the answer. */
  rootField: string;
}

export const DAY = '2026-12-01';
const SHA256 = 'a'.repeat(64);

/** The API schema: the supergraph read as plain SDL (the join/link directives are inert metadata). */
export function loadApiSchema(): GraphQLSchema {
  return buildASTSchema(parse(readFileSync(SUPERGRAPH_FILE, 'utf8')), { assumeValidSDL: true });
}

const graphOf = (field: GraphQLField<unknown, unknown>): string => {
  const directive = field.astNode?.directives?.find((node: ConstDirectiveNode) => node.name.value === 'join__field');
  const graph = directive?.arguments?.find((argument) => argument.name.value === 'graph')?.value;
  return graph && graph.kind === 'EnumValue' ? graph.value.toLowerCase() : 'unknown';
};

/** Identifiers the synthesizer takes from the victim's world, by argument or input-field name. */
const VICTIM_ID_BY_NAME: Record<string, (s: Scenario) => string> = {
  caseId: (s) => s.ids.caseId,
  patientId: (s) => s.ids.patientId,
  consentId: (s) => s.ids.consentId,
  documentId: (s) => s.ids.documentId,
  signedFormDocumentId: (s) => s.ids.documentId,
  versionId: (s) => s.ids.pendingVersionId,
  translationOfVersionId: (s) => s.ids.versionId,
  referralId: (s) => s.ids.referralId,
  factId: (s) => s.ids.factId,
  sourceDocumentId: (s) => s.ids.documentId,
  letterId: (s) => s.ids.letterId,
  travellerId: (s) => s.ids.travellerId,
  applicationId: (s) => s.ids.applicationId,
  estimateId: (s) => s.ids.estimateId,
  invoiceId: (s) => s.ids.invoiceId,
  centreId: (s) => s.centreId,
  trialId: (s) => s.ownedTrialId,
};

/** A bare `id` argument means the object the field returns. */
const ID_BY_RETURN_TYPE: Record<string, (s: Scenario) => string> = {
  Case: (s) => s.ids.caseId,
  Centre: (s) => s.centreId,
  Trial: (s) => s.ownedTrialId,
};

function stringFor(name: string): string {
  if (/birthDate/i.test(name)) return '1970-01-01';
  if (/(^on$|On$|Date$|At$|Until$|^asOf$|Expiry$|^start$|^end$)/.test(name)) return DAY;
  if (/email/i.test(name)) return 'probe@example.org';
  if (/phone/i.test(name)) return '+44 20 0000 0000';
  if (name === 'nationality') return 'NGA';
  if (name === 'sha256') return SHA256;
  if (name === 'language') return 'en';
  if (/currency/i.test(name)) return 'CNY';
  if (name === 'rate') return '7.10';
  if (name === 'contentType') return 'application/pdf';
  if (name === 'fileName') return 'probe.pdf';
  if (name === 'passportNumber') return 'A1234567';
  if (name === 'icd10') return 'C16.9';
  if (/amount|Day$|Night$|Fee$|Low$|High$|^apheresis$/.test(name)) return '1.00';
  if (/givenName|familyName/.test(name)) return 'Probe';
  return 'x';
}

/** A plausible value for a GraphQL input type: required input fields only, lists of one. */
export function valueFor(type: GraphQLInputType, name: string, scenario: Scenario, returns?: string): unknown {
  const nullable = getNullableType(type) as GraphQLInputType;
  if (isListType(nullable)) return [valueFor(nullable.ofType, name, scenario)];
  if (isEnumType(nullable)) return nullable.getValues()[0].value;
  if (isInputObjectType(nullable)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(nullable.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) value[field.name] = valueFor(field.type, field.name, scenario);
    }
    return value;
  }
  if (isScalarType(nullable)) {
    if (nullable.name === 'ID') {
      const victim = VICTIM_ID_BY_NAME[name] ?? (name === 'id' && returns ? ID_BY_RETURN_TYPE[returns] : undefined);
      return victim ? victim(scenario) : randomUUID();
    }
    if (nullable.name === 'Int') return /max/i.test(name) ? 2 : name === 'sizeBytes' ? 10 : name === 'openSlots' ? 5 : 1;
    if (nullable.name === 'Float') return 1;
    if (nullable.name === 'Boolean') return true;
    if (nullable.name === 'DateTime') return `${DAY}T00:00:00.000Z`;
    if (nullable.name === 'Date') return /birthDate/i.test(name) ? '1970-01-01' : DAY;
    return stringFor(name);
  }
  throw new Error(`cannot synthesize a value for ${name}: ${String(type)}`);
}

const isEntityCase = (type: GraphQLNamedType) => type.name === 'Case';
/** A federation entity (a type with a key): a subgraph that only references it knows its key alone. */
const isEntity = (type: GraphQLNamedType) =>
  Boolean(
    type.astNode?.directives?.some(
      (directive) => directive.name.value === 'join__type' && directive.arguments?.some((argument) => argument.name.value === 'key'),
    ),
  );

/**
 * Leaf fields of a type (no required arguments), and, `depth` levels down, its object fields. Case
 * spans five subgraphs: nested, it gets its own (intake's) leaves only, so one refused subgraph
 * cannot null a whole answer and make a success look like a refusal.
 */
export function selectionFor(type: GraphQLNamedType, depth: number, options: { withoutCase?: boolean } = {}): string {
  if (!isObjectType(type)) return '';
  const fields = Object.values(type.getFields()).filter(
    (field) => !field.args.some((argument) => isNonNullType(argument.type) && argument.defaultValue === undefined),
  );
  const parts: string[] = [];
  for (const field of fields) {
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (depth > 0 && isObjectType(named) && !(options.withoutCase && isEntityCase(named))) {
      // Straight at one subgraph (withoutCase), another service's entity is a reference: its key only.
      const inner = options.withoutCase && isEntity(named) ? 'id' : isEntityCase(named) ? selectionFor(named, 0) : selectionFor(named, depth - 1, options);
      if (inner) parts.push(`${field.name} { ${inner} }`);
    }
  }
  return parts.length > 0 ? parts.join(' ') : '__typename';
}

/**
 * Variables a synthesized probe would get wrong before the access check is reached (a trial's
 * criteria, decimal money, a valid transition...): valid inputs built from the scenario. Aimed where
 * an attacker would aim: B assigning the case to themselves, an office consenting for itself.
 */
export const examples: Partial<Record<string, (s: Scenario) => Record<string, unknown>>> = {
  setCentreTariff: (s) => ({
    centreId: s.centreId,
    tariff: {
      label: 'probe tariff',
      asOf: DAY,
      hospitalDay: '1.00',
      monitoringDay: '1.00',
      apheresis: '1.00',
      lymphodepletionDay: '1.00',
      crsIcansReserveLow: '1.00',
      crsIcansReserveHigh: '2.00',
      coordinationFee: '1.00',
      interpreterDay: '1.00',
      hotelNight: '1.00',
      manufacturingLow: '1.00',
      manufacturingHigh: '2.00',
      manufacturingCurrency: 'USD',
    },
  }),
  prepareCostEstimate: (s) => ({
    caseId: s.ids.caseId,
    input: { fundingModel: 'PATIENT_PAID', usdToCny: { rate: '7.2000', asOf: DAY, source: 'probe' }, familyStaysDuringManufacturing: false },
  }),
  acceptCostEstimate: (s) => ({ estimateId: s.ids.estimateId, input: { acceptedBy: 'Probe, not the family' } }),
  issueInvoice: (s) => ({ caseId: s.ids.caseId, input: { kind: 'BALANCE', amount: { amount: '1.00', currency: 'CNY' } } }),
  recordPayment: (s) => ({ caseId: s.ids.caseId, payment: { reference: `PROBE-${s.marker}`, amount: { amount: '1.00', currency: 'CNY' }, on: s.today } }),
  recordRefund: (s) => ({ caseId: s.ids.caseId, refund: { reference: `PROBE-REFUND-${s.marker}`, amount: { amount: '0.01', currency: 'CNY' }, on: s.today } }),
  updateTrialCriteria: (s) => ({ trialId: s.ownedTrialId, criteria: s.ownedTrialCriteria }),
  setTrialRecruiting: (s) => ({ trialId: s.ownedTrialId, recruiting: false, openSlots: 0 }),
  setTrialSiteInvestigator: (s) => ({ trialId: s.ownedTrialId, principalInvestigator: { name: 'Probe Investigator', nameZh: null } }),
  // A trial owned by the victim centre: only that centre's office (or an admin) may register or change it.
  registerTrial: (s) => ({
    input: {
      registryIds: [`NCT${String(Date.now()).slice(-8)}`],
      title: 'probe',
      productType: 'ALLOGENEIC',
      targets: ['CD19'],
      indications: ['probe'],
      fundingModels: ['PATIENT_PAID'],
      ownerCentreId: s.centreId,
      criteria: s.ownedTrialCriteria,
    },
  }),
  updateTrial: (s) => ({ trialId: s.ownedTrialId, changes: { title: 'probe' } }),
  updateCentreProfile: (s) => ({
    centreId: s.centreId,
    profile: { languages: ['zh', 'en'], icuBackup: false, crsIcansManagement: false, hotelMonitoringAfterDay14: false, contactEmail: 'probe@example.org' },
  }),
  requestDocumentUpload: (s) => ({
    input: {
      caseId: s.ids.caseId,
      kind: 'PATHOLOGY_REPORT',
      documentId: s.ids.documentId,
      fileName: 'probe.pdf',
      contentType: 'application/pdf',
      sizeBytes: 10,
      sha256: SHA256,
      language: 'en',
      recordDate: s.today,
    },
  }),
  deleteDocument: (s) => ({ documentId: s.ids.documentId, reason: 'probe' }),
  markChecklistItemNotApplicable: (s) => ({ caseId: s.ids.caseId, kind: 'IMAGING', reason: 'probe' }),
  clearChecklistItemNotApplicable: (s) => ({ caseId: s.ids.caseId, kind: 'IMAGING' }),
  addSummaryFact: (s) => ({ caseId: s.ids.caseId, fact: summaryFact(s.ids.documentId, s.today) }),
  correctSummaryFact: (s) => ({ factId: s.ids.factId, fact: summaryFact(s.ids.documentId, s.today), reason: 'probe' }),
  retractSummaryFact: (s) => ({ factId: s.ids.factId, reason: 'probe' }),
  recordCriterionAssessment: (s) => ({
    caseId: s.ids.caseId,
    trialId: s.submittedTrialId,
    criterionId: 'probe',
    status: 'MET',
    sourceDocumentId: s.ids.documentId,
    note: 'probe',
  }),
  submitCase: (s) => ({ caseId: s.ids.caseId, trialId: s.ownedTrialId, centreId: s.centreId }),
  recordPiDecision: (s) => ({ referralId: s.ids.referralId, decision: 'DECLINED', reason: 'probe' }),
  openCase: () => ({
    input: {
      patient: { givenName: 'Probe', familyName: 'Probe', birthDate: '1970-01-01', nationality: 'GBR' },
      diagnosis: { icd10: 'C16.9', description: 'probe' },
      coordinatorId: 'coord-b',
    },
  }),
  transitionCase: (s) => ({ caseId: s.ids.caseId, to: 'WITHDRAWN', reason: 'probe' }),
  assignCoordinator: (s) => ({ caseId: s.ids.caseId, coordinatorId: s.identities.coordinatorB.subject }),
  addCompanion: (s) => ({
    caseId: s.ids.caseId,
    companion: { givenName: 'Probe', familyName: 'Probe', birthDate: '1970-01-01', nationality: 'GBR', relationship: 'friend' },
  }),
  updatePatient: (s) => ({ caseId: s.ids.caseId, patient: { givenName: 'Probe' } }),
  updateCompanion: (s) => ({ companionId: s.ids.companionId, companion: { givenName: 'Probe' } }),
  removeCompanion: (s) => ({ companionId: s.ids.companionId }),
  recordHomeTeamReview: (s) => ({
    caseId: s.ids.caseId,
    review: { reviewedOn: s.today, reviewer: 'Dr Probe', institution: 'Probe Hospital', summary: 'probe' },
  }),
  recordConsent: (s) => ({
    input: {
      caseId: s.ids.caseId,
      centreId: s.otherCentreId,
      purpose: 'TREATMENT',
      categories: ['IDENTITY', 'CLINICAL_SUMMARY', 'MEDICAL_RECORDS', 'TRAVEL', 'FINANCIAL'],
      direction: 'TO_CHINA',
      processingMethod: 'probe',
      rightsContact: 'probe@example.org',
      signedFormDocumentId: s.ids.documentId,
    },
  }),
  withdrawConsent: (s) => ({ consentId: s.ids.consentId, reason: 'probe' }),
  updateCaseProfile: (s) => ({ caseId: s.ids.caseId, input: { diagnosis: { icd10: 'C16.9', description: 'probe' }, priorCellularTherapy: false } }),
  // Searching for the victim's case by its id: a list that leaks would show it.
  cases: (s) => ({ filter: { text: s.ids.caseId }, first: 5 }),
  // Nobody's notification: every caller gets NOT_FOUND (analysts FORBIDDEN).
  markNotificationsRead: () => ({ ids: [randomUUID()] }),
  issueInvitationLetter: (s) => ({ letterId: s.ids.letterId, input: { officeReference: 'PROBE-1', validUntil: '2027-03-01' } }),
  previewInvitationLetter: (s) => ({ letterId: s.ids.letterId }),
  reissueInvitationLetter: (s) => ({ letterId: s.ids.letterId, reason: 'probe correction' }),
  updateVisaApplication: (s) => ({ applicationId: s.ids.applicationId, input: { status: 'SUBMITTED', on: s.today } }),
  setVisaRoute: () => ({
    route: { nationality: 'NGA', applicantRole: 'PATIENT', category: 'S2', maxStayDays: 1, processingDays: { min: 1, max: 2 }, note: 'probe' },
  }),
  reportManufacturingDelay: (s) => ({ caseId: s.ids.caseId, days: 3 }),
  recordArrival: (s) => ({ caseId: s.ids.caseId, arrivedOn: s.today }),
  treatmentCalendarDownload: (s) => ({ caseId: s.ids.caseId }),
  subscribeTreatmentCalendar: (s) => ({ caseId: s.ids.caseId }),
  revokeTreatmentCalendar: (s) => ({ caseId: s.ids.caseId }),
  previewTreatmentTimeline: (s) => ({ input: { productType: 'AUTOLOGOUS', centreId: s.centreId, firstContactOn: '2026-11-01', acceptedOn: DAY } }),
};

function typeString(type: GraphQLInputType): string {
  return String(type);
}

function rootOperation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): Operation {
  const returns = getNamedType(field.type);
  // Mutations and Case answers: their own leaves only, so a refused nested field cannot null a success.
  const selection = isLeafType(returns) ? '' : ` { ${selectionFor(returns, kind === 'mutation' || isEntityCase(returns) ? 0 : 1)} }`;
  const args = (s: Scenario): Record<string, unknown> => {
    const example = examples[field.name];
    if (example) return example(s);
    const synthesized: Record<string, unknown> = {};
    for (const argument of field.args) {
      if (isNonNullType(argument.type) && argument.defaultValue === undefined)
        synthesized[argument.name] = valueFor(argument.type, argument.name, s, returns.name);
    }
    return synthesized;
  };
  // The document declares every argument an example may send; the example decides which it sends.
  const declared: GraphQLArgument[] = field.args.filter(
    (argument) => (isNonNullType(argument.type) && argument.defaultValue === undefined) || examples[field.name],
  );
  const header = declared.length > 0 ? `(${declared.map((argument) => `$${argument.name}: ${typeString(argument.type)}`).join(', ')})` : '';
  const call = declared.length > 0 ? `(${declared.map((argument) => `${argument.name}: $${argument.name}`).join(', ')})` : '';
  return {
    name: field.name,
    kind,
    subgraph: graphOf(field),
    returns: returns.name,
    rootField: field.name,
    document: `${kind} Probe_${field.name}${header} { ${field.name}${call}${selection} }`,
    // Only the declared arguments an example or the synthesizer filled are sent.
    variables: (s) => Object.fromEntries(Object.entries(args(s)).filter(([name]) => declared.some((argument) => argument.name === name))),
  };
}

/** `case(id) { id <field> }`: one field of the case, from whichever subgraph resolves it. */
function caseFieldOperation(field: GraphQLField<unknown, unknown>): Operation {
  const named = getNamedType(field.type);
  const selection = isLeafType(named) ? '' : ` { ${isEntityCase(named) ? selectionFor(named, 0) : selectionFor(named, 2)} }`;
  return {
    name: `case.${field.name}`,
    kind: 'query',
    subgraph: graphOf(field),
    returns: 'Case',
    caseField: field.name,
    entitySelection: isLeafType(named) ? '' : ` { ${selectionFor(named, 2, { withoutCase: true })} }`,
    rootField: 'case',
    document: `query Probe_case_${field.name}($id: ID!) { case(id: $id) { id ${field.name}${selection} } }`,
    variables: (s) => ({ id: s.ids.caseId }),
  };
}

/** Queries first (so reads see the world before any hostile write lands), then mutations. */
export function deriveOperations(schema: GraphQLSchema = loadApiSchema()): Operation[] {
  const query = schema.getQueryType() as GraphQLObjectType;
  const mutation = schema.getMutationType() as GraphQLObjectType;
  const caseType = schema.getType('Case') as GraphQLObjectType;
  return [
    ...Object.values(query.getFields()).map((field) => rootOperation('query', field)),
    ...Object.values(caseType.getFields())
      .filter((field) => field.name !== 'id')
      .map(caseFieldOperation),
    ...Object.values(mutation.getFields()).map((field) => rootOperation('mutation', field)),
  ];
}

/** Every string in a value, deeply: to tell whether a probe aims at the victim. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}
