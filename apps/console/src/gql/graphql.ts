/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The family's acceptance of an estimate, as recorded by the coordinator. */
export type AcceptEstimateInput = {
  /** Default: now. */
  acceptedAt?: string | null | undefined;
  /** The family member who accepted, as they signed. */
  acceptedBy: string;
};

/** A person's judgement of a manual criterion. */
export type AssessmentStatus =
  /** The cited document shows the criterion holds. */
  | 'MET'
  /** The cited document shows it does not. */
  | 'NOT_MET';

/** Whether the audited action was allowed. */
export type AuditOutcome =
  /** The action was allowed and done. */
  | 'ALLOWED'
  /** The action was refused (e.g. FORBIDDEN): refusals are audited too. */
  | 'DENIED';

/** Why the actor acted, from who they are (FHIR AuditEvent purposeOfEvent). */
export type AuditPurpose =
  /** An admin. */
  | 'ADMINISTRATION'
  /** An analyst (who never reads case data: appears only refused). */
  | 'ANALYTICS'
  /** A coordinator on their own case. */
  | 'CARE_COORDINATION'
  /** A hospital office reviewing a referral to its centre. */
  | 'REFERRAL_REVIEW'
  /** A coordinator on a colleague's case (cover). */
  | 'TEAM_COVER';

/** The account a centre's invoices are paid into. */
export type BankDetailsInput = {
  /** The account holder, as the bank knows it. */
  accountName: string;
  /** An IBAN (its check digits are verified) or a domestic account number of 8–34 digits. */
  accountNumber: string;
  /** The bank and branch. */
  bankName: string;
  /** SWIFT/BIC code, 8 or 11 characters. */
  swift: string;
};

/** Which cases to list; every condition given must hold. Only cases the caller may see are ever listed. */
export type CaseFilter = {
  /** Cases referred to this centre (an office may name only its own). */
  centreId?: string | null | undefined;
  /** Cases run by this coordinator. */
  coordinatorId?: string | null | undefined;
  /** Cases run by the caller (true) or by anyone else (false). */
  mine?: boolean | null | undefined;
  /** Cases with (true) or without (false) a referral past its PI review deadline. */
  reviewOverdue?: boolean | null | undefined;
  /** Cases with (true) or without (false) records too old to count. */
  staleRecords?: boolean | null | undefined;
  /** Cases in any of these states. */
  statuses?: Array<CaseStatus> | null | undefined;
  /** Start of the case reference (with or without CA-), the case id or the pseudonymous patient id; any case. Never a name. */
  text?: string | null | undefined;
};

/** A correction of a case's clinical profile: both facts are given, as they now stand. */
export type CaseProfileInput = {
  /** The diagnosis as it now stands. */
  diagnosis: DiagnosisInput;
  /** Whether the patient had a cellular therapy before; null: not known. */
  priorCellularTherapy?: boolean | null | undefined;
};

/** Where a case stands in its lifecycle. */
export type CaseStatus =
  /** A centre's PI accepted the patient; the journey and letter follow. */
  | 'ACCEPTED'
  /** Finished; no further move. */
  | 'CLOSED'
  /** The coordinator is gathering the patient's medical records. */
  | 'COLLECTING_RECORDS'
  /** The PI declined the referral. */
  | 'DECLINED'
  /** Treatment done; follow-up after discharge. */
  | 'FOLLOW_UP'
  /** The patient is at the centre, in treatment. */
  | 'IN_TREATMENT'
  /** Just opened; records are not being collected yet. */
  | 'NEW'
  /** Records are complete enough to screen against trials. */
  | 'READY_FOR_SCREENING'
  /** Referred to a trial at a centre (submitCase); awaiting the PI's decision. */
  | 'SUBMITTED'
  /** Letter, visas and travel are being arranged. */
  | 'TRAVEL_PLANNING'
  /** The patient withdrew; no further move. */
  | 'WITHDRAWN';

/** A centre's profile as its office keeps it; the lists and flags are given in full each time. */
export type CentreProfileInput = {
  /** The postal address; absent keeps it, null clears it. */
  address?: PostalAddressInput | null | undefined;
  /** The international office's e-mail (letters print it); null clears it. */
  contactEmail?: string | null | undefined;
  /** Its international telephone, e.g. +86 10 8357 2211; null clears it. */
  contactPhone?: string | null | undefined;
  /** Whether CRS and ICANS are managed on site. */
  crsIcansManagement: boolean;
  /** Whether patients may move to a nearby hotel after day 14. */
  hotelMonitoringAfterDay14: boolean;
  /** Whether an ICU backs the CAR-T ward. */
  icuBackup: boolean;
  /** ISO 639-1 languages the international office works in, e.g. [zh, en]. */
  languages: Array<string>;
  /** The Chinese name; absent keeps it, null clears it. */
  nameZh?: string | null | undefined;
};

/** Decimal amounts in CNY, except the product's, in manufacturingCurrency. */
export type CentreTariffInput = {
  /** Cell collection, CNY. */
  apheresis: string;
  /** The day its prices hold from (YYYY-MM-DD). */
  asOf: string;
  /** Where invoices ask families to pay; needed before the centre's first invoice. */
  bank?: BankDetailsInput | null | undefined;
  /** The coordination fee, CNY. */
  coordinationFee: string;
  /** Its high end, CNY (not below the low end). */
  crsIcansReserveHigh: string;
  /** The CRS/ICANS reserve's low end, CNY. */
  crsIcansReserveLow: string;
  /** Bed and nursing per day, CNY. */
  hospitalDay: string;
  /** A hotel night, CNY. */
  hotelNight: string;
  /** An interpreter per day, CNY. */
  interpreterDay: string;
  /** The tariff's name, e.g. 2026 international tariff. */
  label: string;
  /** Conditioning chemotherapy per day, CNY. */
  lymphodepletionDay: string;
  /** CNY or USD. */
  manufacturingCurrency: string;
  /** Its high price, in manufacturingCurrency. */
  manufacturingHigh: string;
  /** The product's low price, in manufacturingCurrency. */
  manufacturingLow: string;
  /** CRS/ICANS monitoring per day, CNY. */
  monitoringDay: string;
};

/** How complete a case's records are for a site's screening. */
export type ChecklistCompleteness =
  /** Every required record is present, recent and translated. */
  | 'COMPLETE'
  /** No required record counts yet. */
  | 'INCOMPLETE'
  /** Some required records are present; others are missing, stale or untranslated. */
  | 'PARTIAL';

/** A correction of a companion: only the fields given change; null clears the passport. */
export type CompanionChangesInput = {
  /** YYYY-MM-DD, as the passport prints it. */
  birthDate?: string | null | undefined;
  /** In Latin letters, as the passport's data page prints them. */
  familyName?: string | null | undefined;
  /** In Latin letters, as the passport's data page prints them. */
  givenName?: string | null | undefined;
  /** ISO 3166-1 alpha-3 of the passport. */
  nationality?: string | null | undefined;
  /** YYYY-MM-DD; null clears it. */
  passportExpiry?: string | null | undefined;
  /** As printed on the passport; null clears it. */
  passportNumber?: string | null | undefined;
  /** Their relation to the patient, e.g. husband, daughter. */
  relationship?: string | null | undefined;
};

/** A companion: entered once here; travel lists them as a traveller once their passport is known. */
export type CompanionInput = {
  /** YYYY-MM-DD, as the passport prints it. */
  birthDate: string;
  /** In Latin letters, as the passport's data page prints them; a character the papers cannot print is refused. */
  familyName: string;
  /** In Latin letters, as the passport's data page prints them; a character the papers cannot print is refused. */
  givenName: string;
  /** ISO 3166-1 alpha-3 of the passport, e.g. NGA */
  nationality: string;
  /** YYYY-MM-DD; omit while not known. */
  passportExpiry?: string | null | undefined;
  /** As printed on the passport; omit while not known. */
  passportNumber?: string | null | undefined;
  /** Their relation to the patient, e.g. husband, daughter. */
  relationship: string;
};

/** What a consent lets the recipient centre use the data for. */
export type ConsentPurpose =
  /** Estimates, invoices and payments. */
  | 'BILLING'
  /** Reviewing whether the patient fits a trial (needed to submit the case). */
  | 'ELIGIBILITY_REVIEW'
  /** Invitation letter, visas and travel. */
  | 'TRAVEL_ARRANGEMENTS'
  /** Treating the patient at the centre. */
  | 'TREATMENT';

/** Which list of the registry a criterion comes from. */
export type CriterionKind =
  /** Must not hold; if it does, the patient cannot take part. */
  | 'EXCLUSION'
  /** Must hold for the patient to take part. */
  | 'INCLUSION';

/** How one criterion stands for a case, as of the day judged. */
export type CriterionStatus =
  /** The facts (or a manual assessment) satisfy it. */
  | 'MET'
  /** The facts (or a manual assessment) contradict it. */
  | 'NOT_MET'
  /** Missing or stale data: never counted as met. */
  | 'UNKNOWN';

/** A category of personal data a consent covers; a centre's office sees only what an active consent names. */
export type DataCategory =
  /** The oncology summary and trial matches (an office sees the case only with this). */
  | 'CLINICAL_SUMMARY'
  /** Estimates, invoices, payments and the balance. */
  | 'FINANCIAL'
  /** Genomic and marker test results. */
  | 'GENOMIC'
  /** Name, birth date, nationality, passport. */
  | 'IDENTITY'
  /** Imaging studies and reports. */
  | 'IMAGING'
  /** The case's uploaded medical records. */
  | 'MEDICAL_RECORDS'
  /** The journey, travellers and visas. */
  | 'TRAVEL';

/** A number of days, min ≤ max. */
export type DayRangeInput = {
  /** Most days. */
  max: number;
  /** Fewest days. */
  min: number;
};

/** A diagnosis as ICD-10 code and words. */
export type DiagnosisInput = {
  /** The diagnosis in words, e.g. Multiple myeloma. */
  description: string;
  /** ICD-10 code with its dot, e.g. C90.0 (refused when not ICD-10 shaped: BAD_USER_INPUT). */
  icd10: string;
};

/** Every kind of document a case may hold: the six records, and supporting documents. */
export type DocumentKind =
  /** Blood tests (a checklist record). */
  | 'BLOOD_PANEL'
  /** A consent form the patient signed; recordConsent cites a verified one. */
  | 'CONSENT_FORM'
  /** Flow cytometry (a checklist record). */
  | 'FLOW_CYTOMETRY'
  /** Imaging (a checklist record). */
  | 'IMAGING'
  /** A copy of an invitation letter. */
  | 'INVITATION_LETTER'
  /** Any other supporting document. */
  | 'OTHER'
  /** A scan of a traveller's passport data page. */
  | 'PASSPORT'
  /** A pathology report (a checklist record). */
  | 'PATHOLOGY_REPORT'
  /** Prior cellular therapy records (a checklist record). */
  | 'PRIOR_CELLULAR_THERAPY'
  /** Treatment history (a checklist record). */
  | 'TREATMENT_HISTORY';

/** Where an uploaded version stands: only VERIFIED versions count and can be downloaded. */
export type DocumentVersionStatus =
  /** Registered; the bytes have not been verified yet. */
  | 'AWAITING_UPLOAD'
  /** Carries active content (e.g. PDF JavaScript); held for review, never served. */
  | 'QUARANTINED'
  /** Failed a check (statusReason says which); its bytes are never served. */
  | 'REJECTED'
  /** Size, SHA-256, type and content checked: it counts and can be fetched. */
  | 'VERIFIED';

/** Who pays for what in an estimate. */
export type EstimateFundingModel =
  /** Compassionate or named-patient use: the family pays manufacturing and care. */
  | 'COMPASSIONATE'
  /** The family pays for everything, the product included. */
  | 'PATIENT_PAID'
  /** The product is free for participants who meet all the trial's criteria; the stay and care are not. */
  | 'SPONSOR_FUNDED';

/** A line of a cost estimate. */
export type EstimateLineItem =
  /** Hotel nights for the family and for hotel monitoring. */
  | 'ACCOMMODATION'
  /** Cell collection (autologous products). */
  | 'APHERESIS'
  /** A reserve for treating CRS or ICANS, should it occur. */
  | 'CRS_ICANS_RESERVE'
  /** Bed and nursing, per day in hospital. */
  | 'HOSPITALISATION'
  /** The coordination fee and interpreter days. */
  | 'INTERPRETATION_AND_COORDINATION'
  /** Conditioning chemotherapy, per day. */
  | 'LYMPHODEPLETION'
  /** The CAR-T product (zero when sponsor-funded). */
  | 'MANUFACTURING'
  /** CRS/ICANS monitoring, per day. */
  | 'MONITORING';

/** The USD→CNY rate an estimate is converted at. */
export type ExchangeRateInput = {
  /** The day it was quoted (YYYY-MM-DD); not in the future (BAD_USER_INPUT). */
  asOf: string;
  /** Units of CNY for one USD, as a decimal string, e.g. 7.1034. */
  rate: string;
  /** Who quoted it, e.g. Bank of China. */
  source: string;
};

/** Who pays for the product. */
export type FundingModel =
  /** Compassionate or named-patient use: the patient pays manufacturing. */
  | 'PATIENT_PAID'
  /** The product is free for participants who meet all criteria. */
  | 'SPONSOR_FUNDED';

/** The home oncology team's review, as the coordinator records it. */
export type HomeTeamReviewInput = {
  /** The home team's hospital. */
  institution: string;
  /** The day of the review (YYYY-MM-DD). */
  reviewedOn: string;
  /** The reviewing oncologist's name. */
  reviewer: string;
  /** What they concluded. */
  summary: string;
};

/** How the hospital looks after international patients. */
export type InternationalOffice =
  /** A dedicated international department or programme. */
  | 'DEDICATED'
  /** Partial: communication needs to be run by the coordinator. */
  | 'PARTIAL';

/** A letter's fields for a preview or a re-issue; each one optional. */
export type InvitationLetterDraftInput = {
  /** The office's own reference, any script, at most 60 printable characters. */
  officeReference?: string | null | undefined;
  /** Default: the timeline's earliest arrival. */
  plannedArrival?: string | null | undefined;
  /** Default: the timeline's latest discharge. */
  plannedDeparture?: string | null | undefined;
  /** The last day a consulate takes the letter. */
  validUntil?: string | null | undefined;
};

/** Where an invitation letter stands. */
export type InvitationLetterStatus =
  /** Issued, but past its validity: the consulate will not take it. */
  | 'EXPIRED'
  /** Issued and within its validity: a consulate takes it. */
  | 'ISSUED'
  /** Wanted from the centre's office; not issued yet. */
  | 'REQUESTED'
  /** Replaced by a re-issue (the next version) while it was valid: kept and downloadable, no longer valid. */
  | 'SUPERSEDED';

/** What an invoice asks for. */
export type InvoiceKind =
  /** The balance after treatment, due 30 days after issue. */
  | 'BALANCE'
  /** A deposit before travel, due 14 days after issue. */
  | 'DEPOSIT';

/** What the office issues the letter with; the travellers and the centre come from the case and the centre's profile. */
export type IssueInvitationLetterInput = {
  /** The office's own reference, in any script it writes (e.g. 北大医院国际医疗部〔2026〕第15号); at most 60 characters the letter can print. */
  officeReference: string;
  /** Default: the timeline's earliest arrival. */
  plannedArrival?: string | null | undefined;
  /** Default: the timeline's latest discharge. */
  plannedDeparture?: string | null | undefined;
  /** The last day a consulate takes the letter (YYYY-MM-DD); must be after the day of issue (BAD_USER_INPUT). */
  validUntil: string;
};

/** An invoice to issue. */
export type IssueInvoiceInput = {
  /** The amount, in CNY. */
  amount: MoneyInput;
  /** Deposit or balance. */
  kind: InvoiceKind;
};

/** Weeks of manufacturing for an autologous product, 1–26, min ≤ max. */
export type ManufacturingWeeksInput = {
  /** Most weeks. */
  max: number;
  /** Fewest weeks. */
  min: number;
};

/** A step of the treatment journey, in the order they happen. */
export type MilestoneName =
  /** Cells are collected (autologous products). */
  | 'APHERESIS'
  /** The patient arrives at the centre. */
  | 'ARRIVAL'
  /** Follow-up before the patient goes home. */
  | 'FOLLOW_UP'
  /** Monitoring from a nearby hotel after day 14, where the centre allows it. */
  | 'HOTEL_MONITORING'
  /** Day 0: the CAR-T cells are infused. */
  | 'INFUSION'
  /** The centre issues the visa invitation letter. */
  | 'INVITATION_LETTER'
  /** Monitoring for CRS/ICANS in hospital. */
  | 'IN_HOSPITAL_MONITORING'
  /** Conditioning chemotherapy before infusion. */
  | 'LYMPHODEPLETION'
  /** The product is made (autologous products). */
  | 'MANUFACTURING'
  /** Visa applications, from submission to decision. */
  | 'VISA';

/** An amount to record, in major units. */
export type MoneyInput = {
  /** Major units as a decimal string, e.g. 12500.00. */
  amount: string;
  /** ISO 4217 code; one Carta does not handle is BAD_USER_INPUT. */
  currency: string;
};

/** A payment or refund as the bank shows it. */
export type MoneyMovementInput = {
  /** As received or sent: CNY, or another currency with its rate. */
  amount: MoneyInput;
  /** The invoice reference the payer quoted (e.g. INV-26-7K3F9Q); its check symbol catches a mistyped one. */
  invoiceReference?: string | null | undefined;
  /** The day the money moved. */
  on: string;
  /** Required when the amount is not in CNY, refused when it is; kept on the movement. */
  rate?: MovementRateInput | null | undefined;
  /** The payment provider's or bank's reference. */
  reference: string;
};

/** A dated exchange rate into the ledger's currency (CNY). */
export type MovementRateInput = {
  /** The day the rate was quoted. */
  asOf: string;
  /** Units of CNY for one unit of the amount's currency, as a decimal string, e.g. 7.1034. */
  rate: string;
  /** Who quoted it, e.g. the receiving bank. */
  source: string;
};

/** What a notification tells its reader. */
export type NotificationKind =
  /** To the coordinator a case was handed to. */
  | 'CASE_ASSIGNED'
  /** To the case's coordinator: an invoice was issued (see amountDue and dueOn). */
  | 'INVOICE_DUE'
  /** To the case's coordinator: the centre issued the invitation letter. */
  | 'LETTER_ISSUED'
  /** To a centre's office: its invitation letter for an accepted case is wanted. */
  | 'LETTER_REQUESTED'
  /** To the case's coordinator: the centre asks for more information before deciding. */
  | 'MORE_INFORMATION_REQUESTED'
  /** To the case's coordinator: the PI accepted or declined the referral (see outcome). */
  | 'PI_DECISION'
  /** To the case's coordinator: records that were current turned stale. */
  | 'RECORDS_STALE'
  /** To a centre's office: a case was referred to one of its trials. */
  | 'REFERRAL_RECEIVED'
  /** To the case's coordinator and the centre's office: a referral passed its review deadline. */
  | 'REVIEW_OVERDUE'
  /** To the case's coordinator: a visa was granted or refused (see outcome). */
  | 'VISA_DECIDED';

/** A new case: an existing patient (patientId) or a new one (patient), never both (BAD_USER_INPUT). */
export type OpenCaseInput = {
  /** Who runs the case; defaults to the caller. Only an admin opens a case for another coordinator. */
  coordinatorId?: string | null | undefined;
  /** The diagnosis the case is opened for. */
  diagnosis: DiagnosisInput;
  /** …the details of a new patient. */
  patient?: PatientInput | null | undefined;
  /** An existing patient's pseudonymous id, or… */
  patientId?: string | null | undefined;
  /** Whether the patient had a cellular therapy (e.g. CAR-T) before; omit or null when not known yet. */
  priorCellularTherapy?: boolean | null | undefined;
};

/** The stay applied for; omitted dates come from the timeline. */
export type OpenVisaApplicationInput = {
  /** Default: the timeline's earliest arrival. */
  plannedArrival?: string | null | undefined;
  /** Default: the timeline's latest discharge. */
  plannedDeparture?: string | null | undefined;
};

/** A correction of the patient: only the fields given change; null clears an optional one (passport, e-mail, phone). */
export type PatientChangesInput = {
  /** YYYY-MM-DD, as the passport prints it. */
  birthDate?: string | null | undefined;
  /** Null clears it. */
  email?: string | null | undefined;
  /** In Latin letters, as the passport's data page prints them. */
  familyName?: string | null | undefined;
  /** In Latin letters, as the passport's data page prints them. */
  givenName?: string | null | undefined;
  /** ISO 3166-1 alpha-3 of the passport. */
  nationality?: string | null | undefined;
  /** YYYY-MM-DD; null clears it. */
  passportExpiry?: string | null | undefined;
  /** A renewed passport is entered here; travel's travellers and visa checks follow. */
  passportNumber?: string | null | undefined;
  /** International format; null clears it. */
  phone?: string | null | undefined;
};

/** A new patient: entered once, printed on every paper (letter, visa forms, invoices) as given here. */
export type PatientInput = {
  /** YYYY-MM-DD */
  birthDate: string;
  /** The patient's or family's e-mail; optional. */
  email?: string | null | undefined;
  /** In Latin letters, as the passport's data page prints them; a character the papers cannot print is refused. */
  familyName: string;
  /** In Latin letters, as the passport's data page prints them; a character the papers cannot print is refused (BAD_USER_INPUT naming the field). */
  givenName: string;
  /** ISO 3166-1 alpha-3, e.g. GBR */
  nationality: string;
  /** YYYY-MM-DD; omit while not known. */
  passportExpiry?: string | null | undefined;
  /** As printed on the passport; omit while not known. */
  passportNumber?: string | null | undefined;
  /** Telephone in international format (e.g. +44 20 7946 0000); optional. */
  phone?: string | null | undefined;
};

/** What the principal investigator decided on a referral. */
export type PiDecision =
  /** Accept the patient: the journey and the invitation letter follow. */
  | 'ACCEPTED'
  /** Decline (a reason is required). */
  | 'DECLINED'
  /** Ask the coordinator for more (a reason saying what is required). */
  | 'MORE_INFORMATION_REQUESTED';

/** A postal address to record: both languages are required. */
export type PostalAddressInput = {
  /** In Latin letters and digits. */
  en: string;
  /** In Chinese characters and digits. */
  zh: string;
};

/** What an estimate is prepared with (the durations come from the treatment timeline, the prices from the centre's tariff). */
export type PrepareEstimateInput = {
  /** Whether the family waits near the centre while the product is made (autologous). */
  familyStaysDuringManufacturing: boolean;
  /** Who pays for what; SPONSOR_FUNDED for a trial that is not sponsor-funded is CONFLICT. */
  fundingModel: EstimateFundingModel;
  /** The dated USD→CNY rate. */
  usdToCny: ExchangeRateInput;
};

/** A principal investigator to record. */
export type PrincipalInvestigatorInput = {
  /** In Latin letters (diacritics allowed). */
  name: string;
  /** In Chinese characters; optional. */
  nameZh?: string | null | undefined;
};

/** How the CAR-T product is made. */
export type ProductType =
  /** Donor cells: infusion preparation starts at once. */
  | 'ALLOGENEIC'
  /** Made from the patient's own cells: apheresis, then 3–6 weeks of manufacturing. */
  | 'AUTOLOGOUS';

/** A consent the patient signed (PIPL): the signed form must already be a verified CONSENT_FORM document of the case. */
export type RecordConsentInput = {
  /** The case. */
  caseId: string;
  /** The data the centre may receive (at least one). */
  categories: Array<DataCategory>;
  /** The recipient centre (an existing centre id; NOT_FOUND otherwise). */
  centreId: string;
  /** Which way the data crosses the border. */
  direction: TransferDirection;
  /** When the patient signed; defaults to now. */
  grantedAt?: string | null | undefined;
  /** How the recipient processes the data, as the patient was told. (Who the recipient is and how to reach it come from the centre's published profile.) */
  processingMethod: string;
  /** What the centre may use the data for. */
  purpose: ConsentPurpose;
  /** How the patient exercises their rights, as they were told. */
  rightsContact: string;
  /** The signed form: a verified CONSENT_FORM document of this case. */
  signedFormDocumentId: string;
};

/** The six kinds of record a site needs before it will screen a case. */
export type RecordKind =
  /** Recent blood tests (counts, chemistry); count for 4 weeks. */
  | 'BLOOD_PANEL'
  /** Flow cytometry (haematological cancers); counts for 3 months. */
  | 'FLOW_CYTOMETRY'
  /** Recent imaging (CT, PET-CT, MRI); counts for 8 weeks. */
  | 'IMAGING'
  /** The pathology report confirming the diagnosis (needs an English translation when not in English). */
  | 'PATHOLOGY_REPORT'
  /** Records of a previous cellular therapy (e.g. CAR-T); required only when the patient had one. */
  | 'PRIOR_CELLULAR_THERAPY'
  /** The lines of therapy so far and how each ended. */
  | 'TREATMENT_HISTORY';

/** Where one record kind of the checklist stands. */
export type RecordStatus =
  /** No verified record of this kind yet. */
  | 'MISSING'
  /** Its coordinator marked it not applicable, with a reason (notApplicable): it never counts as missing and never ages. */
  | 'NOT_APPLICABLE'
  /** The case's profile does not call for it (e.g. flow cytometry for a solid tumour): it never counts as missing and never ages (requirementReason says why). */
  | 'NOT_REQUIRED'
  /** A verified, recent (and, where needed, translated) record counts. */
  | 'PRESENT'
  /** Older than the recency a site requires (flow cytometry 3 months, labs 4 weeks, imaging 8 weeks). */
  | 'STALE'
  /** Needs an English translation (pathology reports). */
  | 'UNTRANSLATED';

/** What replaying a dead letter did. */
export type RedriveOutcome =
  /** The consumer applied the event this time. */
  | 'APPLIED'
  /** It failed again and stays a dead letter (see errorMessage). */
  | 'DEAD_LETTERED'
  /** The event had been applied already: nothing changed, the letter is settled. */
  | 'DUPLICATE'
  /** The consumer has nothing to do for this kind of event: nothing changed. */
  | 'IGNORED';

/** Where a referral stands with the centre. */
export type ReferralStatus =
  /** The PI accepted the patient. */
  | 'ACCEPTED'
  /** Submitted; the PI has not answered yet (reviewDueOn says when they should). */
  | 'AWAITING_DECISION'
  /** The PI declined (decisionReason says why). */
  | 'DECLINED'
  /** The centre needs more information before deciding (decisionReason says what). */
  | 'MORE_INFORMATION_REQUESTED';

/** A trial a centre's office registers. Refused with the path of the first bad field (e.g. registryIds.1). */
export type RegisterTrialInput = {
  /** Other participating centres (existing centre ids); the owner is always one. Their sites start closed. */
  centreIds?: Array<string> | null | undefined;
  /** The criteria as JSON, validated clause by clause; they become version 1. */
  criteria: string;
  /** How the product is given; omit when not known. */
  deliveries?: Array<TrialDelivery> | null | undefined;
  /** How the product is paid for (at least one). */
  fundingModels: Array<FundingModel>;
  /** The diseases it treats, in words (at least one). */
  indications: Array<string>;
  /** Required for AUTOLOGOUS products, absent for ALLOGENEIC ones (1–26 weeks, min ≤ max). */
  manufacturingWeeks?: ManufacturingWeeksInput | null | undefined;
  /** The IND status with China's NMPA, as the office words it; optional. */
  nmpaIndStatus?: string | null | undefined;
  /** Admins only, and then required: the centre that will own the trial. An office registers for its own centre. */
  ownerCentreId?: string | null | undefined;
  /** The phase; omit when not known. */
  phase?: TrialPhase | null | undefined;
  /** Autologous or allogeneic. */
  productType: ProductType;
  /** At least one: NCT and 8 digits (NCT05277987) and/or a ChiCTR number as issued (ChiCTR2000029308, ChiCTR-IOR-17013555). The trial's id is its NCT number, else its first registry id. */
  registryIds: Array<string>;
  /** Known antigens by their official symbol or a name registries use: CD19, BCMA or TNFRSF17, CLDN18.2 (not bcma); kept as written. */
  targets: Array<string>;
  /** The registry's title. */
  title: string;
};

/** A file about to be uploaded, declared up front: the store refuses anything else. */
export type RequestDocumentUploadInput = {
  /** The case the document belongs to. */
  caseId: string;
  /** Declared MIME type (application/pdf, image/jpeg, image/png…); verified against the content. */
  contentType: string;
  /** A new version (or translation) of this document; omit for a new document. */
  documentId?: string | null | undefined;
  /** The file's name, as shown to people (never used as a storage path). */
  fileName: string;
  /** What kind of document it is. */
  kind: DocumentKind;
  /** ISO 639-1 language of the content, e.g. en, zh. */
  language: string;
  /** YYYY-MM-DD: when the record was made. */
  recordDate?: string | null | undefined;
  /** Lowercase hex SHA-256 of the file. */
  sha256: string;
  /** Exact size in bytes; the signed form accepts this size only. */
  sizeBytes: number;
  /** For an English translation: the version it translates. */
  translationOfVersionId?: string | null | undefined;
};

/** Where a recorded fact stands in the history of its summary. */
export type SummaryFactStatus =
  /** Counts in the summary (unless its document was deleted: see sourceDeleted). */
  | 'CURRENT'
  /** Withdrawn from the summary, with who, when and why. */
  | 'RETRACTED'
  /** A correction replaced it (supersededByFactId). */
  | 'SUPERSEDED';

/** Which way the data crosses China's border (PIPL cross-border transfer). */
export type TransferDirection =
  /** From a centre in China back to the patient's side. */
  | 'FROM_CHINA'
  /** From the patient's country to a centre in China. */
  | 'TO_CHINA';

/** Who a traveller is to the case. */
export type TravellerRole =
  /** A family member travelling with them. */
  | 'COMPANION'
  /** The patient. */
  | 'PATIENT';

/** How the product is given. */
export type TrialDelivery =
  /** Solid tumours: injected into the tumour. */
  | 'INTRATUMORAL'
  /** By infusion into a vein. */
  | 'INTRAVENOUS';

/** Phases as ClinicalTrials.gov records them (ChiCTR's 0–4 map onto them). */
export type TrialPhase =
  /** Early phase 1 (formerly phase 0). */
  | 'EARLY_PHASE_1'
  /** Programmes outside phased development (compassionate or named-patient use). */
  | 'NOT_APPLICABLE'
  /** Phase 1. */
  | 'PHASE_1'
  /** Phase 1/2 */
  | 'PHASE_1_2'
  /** Phase 2. */
  | 'PHASE_2'
  /** Phase 2/3 */
  | 'PHASE_2_3'
  /** Phase 3. */
  | 'PHASE_3'
  /** Phase 4 (post-marketing). */
  | 'PHASE_4';

/** A trial's verdict for a case, from its criteria. */
export type TrialVerdict =
  /** Some criterion is NOT_MET, but none about the disease or antigen, and a patient-paid programme targets the trial's antigen. */
  | 'COMPASSIONATE_USE_CANDIDATE'
  /** At least one criterion is NOT_MET. */
  | 'INELIGIBLE'
  /** Every criterion is MET. */
  | 'LIKELY_ELIGIBLE'
  /** None is NOT_MET, but some are UNKNOWN (missing or stale facts, unassessed manual lines). */
  | 'NEEDS_INFORMATION';

/** Where a visa application stands. */
export type VisaApplicationStatus =
  /** Granted (validUntil set); the timeline follows. */
  | 'GRANTED'
  /** Being prepared; its checks show what would hold it back. */
  | 'PREPARING'
  /** Refused (refusalReason set); a new application may be opened. */
  | 'REFUSED'
  /** Lodged with the consulate. */
  | 'SUBMITTED';

/** A check a consulate makes on an application. */
export type VisaCheckKind =
  /** The passport is valid long enough beyond the planned departure. */
  | 'PASSPORT_VALIDITY'
  /** There is time to process the visa before the planned arrival (only warns). */
  | 'PROCESSING_TIME'
  /** The planned stay fits the visa category's maximum stay. */
  | 'STAY_LENGTH'
  /** A granted visa covers the stay until the latest discharge. */
  | 'VISA_VALIDITY';

/** A visa route to add or replace (keyed by nationality and applicant role). */
export type VisaRouteInput = {
  /** Patient or companion. */
  applicantRole: TravellerRole;
  /** The visa category as the consulate names it. */
  category: string;
  /** The longest stay allowed, in days. */
  maxStayDays: number;
  /** ISO 3166-1 alpha-3, or * for any other. */
  nationality: string;
  /** What applicants should know. */
  note: string;
  /** Typical processing time, in days. */
  processingDays: DayRangeInput;
};

/** A step of the application: submitted, granted or refused. */
export type VisaStatusInput = {
  /** The day it was submitted, granted or refused. */
  on: string;
  /** REFUSED: the consulate's reason. */
  reason?: string | null | undefined;
  /** SUBMITTED, GRANTED or REFUSED (PREPARING is where it starts). */
  status: VisaApplicationStatus;
  /** GRANTED: the last day the visa is valid. */
  validUntil?: string | null | undefined;
};

export type AdminAuditTrailQueryVariables = Exact<{
  caseId: string;
}>;

export type AdminAuditTrailQuery = {
  auditTrail: {
    caseId: string;
    intake: Array<{
      id: string;
      service: string;
      seq: number;
      at: string;
      action: string;
      outcome: AuditOutcome;
      purpose: AuditPurpose;
      actor: string;
      roles: Array<string>;
      centreId: string | null;
      targetType: string | null;
      targetId: string | null;
    }>;
    documents: Array<{
      id: string;
      service: string;
      seq: number;
      at: string;
      action: string;
      outcome: AuditOutcome;
      purpose: AuditPurpose;
      actor: string;
      roles: Array<string>;
      centreId: string | null;
      targetType: string | null;
      targetId: string | null;
    }>;
    eligibility: Array<{
      id: string;
      service: string;
      seq: number;
      at: string;
      action: string;
      outcome: AuditOutcome;
      purpose: AuditPurpose;
      actor: string;
      roles: Array<string>;
      centreId: string | null;
      targetType: string | null;
      targetId: string | null;
    }>;
    centres: Array<{
      id: string;
      service: string;
      seq: number;
      at: string;
      action: string;
      outcome: AuditOutcome;
      purpose: AuditPurpose;
      actor: string;
      roles: Array<string>;
      centreId: string | null;
      targetType: string | null;
      targetId: string | null;
    }>;
    travel: Array<{
      id: string;
      service: string;
      seq: number;
      at: string;
      action: string;
      outcome: AuditOutcome;
      purpose: AuditPurpose;
      actor: string;
      roles: Array<string>;
      centreId: string | null;
      targetType: string | null;
      targetId: string | null;
    }>;
    billing: Array<{
      id: string;
      service: string;
      seq: number;
      at: string;
      action: string;
      outcome: AuditOutcome;
      purpose: AuditPurpose;
      actor: string;
      roles: Array<string>;
      centreId: string | null;
      targetType: string | null;
      targetId: string | null;
    }>;
  };
};

export type AdminAuditEntryFragment = {
  id: string;
  service: string;
  seq: number;
  at: string;
  action: string;
  outcome: AuditOutcome;
  purpose: AuditPurpose;
  actor: string;
  roles: Array<string>;
  centreId: string | null;
  targetType: string | null;
  targetId: string | null;
};

export type AdminReferenceQueryVariables = Exact<{ [key: string]: never }>;

export type AdminReferenceQuery = {
  centres: Array<{
    id: string;
    name: string;
    nameZh: string | null;
    city: string;
    languages: Array<string>;
    contactEmail: string | null;
    contactPhone: string | null;
  }>;
  trials: Array<{
    id: string;
    registryIds: Array<string>;
    title: string;
    ownerCentreId: string;
    productType: ProductType;
    recruiting: boolean;
    openSlots: number;
    sites: Array<{ centreId: string; recruiting: boolean }>;
  }>;
};

export type AdminVisaRoutesQueryVariables = Exact<{ [key: string]: never }>;

export type AdminVisaRoutesQuery = {
  visaRoutes: Array<{
    nationality: string;
    applicantRole: TravellerRole;
    category: string;
    maxStayDays: number;
    note: string;
    processingDays: { min: number; max: number };
  }>;
};

export type AdminVisaRouteFragment = {
  nationality: string;
  applicantRole: TravellerRole;
  category: string;
  maxStayDays: number;
  note: string;
  processingDays: { min: number; max: number };
};

export type AdminSetVisaRouteMutationVariables = Exact<{
  route: VisaRouteInput;
}>;

export type AdminSetVisaRouteMutation = {
  setVisaRoute: {
    nationality: string;
    applicantRole: TravellerRole;
    category: string;
    maxStayDays: number;
    note: string;
    processingDays: { min: number; max: number };
  };
};

export type AdminDeadLetterFragment = {
  id: string;
  consumer: string;
  topic: string;
  eventType: string | null;
  errorCode: string;
  errorMessage: string;
  attempts: number;
  createdAt: string;
  redrivenAt: string | null;
};

export type AdminIntakeDeadLettersQueryVariables = Exact<{
  pendingOnly: boolean;
  limit: number;
}>;

export type AdminIntakeDeadLettersQuery = {
  letters: Array<{
    id: string;
    consumer: string;
    topic: string;
    eventType: string | null;
    errorCode: string;
    errorMessage: string;
    attempts: number;
    createdAt: string;
    redrivenAt: string | null;
  }>;
};

export type AdminDocumentsDeadLettersQueryVariables = Exact<{
  pendingOnly: boolean;
  limit: number;
}>;

export type AdminDocumentsDeadLettersQuery = {
  letters: Array<{
    id: string;
    consumer: string;
    topic: string;
    eventType: string | null;
    errorCode: string;
    errorMessage: string;
    attempts: number;
    createdAt: string;
    redrivenAt: string | null;
  }>;
};

export type AdminEligibilityDeadLettersQueryVariables = Exact<{
  pendingOnly: boolean;
  limit: number;
}>;

export type AdminEligibilityDeadLettersQuery = {
  letters: Array<{
    id: string;
    consumer: string;
    topic: string;
    eventType: string | null;
    errorCode: string;
    errorMessage: string;
    attempts: number;
    createdAt: string;
    redrivenAt: string | null;
  }>;
};

export type AdminCentresDeadLettersQueryVariables = Exact<{
  pendingOnly: boolean;
  limit: number;
}>;

export type AdminCentresDeadLettersQuery = {
  letters: Array<{
    id: string;
    consumer: string;
    topic: string;
    eventType: string | null;
    errorCode: string;
    errorMessage: string;
    attempts: number;
    createdAt: string;
    redrivenAt: string | null;
  }>;
};

export type AdminTravelDeadLettersQueryVariables = Exact<{
  pendingOnly: boolean;
  limit: number;
}>;

export type AdminTravelDeadLettersQuery = {
  letters: Array<{
    id: string;
    consumer: string;
    topic: string;
    eventType: string | null;
    errorCode: string;
    errorMessage: string;
    attempts: number;
    createdAt: string;
    redrivenAt: string | null;
  }>;
};

export type AdminBillingDeadLettersQueryVariables = Exact<{
  pendingOnly: boolean;
  limit: number;
}>;

export type AdminBillingDeadLettersQuery = {
  letters: Array<{
    id: string;
    consumer: string;
    topic: string;
    eventType: string | null;
    errorCode: string;
    errorMessage: string;
    attempts: number;
    createdAt: string;
    redrivenAt: string | null;
  }>;
};

export type AdminRedriveIntakeDeadLetterMutationVariables = Exact<{
  id: string;
}>;

export type AdminRedriveIntakeDeadLetterMutation = {
  result: {
    outcome: RedriveOutcome;
    deadLetter: {
      id: string;
      consumer: string;
      topic: string;
      eventType: string | null;
      errorCode: string;
      errorMessage: string;
      attempts: number;
      createdAt: string;
      redrivenAt: string | null;
    };
  };
};

export type AdminRedriveDocumentsDeadLetterMutationVariables = Exact<{
  id: string;
}>;

export type AdminRedriveDocumentsDeadLetterMutation = {
  result: {
    outcome: RedriveOutcome;
    deadLetter: {
      id: string;
      consumer: string;
      topic: string;
      eventType: string | null;
      errorCode: string;
      errorMessage: string;
      attempts: number;
      createdAt: string;
      redrivenAt: string | null;
    };
  };
};

export type AdminRedriveEligibilityDeadLetterMutationVariables = Exact<{
  id: string;
}>;

export type AdminRedriveEligibilityDeadLetterMutation = {
  result: {
    outcome: RedriveOutcome;
    deadLetter: {
      id: string;
      consumer: string;
      topic: string;
      eventType: string | null;
      errorCode: string;
      errorMessage: string;
      attempts: number;
      createdAt: string;
      redrivenAt: string | null;
    };
  };
};

export type AdminRedriveCentresDeadLetterMutationVariables = Exact<{
  id: string;
}>;

export type AdminRedriveCentresDeadLetterMutation = {
  result: {
    outcome: RedriveOutcome;
    deadLetter: {
      id: string;
      consumer: string;
      topic: string;
      eventType: string | null;
      errorCode: string;
      errorMessage: string;
      attempts: number;
      createdAt: string;
      redrivenAt: string | null;
    };
  };
};

export type AdminRedriveTravelDeadLetterMutationVariables = Exact<{
  id: string;
}>;

export type AdminRedriveTravelDeadLetterMutation = {
  result: {
    outcome: RedriveOutcome;
    deadLetter: {
      id: string;
      consumer: string;
      topic: string;
      eventType: string | null;
      errorCode: string;
      errorMessage: string;
      attempts: number;
      createdAt: string;
      redrivenAt: string | null;
    };
  };
};

export type AdminRedriveBillingDeadLetterMutationVariables = Exact<{
  id: string;
}>;

export type AdminRedriveBillingDeadLetterMutation = {
  result: {
    outcome: RedriveOutcome;
    deadLetter: {
      id: string;
      consumer: string;
      topic: string;
      eventType: string | null;
      errorCode: string;
      errorMessage: string;
      attempts: number;
      createdAt: string;
      redrivenAt: string | null;
    };
  };
};

export type CentreLanguagesQueryVariables = Exact<{ [key: string]: never }>;

export type CentreLanguagesQuery = { centres: Array<{ id: string; languages: Array<string> }> };

export type DevCentresQueryVariables = Exact<{ [key: string]: never }>;

export type DevCentresQuery = { centres: Array<{ id: string; name: string }> };

export type CaseOverviewQueryVariables = Exact<{
  id: string;
}>;

export type CaseOverviewQuery = {
  case: {
    id: string;
    reference: string;
    status: CaseStatus;
    allowedTransitions: Array<CaseStatus>;
    openedAt: string;
    coordinatorId: string;
    priorCellularTherapy: boolean | null;
    reviewDueOn: string | null;
    reviewOverdue: boolean;
    staleRecordKinds: Array<RecordKind>;
    statusHistory: Array<{ from: CaseStatus | null; to: CaseStatus; reason: string | null; changedBy: string | null; changedAt: string }>;
    diagnosis: { icd10: string; description: string };
    homeTeamReview: { reviewedOn: string; reviewer: string; institution: string; summary: string; recordedAt: string } | null;
    checklist: {
      completeness: ChecklistCompleteness;
      items: Array<{ kind: RecordKind; status: RecordStatus; recordDate: string | null; required: boolean }>;
    } | null;
  } | null;
};

export type CasePeopleQueryVariables = Exact<{
  id: string;
}>;

export type CasePeopleQuery = {
  case: {
    id: string;
    patient: {
      id: string;
      givenName: string;
      familyName: string;
      birthDate: string;
      nationality: string;
      passportNumber: string | null;
      passportExpiry: string | null;
      email: string | null;
      phone: string | null;
    } | null;
    companions: Array<{
      id: string;
      givenName: string;
      familyName: string;
      relationship: string;
      birthDate: string | null;
      nationality: string | null;
      passportNumber: string | null;
      passportExpiry: string | null;
    }>;
    consents: Array<{
      id: string;
      centreId: string;
      purpose: ConsentPurpose;
      categories: Array<DataCategory>;
      direction: TransferDirection;
      recipientName: string;
      recipientContact: string;
      processingMethod: string;
      rightsContact: string;
      signedFormDocumentId: string;
      grantedAt: string;
      withdrawnAt: string | null;
      withdrawalReason: string | null;
      active: boolean;
    }>;
    documents: Array<{
      id: string;
      kind: DocumentKind;
      createdAt: string;
      versions: Array<{ id: string; version: number; fileName: string; status: DocumentVersionStatus; uploadedAt: string }>;
    }>;
  } | null;
};

export type CaseConsentCentresQueryVariables = Exact<{ [key: string]: never }>;

export type CaseConsentCentresQuery = {
  centres: Array<{ id: string; name: string; nameZh: string | null; city: string; contactEmail: string | null; contactPhone: string | null }>;
};

export type CaseOpenMutationVariables = Exact<{
  input: OpenCaseInput;
  idempotencyKey?: string | null | undefined;
}>;

export type CaseOpenMutation = { openCase: { id: string; reference: string } };

export type CaseTransitionMutationVariables = Exact<{
  caseId: string;
  to: CaseStatus;
  reason?: string | null | undefined;
}>;

export type CaseTransitionMutation = {
  transitionCase: {
    id: string;
    status: CaseStatus;
    allowedTransitions: Array<CaseStatus>;
    statusHistory: Array<{ from: CaseStatus | null; to: CaseStatus; reason: string | null; changedBy: string | null; changedAt: string }>;
  };
};

export type CaseUpdateProfileMutationVariables = Exact<{
  caseId: string;
  input: CaseProfileInput;
}>;

export type CaseUpdateProfileMutation = {
  updateCaseProfile: { id: string; priorCellularTherapy: boolean | null; diagnosis: { icd10: string; description: string } };
};

export type CaseRecordHomeTeamReviewMutationVariables = Exact<{
  caseId: string;
  review: HomeTeamReviewInput;
}>;

export type CaseRecordHomeTeamReviewMutation = {
  recordHomeTeamReview: {
    id: string;
    homeTeamReview: { reviewedOn: string; reviewer: string; institution: string; summary: string; recordedAt: string } | null;
  };
};

export type CaseAssignCoordinatorMutationVariables = Exact<{
  caseId: string;
  coordinatorId: string;
}>;

export type CaseAssignCoordinatorMutation = { assignCoordinator: { id: string; coordinatorId: string } };

export type CaseUpdatePatientMutationVariables = Exact<{
  caseId: string;
  patient: PatientChangesInput;
}>;

export type CaseUpdatePatientMutation = { updatePatient: { id: string } };

export type CaseAddCompanionMutationVariables = Exact<{
  caseId: string;
  companion: CompanionInput;
}>;

export type CaseAddCompanionMutation = { addCompanion: { id: string } };

export type CaseUpdateCompanionMutationVariables = Exact<{
  companionId: string;
  companion: CompanionChangesInput;
}>;

export type CaseUpdateCompanionMutation = { updateCompanion: { id: string } };

export type CaseRemoveCompanionMutationVariables = Exact<{
  companionId: string;
}>;

export type CaseRemoveCompanionMutation = { removeCompanion: { id: string } };

export type CaseRecordConsentMutationVariables = Exact<{
  input: RecordConsentInput;
}>;

export type CaseRecordConsentMutation = { recordConsent: { id: string } };

export type CaseWithdrawConsentMutationVariables = Exact<{
  consentId: string;
  reason: string;
}>;

export type CaseWithdrawConsentMutation = { withdrawConsent: { id: string; active: boolean; withdrawnAt: string | null; withdrawalReason: string | null } };

export type JourneyTabQueryVariables = Exact<{
  id: string;
  people: boolean;
}>;

export type JourneyTabQuery = {
  case: {
    id: string;
    journey: {
      caseId: string;
      centreId: string;
      trialId: string;
      productType: ProductType;
      acceptedOn: string;
      revision: number;
      plannedAt: string;
      arrivedOn: string | null;
      facts: Array<{ kind: string; days: number | null; on: string | null; validUntil: string | null; role: TravellerRole | null }>;
      timeline: {
        flags: Array<string>;
        milestones: Array<{ name: MilestoneName; note: string; start: { earliest: string; latest: string }; end: { earliest: string; latest: string } }>;
        infusion: { earliest: string; latest: string };
        firstContactToInfusionDays: { min: number; max: number };
      };
    } | null;
    invitationLetters: Array<{
      id: string;
      status: InvitationLetterStatus;
      version: number;
      requestedAt: string;
      officeReference: string | null;
      plannedArrival: string | null;
      plannedDeparture: string | null;
      validUntil: string | null;
      issuedAt: string | null;
      supersededAt: string | null;
    }>;
    travellers?: Array<{
      id: string;
      role: TravellerRole;
      givenName: string;
      familyName: string;
      birthDate: string;
      nationality: string;
      passportNumber: string;
      passportExpiry: string;
      relationship: string | null;
    }>;
    visaApplications?: Array<{
      id: string;
      travellerId: string;
      applicantRole: TravellerRole;
      status: VisaApplicationStatus;
      plannedArrival: string;
      plannedDeparture: string;
      submittedOn: string | null;
      decidedOn: string | null;
      validUntil: string | null;
      refusalReason: string | null;
      route: { category: string; maxStayDays: number };
      checks: Array<{ check: VisaCheckKind; ok: boolean; blocksSubmission: boolean; reason: string }>;
    }>;
  } | null;
};

export type JourneyRequestLetterMutationVariables = Exact<{
  caseId: string;
}>;

export type JourneyRequestLetterMutation = { requestInvitationLetter: { id: string; status: InvitationLetterStatus } };

export type JourneyLetterDownloadQueryVariables = Exact<{
  letterId: string;
}>;

export type JourneyLetterDownloadQuery = { invitationLetterDownload: { url: string; expiresAt: string } };

export type JourneyOpenVisaMutationVariables = Exact<{
  travellerId: string;
  input?: OpenVisaApplicationInput | null | undefined;
}>;

export type JourneyOpenVisaMutation = { openVisaApplication: { id: string; status: VisaApplicationStatus } };

export type JourneyUpdateVisaMutationVariables = Exact<{
  applicationId: string;
  input: VisaStatusInput;
}>;

export type JourneyUpdateVisaMutation = { updateVisaApplication: { id: string; status: VisaApplicationStatus } };

export type JourneyReportDelayMutationVariables = Exact<{
  caseId: string;
  days: number;
}>;

export type JourneyReportDelayMutation = { reportManufacturingDelay: { caseId: string; revision: number } };

export type JourneyRecordArrivalMutationVariables = Exact<{
  caseId: string;
  arrivedOn: string;
}>;

export type JourneyRecordArrivalMutation = { recordArrival: { caseId: string; arrivedOn: string | null } };

export type JourneyCalendarDownloadQueryVariables = Exact<{
  caseId: string;
}>;

export type JourneyCalendarDownloadQuery = { treatmentCalendarDownload: { url: string; expiresAt: string } };

export type JourneySubscribeCalendarMutationVariables = Exact<{
  caseId: string;
}>;

export type JourneySubscribeCalendarMutation = { subscribeTreatmentCalendar: { url: string; createdAt: string } };

export type JourneyRevokeCalendarMutationVariables = Exact<{
  caseId: string;
}>;

export type JourneyRevokeCalendarMutation = { revokeTreatmentCalendar: boolean };

export type MoneyTabQueryVariables = Exact<{
  id: string;
}>;

export type MoneyTabQuery = {
  case: {
    id: string;
    journey: { caseId: string; centreId: string } | null;
    billing: {
      caseId: string;
      timelineRevision: number | null;
      currentEstimate: { id: string; version: number } | null;
      estimates: Array<{
        id: string;
        version: number;
        fundingModel: EstimateFundingModel;
        timelineRevision: number;
        preparedAt: string;
        priceList: { label: string; asOf: string; illustrative: boolean };
        lines: Array<{ item: EstimateLineItem; basis: string; low: { amount: string; currency: string }; high: { amount: string; currency: string } }>;
        total: { low: { amount: string; currency: string }; high: { amount: string; currency: string } };
        totalUsd: { low: { amount: string; currency: string }; high: { amount: string; currency: string } };
        rate: { from: string; to: string; rate: string; asOf: string; source: string };
        acceptance: { acceptedBy: string; acceptedAt: string; recordedBy: string } | null;
      }>;
      invoices: Array<{
        id: string;
        reference: string | null;
        kind: InvoiceKind;
        estimateVersion: number;
        issuedOn: string;
        dueOn: string | null;
        amount: { amount: string; currency: string };
        amountUsd: { amount: string; currency: string } | null;
        rate: { rate: string; asOf: string } | null;
      }>;
      payments: Array<{
        reference: string;
        invoiceReference: string | null;
        on: string;
        amount: { amount: string; currency: string };
        received: { amount: string; currency: string } | null;
        rate: { rate: string; asOf: string; source: string } | null;
      }>;
      refunds: Array<{
        reference: string;
        invoiceReference: string | null;
        on: string;
        amount: { amount: string; currency: string };
        received: { amount: string; currency: string } | null;
        rate: { rate: string; asOf: string; source: string } | null;
      }>;
      balance: {
        invoiced: { amount: string; currency: string };
        paid: { amount: string; currency: string };
        refunded: { amount: string; currency: string };
        due: { amount: string; currency: string };
        credit: { amount: string; currency: string };
      };
    } | null;
  } | null;
};

export type MoneyPayeeQueryVariables = Exact<{
  centreId: string;
}>;

export type MoneyPayeeQuery = {
  centreTariff: { centreId: string; label: string; bank: { accountName: string; bankName: string; accountNumber: string; swift: string } | null } | null;
};

export type MoneyPrepareEstimateMutationVariables = Exact<{
  caseId: string;
  input: PrepareEstimateInput;
}>;

export type MoneyPrepareEstimateMutation = { prepareCostEstimate: { id: string; version: number } };

export type MoneyAcceptEstimateMutationVariables = Exact<{
  estimateId: string;
  input: AcceptEstimateInput;
}>;

export type MoneyAcceptEstimateMutation = { acceptCostEstimate: { id: string; version: number } };

export type MoneyEstimateDownloadQueryVariables = Exact<{
  estimateId: string;
}>;

export type MoneyEstimateDownloadQuery = { costEstimateDownload: { url: string; expiresAt: string } };

export type MoneyIssueInvoiceMutationVariables = Exact<{
  caseId: string;
  input: IssueInvoiceInput;
}>;

export type MoneyIssueInvoiceMutation = { issueInvoice: { id: string; reference: string | null } };

export type MoneyInvoiceDownloadQueryVariables = Exact<{
  invoiceId: string;
}>;

export type MoneyInvoiceDownloadQuery = { invoiceDownload: { url: string; expiresAt: string } };

export type MoneyRecordPaymentMutationVariables = Exact<{
  caseId: string;
  payment: MoneyMovementInput;
}>;

export type MoneyRecordPaymentMutation = { recordPayment: { caseId: string } };

export type MoneyRecordRefundMutationVariables = Exact<{
  caseId: string;
  refund: MoneyMovementInput;
}>;

export type MoneyRecordRefundMutation = { recordRefund: { caseId: string } };

export type NotificationFeedQueryVariables = Exact<{ [key: string]: never }>;

export type NotificationFeedQuery = {
  notifications: {
    unreadCount: number;
    edges: Array<{
      node: { id: string; kind: NotificationKind; caseId: string; caseReference: string; outcome: string | null; createdAt: string; read: boolean };
    }>;
  };
};

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never }>;

export type MarkAllNotificationsReadMutation = { markAllNotificationsRead: number };

export type OfficeReferralsQueryVariables = Exact<{ [key: string]: never }>;

export type OfficeReferralsQuery = {
  myReferrals: Array<{
    id: string;
    trialId: string;
    centreId: string;
    status: ReferralStatus;
    submittedAt: string;
    reviewDueOn: string;
    decisionReason: string | null;
    decidedAt: string | null;
    completenessAtSubmission: string;
    case: { id: string; reference: string };
  }>;
};

export type OfficeReferralCaseQueryVariables = Exact<{
  id: string;
}>;

export type OfficeReferralCaseQuery = {
  case: {
    id: string;
    reference: string;
    status: CaseStatus;
    checklistCompleteness: ChecklistCompleteness | null;
    staleRecordKinds: Array<RecordKind>;
    reviewDueOn: string | null;
    reviewOverdue: boolean;
    diagnosis: { icd10: string; description: string };
  } | null;
};

export type OfficeRecordPiDecisionMutationVariables = Exact<{
  referralId: string;
  decision: PiDecision;
  reason?: string | null | undefined;
}>;

export type OfficeRecordPiDecisionMutation = {
  recordPiDecision: { id: string; status: ReferralStatus; decisionReason: string | null; decidedAt: string | null };
};

export type OfficeLettersQueryVariables = Exact<{ [key: string]: never }>;

export type OfficeLettersQuery = {
  myInvitationLetters: Array<{
    id: string;
    status: InvitationLetterStatus;
    trialId: string;
    version: number;
    requestedAt: string;
    issuedAt: string | null;
    officeReference: string | null;
    plannedArrival: string | null;
    plannedDeparture: string | null;
    validUntil: string | null;
    sha256: string | null;
    supersededAt: string | null;
    reissueReason: string | null;
    case: { id: string; reference: string };
  }>;
};

export type OfficeLetterPreviewQueryVariables = Exact<{
  letterId: string;
  input?: InvitationLetterDraftInput | null | undefined;
}>;

export type OfficeLetterPreviewQuery = {
  previewInvitationLetter: {
    letterId: string;
    version: number;
    missing: Array<string>;
    unprintable: Array<string>;
    acceptedOn: string;
    officeReference: string | null;
    plannedArrival: string | null;
    plannedDeparture: string | null;
    validUntil: string | null;
    centre: { name: string; nameZh: string; officeEmail: string | null; officePhone: string | null; address: { en: string; zh: string } } | null;
    principalInvestigator: { name: string; nameZh: string | null } | null;
    travellers: Array<{ role: TravellerRole; givenName: string; familyName: string; nationality: string; passportNumber: string }>;
    draft: { url: string };
  };
};

export type OfficeIssueLetterMutationVariables = Exact<{
  letterId: string;
  input: IssueInvitationLetterInput;
}>;

export type OfficeIssueLetterMutation = { issueInvitationLetter: { id: string; status: InvitationLetterStatus; issuedAt: string | null } };

export type OfficeReissueLetterMutationVariables = Exact<{
  letterId: string;
  reason: string;
  input?: InvitationLetterDraftInput | null | undefined;
}>;

export type OfficeReissueLetterMutation = { reissueInvitationLetter: { id: string; status: InvitationLetterStatus; version: number } };

export type OfficeLetterDownloadQueryVariables = Exact<{
  letterId: string;
}>;

export type OfficeLetterDownloadQuery = { invitationLetterDownload: { url: string; expiresAt: string } };

export type OfficeCentreQueryVariables = Exact<{
  id: string;
}>;

export type OfficeCentreQuery = {
  centre: {
    id: string;
    name: string;
    nameZh: string | null;
    city: string;
    activeTargets: Array<string>;
    internationalOffice: InternationalOffice;
    internationalOfficeNote: string;
    languages: Array<string>;
    icuBackup: boolean;
    crsIcansManagement: boolean;
    hotelMonitoringAfterDay14: boolean;
    contactEmail: string | null;
    contactPhone: string | null;
    address: { en: string; zh: string } | null;
  } | null;
};

export type OfficeUpdateCentreMutationVariables = Exact<{
  centreId: string;
  profile: CentreProfileInput;
}>;

export type OfficeUpdateCentreMutation = {
  updateCentreProfile: {
    id: string;
    nameZh: string | null;
    languages: Array<string>;
    icuBackup: boolean;
    crsIcansManagement: boolean;
    hotelMonitoringAfterDay14: boolean;
    contactEmail: string | null;
    contactPhone: string | null;
    address: { en: string; zh: string } | null;
  };
};

export type OfficeTariffQueryVariables = Exact<{
  centreId: string;
}>;

export type OfficeTariffQuery = {
  centreTariff: {
    centreId: string;
    label: string;
    asOf: string;
    updatedAt: string;
    hospitalDay: { amount: string; formatted: string };
    monitoringDay: { amount: string; formatted: string };
    apheresis: { amount: string; formatted: string };
    lymphodepletionDay: { amount: string; formatted: string };
    crsIcansReserve: { low: { amount: string; formatted: string }; high: { amount: string; formatted: string } };
    coordinationFee: { amount: string; formatted: string };
    interpreterDay: { amount: string; formatted: string };
    hotelNight: { amount: string; formatted: string };
    manufacturing: { low: { amount: string; currency: string; formatted: string }; high: { amount: string; formatted: string } };
    bank: { accountName: string; bankName: string; accountNumber: string; swift: string } | null;
  } | null;
};

export type OfficeSetTariffMutationVariables = Exact<{
  centreId: string;
  tariff: CentreTariffInput;
}>;

export type OfficeSetTariffMutation = { setCentreTariff: { centreId: string; label: string; asOf: string; updatedAt: string } };

export type OfficeTrialsQueryVariables = Exact<{
  centreId: string;
}>;

export type OfficeTrialsQuery = {
  centre: {
    id: string;
    trials: Array<{
      id: string;
      title: string;
      registryIds: Array<string>;
      ownerCentreId: string;
      criteriaVersion: number;
      sites: Array<{ centreId: string; recruiting: boolean; openSlots: number; principalInvestigator: { name: string; nameZh: string | null } | null }>;
    }>;
  } | null;
};

export type OfficeAllTrialsQueryVariables = Exact<{ [key: string]: never }>;

export type OfficeAllTrialsQuery = {
  trials: Array<{
    id: string;
    title: string;
    registryIds: Array<string>;
    ownerCentreId: string;
    criteriaVersion: number;
    sites: Array<{ centreId: string; recruiting: boolean; openSlots: number; principalInvestigator: { name: string; nameZh: string | null } | null }>;
  }>;
};

export type OfficeTrialQueryVariables = Exact<{
  id: string;
}>;

export type OfficeTrialQuery = {
  trial: {
    id: string;
    title: string;
    registryIds: Array<string>;
    ownerCentreId: string;
    centreIds: Array<string>;
    targets: Array<string>;
    productType: ProductType;
    phase: TrialPhase | null;
    fundingModels: Array<FundingModel>;
    criteriaJson: string;
    criteriaVersion: number;
    sites: Array<{
      centreId: string;
      recruiting: boolean;
      openSlots: number;
      updatedAt: string;
      principalInvestigator: { name: string; nameZh: string | null } | null;
    }>;
    criteriaHistory: Array<{ version: number; changedBy: string; changedAt: string }>;
  } | null;
};

export type OfficeCriteriaVersionQueryVariables = Exact<{
  id: string;
  version: number;
}>;

export type OfficeCriteriaVersionQuery = {
  trial: {
    id: string;
    criteriaAtVersion: {
      version: number;
      changedBy: string;
      changedAt: string;
      criteria: Array<{ id: string; kind: CriterionKind; text: string; manual: boolean; note: string | null; rule: string; appliesWhen: string | null }>;
    } | null;
  } | null;
};

export type OfficeSetRecruitingMutationVariables = Exact<{
  trialId: string;
  recruiting: boolean;
  openSlots: number;
  centreId?: string | null | undefined;
}>;

export type OfficeSetRecruitingMutation = {
  setTrialRecruiting: { id: string; sites: Array<{ centreId: string; recruiting: boolean; openSlots: number; updatedAt: string }> };
};

export type OfficeSetInvestigatorMutationVariables = Exact<{
  trialId: string;
  principalInvestigator: PrincipalInvestigatorInput;
  centreId?: string | null | undefined;
}>;

export type OfficeSetInvestigatorMutation = {
  setTrialSiteInvestigator: {
    id: string;
    sites: Array<{ centreId: string; updatedAt: string; principalInvestigator: { name: string; nameZh: string | null } | null }>;
  };
};

export type OfficeUpdateCriteriaMutationVariables = Exact<{
  trialId: string;
  criteria: string;
}>;

export type OfficeUpdateCriteriaMutation = { updateTrialCriteria: { id: string; criteriaJson: string; criteriaVersion: number } };

export type OfficeRegisterTrialMutationVariables = Exact<{
  input: RegisterTrialInput;
}>;

export type OfficeRegisterTrialMutation = { registerTrial: { id: string; title: string } };

export type WorkQueueUnreadQueryVariables = Exact<{ [key: string]: never }>;

export type WorkQueueUnreadQuery = { notifications: { edges: Array<{ node: { id: string; caseId: string } }> } };

export type WorkQueueQueryVariables = Exact<{
  filter?: CaseFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type WorkQueueQuery = {
  cases: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        reference: string;
        status: CaseStatus;
        coordinatorId: string;
        reviewDueOn: string | null;
        reviewOverdue: boolean;
        staleRecordKinds: Array<RecordKind>;
        openedAt: string;
        diagnosis: { icd10: string; description: string };
      };
    }>;
  };
};

export type RecordsChecklistQueryVariables = Exact<{
  id: string;
}>;

export type RecordsChecklistQuery = {
  case: {
    id: string;
    checklist: {
      caseId: string;
      completeness: ChecklistCompleteness;
      evaluatedAt: string;
      items: Array<{
        kind: RecordKind;
        status: RecordStatus;
        versionId: string | null;
        recordDate: string | null;
        staleOn: string | null;
        required: boolean;
        requirementReason: string | null;
        notApplicable: { reason: string; markedBy: string; markedAt: string } | null;
      }>;
    } | null;
    documents: Array<{
      id: string;
      kind: DocumentKind;
      createdAt: string;
      versions: Array<{
        id: string;
        version: number;
        fileName: string;
        contentType: string;
        sizeBytes: number;
        sha256: string;
        language: string;
        recordDate: string | null;
        status: DocumentVersionStatus;
        statusReason: string | null;
        uploadedAt: string;
        verifiedAt: string | null;
      }>;
    }>;
  } | null;
};

export type RecordsRequestUploadMutationVariables = Exact<{
  input: RequestDocumentUploadInput;
}>;

export type RecordsRequestUploadMutation = {
  requestDocumentUpload: {
    documentId: string;
    versionId: string;
    streamUploadPath: string;
    upload: { url: string; method: string; fields: Array<{ name: string; value: string }> };
  };
};

export type RecordsCompleteUploadMutationVariables = Exact<{
  versionId: string;
}>;

export type RecordsCompleteUploadMutation = { completeDocumentUpload: { id: string; status: DocumentVersionStatus; statusReason: string | null } };

export type RecordsDownloadQueryVariables = Exact<{
  versionId: string;
}>;

export type RecordsDownloadQuery = { documentDownload: { url: string } };

export type RecordsDeleteMutationVariables = Exact<{
  documentId: string;
  reason: string;
}>;

export type RecordsDeleteMutation = { deleteDocument: { id: string } };

export type RecordsMarkNotApplicableMutationVariables = Exact<{
  caseId: string;
  kind: RecordKind;
  reason: string;
}>;

export type RecordsMarkNotApplicableMutation = { markChecklistItemNotApplicable: { caseId: string } };

export type RecordsClearNotApplicableMutationVariables = Exact<{
  caseId: string;
  kind: RecordKind;
}>;

export type RecordsClearNotApplicableMutation = { clearChecklistItemNotApplicable: { caseId: string } };

export type RecordsVerifiedDocumentsQueryVariables = Exact<{
  id: string;
}>;

export type RecordsVerifiedDocumentsQuery = {
  case: {
    id: string;
    documents: Array<{
      id: string;
      kind: DocumentKind;
      versions: Array<{ id: string; version: number; fileName: string; recordDate: string | null; status: DocumentVersionStatus }>;
    }>;
  } | null;
};

export type SummaryOfCaseQueryVariables = Exact<{
  id: string;
}>;

export type SummaryOfCaseQuery = {
  case: {
    id: string;
    oncologySummary: {
      caseId: string;
      version: number;
      updatedAt: string | null;
      birthYearMonth: string | null;
      facts: Array<{
        id: string;
        kind: string;
        fact: unknown;
        observedOn: string;
        sourceDocumentId: string;
        source: string | null;
        sourceDeleted: boolean;
        version: number;
        status: SummaryFactStatus;
        supersedesFactId: string | null;
        supersededByFactId: string | null;
        correctionReason: string | null;
        recordedBy: string;
        recordedAt: string;
        retractedAt: string | null;
        retractedBy: string | null;
        retractionReason: string | null;
      }>;
    } | null;
  } | null;
};

export type SummaryAddFactMutationVariables = Exact<{
  caseId: string;
  fact: unknown;
}>;

export type SummaryAddFactMutation = { addSummaryFact: { id: string } };

export type SummaryCorrectFactMutationVariables = Exact<{
  factId: string;
  fact: unknown;
  reason: string;
}>;

export type SummaryCorrectFactMutation = { correctSummaryFact: { id: string } };

export type SummaryRetractFactMutationVariables = Exact<{
  factId: string;
  reason: string;
}>;

export type SummaryRetractFactMutation = { retractSummaryFact: { id: string } };

export type ScreeningOfCaseQueryVariables = Exact<{
  id: string;
  asOf?: string | null | undefined;
}>;

export type ScreeningOfCaseQuery = {
  case: {
    id: string;
    trialMatches: Array<{
      trialId: string;
      verdict: TrialVerdict;
      judgedOn: string;
      criteria: Array<{ criterionId: string; kind: string; text: string; status: CriterionStatus; explanation: string }>;
      recruitingCentres: Array<{ id: string; name: string; nameZh: string | null }>;
    }> | null;
    referrals: Array<{
      id: string;
      trialId: string;
      status: ReferralStatus;
      submittedAt: string;
      reviewDueOn: string;
      completenessAtSubmission: string;
      decisionReason: string | null;
      decidedAt: string | null;
      centre: { id: string; name: string; nameZh: string | null };
    }>;
  } | null;
  trials: Array<{ id: string; title: string; criteria: Array<{ id: string; manual: boolean; rule: string }> }>;
};

export type ScreeningAssessMutationVariables = Exact<{
  caseId: string;
  trialId: string;
  criterionId: string;
  status: AssessmentStatus;
  sourceDocumentId: string;
  note?: string | null | undefined;
}>;

export type ScreeningAssessMutation = { recordCriterionAssessment: { id: string } };

export type ScreeningSubmitMutationVariables = Exact<{
  caseId: string;
  trialId: string;
  centreId: string;
}>;

export type ScreeningSubmitMutation = { submitCase: { id: string } };

export type UnreadCountQueryVariables = Exact<{ [key: string]: never }>;

export type UnreadCountQuery = { notifications: { unreadCount: number } };

export const AdminAuditEntryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminAuditEntry' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'service' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'action' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'centreId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminAuditEntryFragment, unknown>;
export const AdminVisaRouteFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminVisaRoute' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VisaRoute' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'nationality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'applicantRole' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxStayDays' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'processingDays' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'min' } },
                { kind: 'Field', name: { kind: 'Name', value: 'max' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminVisaRouteFragment, unknown>;
export const AdminDeadLetterFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminDeadLetter' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DeadLetter' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consumer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'topic' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorMessage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redrivenAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminDeadLetterFragment, unknown>;
export const AdminAuditTrailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminAuditTrail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'auditTrail' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'caseId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'intake' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminAuditEntry' } }] },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'documents' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminAuditEntry' } }] },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'eligibility' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminAuditEntry' } }] },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'centres' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminAuditEntry' } }] },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'travel' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminAuditEntry' } }] },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'billing' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminAuditEntry' } }] },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminAuditEntry' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'service' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'action' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'centreId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminAuditTrailQuery, AdminAuditTrailQueryVariables>;
export const AdminReferenceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminReference' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'centres' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trials' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'recruitingOnly' }, value: { kind: 'BooleanValue', value: false } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'registryIds' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ownerCentreId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'productType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recruiting' } },
                { kind: 'Field', name: { kind: 'Name', value: 'openSlots' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sites' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'centreId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recruiting' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminReferenceQuery, AdminReferenceQueryVariables>;
export const AdminVisaRoutesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminVisaRoutes' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'visaRoutes' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminVisaRoute' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminVisaRoute' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VisaRoute' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'nationality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'applicantRole' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxStayDays' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'processingDays' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'min' } },
                { kind: 'Field', name: { kind: 'Name', value: 'max' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminVisaRoutesQuery, AdminVisaRoutesQueryVariables>;
export const AdminSetVisaRouteDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminSetVisaRoute' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'route' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'VisaRouteInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setVisaRoute' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'route' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'route' } } }],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminVisaRoute' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminVisaRoute' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VisaRoute' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'nationality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'applicantRole' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxStayDays' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'processingDays' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'min' } },
                { kind: 'Field', name: { kind: 'Name', value: 'max' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminSetVisaRouteMutation, AdminSetVisaRouteMutationVariables>;
export const AdminIntakeDeadLettersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminIntakeDeadLetters' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'pendingOnly' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'letters' },
            name: { kind: 'Name', value: 'intakeDeadLetters' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'pendingOnly' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'pendingOnly' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } } },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminDeadLetter' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminDeadLetter' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DeadLetter' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consumer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'topic' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorMessage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redrivenAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminIntakeDeadLettersQuery, AdminIntakeDeadLettersQueryVariables>;
export const AdminDocumentsDeadLettersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminDocumentsDeadLetters' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'pendingOnly' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'letters' },
            name: { kind: 'Name', value: 'documentsDeadLetters' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'pendingOnly' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'pendingOnly' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } } },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminDeadLetter' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminDeadLetter' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DeadLetter' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consumer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'topic' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorMessage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redrivenAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminDocumentsDeadLettersQuery, AdminDocumentsDeadLettersQueryVariables>;
export const AdminEligibilityDeadLettersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminEligibilityDeadLetters' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'pendingOnly' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'letters' },
            name: { kind: 'Name', value: 'eligibilityDeadLetters' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'pendingOnly' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'pendingOnly' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } } },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminDeadLetter' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminDeadLetter' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DeadLetter' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consumer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'topic' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorMessage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redrivenAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminEligibilityDeadLettersQuery, AdminEligibilityDeadLettersQueryVariables>;
export const AdminCentresDeadLettersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminCentresDeadLetters' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'pendingOnly' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'letters' },
            name: { kind: 'Name', value: 'centresDeadLetters' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'pendingOnly' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'pendingOnly' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } } },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminDeadLetter' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminDeadLetter' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DeadLetter' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consumer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'topic' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorMessage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redrivenAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminCentresDeadLettersQuery, AdminCentresDeadLettersQueryVariables>;
export const AdminTravelDeadLettersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminTravelDeadLetters' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'pendingOnly' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'letters' },
            name: { kind: 'Name', value: 'travelDeadLetters' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'pendingOnly' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'pendingOnly' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } } },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminDeadLetter' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminDeadLetter' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DeadLetter' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consumer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'topic' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorMessage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redrivenAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminTravelDeadLettersQuery, AdminTravelDeadLettersQueryVariables>;
export const AdminBillingDeadLettersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminBillingDeadLetters' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'pendingOnly' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'letters' },
            name: { kind: 'Name', value: 'billingDeadLetters' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'pendingOnly' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'pendingOnly' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } } },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminDeadLetter' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminDeadLetter' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DeadLetter' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consumer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'topic' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorMessage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redrivenAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminBillingDeadLettersQuery, AdminBillingDeadLettersQueryVariables>;
export const AdminRedriveIntakeDeadLetterDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminRedriveIntakeDeadLetter' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'result' },
            name: { kind: 'Name', value: 'redriveIntakeDeadLetter' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'deadLetter' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminDeadLetter' } }] },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminDeadLetter' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DeadLetter' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consumer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'topic' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorMessage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redrivenAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminRedriveIntakeDeadLetterMutation, AdminRedriveIntakeDeadLetterMutationVariables>;
export const AdminRedriveDocumentsDeadLetterDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminRedriveDocumentsDeadLetter' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'result' },
            name: { kind: 'Name', value: 'redriveDocumentsDeadLetter' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'deadLetter' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminDeadLetter' } }] },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminDeadLetter' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DeadLetter' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consumer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'topic' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorMessage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redrivenAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminRedriveDocumentsDeadLetterMutation, AdminRedriveDocumentsDeadLetterMutationVariables>;
export const AdminRedriveEligibilityDeadLetterDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminRedriveEligibilityDeadLetter' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'result' },
            name: { kind: 'Name', value: 'redriveEligibilityDeadLetter' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'deadLetter' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminDeadLetter' } }] },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminDeadLetter' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DeadLetter' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consumer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'topic' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorMessage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redrivenAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminRedriveEligibilityDeadLetterMutation, AdminRedriveEligibilityDeadLetterMutationVariables>;
export const AdminRedriveCentresDeadLetterDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminRedriveCentresDeadLetter' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'result' },
            name: { kind: 'Name', value: 'redriveCentresDeadLetter' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'deadLetter' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminDeadLetter' } }] },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminDeadLetter' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DeadLetter' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consumer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'topic' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorMessage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redrivenAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminRedriveCentresDeadLetterMutation, AdminRedriveCentresDeadLetterMutationVariables>;
export const AdminRedriveTravelDeadLetterDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminRedriveTravelDeadLetter' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'result' },
            name: { kind: 'Name', value: 'redriveTravelDeadLetter' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'deadLetter' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminDeadLetter' } }] },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminDeadLetter' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DeadLetter' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consumer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'topic' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorMessage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redrivenAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminRedriveTravelDeadLetterMutation, AdminRedriveTravelDeadLetterMutationVariables>;
export const AdminRedriveBillingDeadLetterDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminRedriveBillingDeadLetter' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'result' },
            name: { kind: 'Name', value: 'redriveBillingDeadLetter' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'deadLetter' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminDeadLetter' } }] },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminDeadLetter' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DeadLetter' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consumer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'topic' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorMessage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redrivenAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminRedriveBillingDeadLetterMutation, AdminRedriveBillingDeadLetterMutationVariables>;
export const CentreLanguagesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CentreLanguages' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'centres' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CentreLanguagesQuery, CentreLanguagesQueryVariables>;
export const DevCentresDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DevCentres' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'centres' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DevCentresQuery, DevCentresQueryVariables>;
export const CaseOverviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CaseOverview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'statusHistory' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'changedBy' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'changedAt' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'coordinatorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'priorCellularTherapy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewDueOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewOverdue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'staleRecordKinds' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'diagnosis' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'icd10' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'homeTeamReview' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'reviewedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reviewer' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'institution' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'checklist' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'completeness' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'items' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'recordDate' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'required' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseOverviewQuery, CaseOverviewQueryVariables>;
export const CasePeopleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CasePeople' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'patient' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'givenName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'familyName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'birthDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nationality' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'passportNumber' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'passportExpiry' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'companions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'givenName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'familyName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'relationship' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'birthDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nationality' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'passportNumber' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'passportExpiry' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'consents' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'centreId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'categories' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recipientName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recipientContact' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'processingMethod' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rightsContact' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'signedFormDocumentId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'grantedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'withdrawnAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'withdrawalReason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'documents' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'versions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'uploadedAt' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CasePeopleQuery, CasePeopleQueryVariables>;
export const CaseConsentCentresDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CaseConsentCentres' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'centres' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseConsentCentresQuery, CaseConsentCentresQueryVariables>;
export const CaseOpenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CaseOpen' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'OpenCaseInput' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openCase' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseOpenMutation, CaseOpenMutationVariables>;
export const CaseTransitionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CaseTransition' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseStatus' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'transitionCase' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'caseId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'to' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'reason' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'allowedTransitions' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'statusHistory' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'changedBy' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'changedAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseTransitionMutation, CaseTransitionMutationVariables>;
export const CaseUpdateProfileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CaseUpdateProfile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseProfileInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateCaseProfile' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'caseId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'priorCellularTherapy' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'diagnosis' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'icd10' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseUpdateProfileMutation, CaseUpdateProfileMutationVariables>;
export const CaseRecordHomeTeamReviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CaseRecordHomeTeamReview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'review' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'HomeTeamReviewInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordHomeTeamReview' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'caseId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'review' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'review' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'homeTeamReview' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'reviewedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reviewer' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'institution' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseRecordHomeTeamReviewMutation, CaseRecordHomeTeamReviewMutationVariables>;
export const CaseAssignCoordinatorDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CaseAssignCoordinator' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'coordinatorId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignCoordinator' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'caseId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'coordinatorId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'coordinatorId' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'coordinatorId' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseAssignCoordinatorMutation, CaseAssignCoordinatorMutationVariables>;
export const CaseUpdatePatientDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CaseUpdatePatient' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'patient' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PatientChangesInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updatePatient' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'caseId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'patient' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'patient' } } },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseUpdatePatientMutation, CaseUpdatePatientMutationVariables>;
export const CaseAddCompanionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CaseAddCompanion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'companion' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CompanionInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addCompanion' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'caseId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'companion' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'companion' } } },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseAddCompanionMutation, CaseAddCompanionMutationVariables>;
export const CaseUpdateCompanionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CaseUpdateCompanion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'companionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'companion' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CompanionChangesInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateCompanion' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'companionId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'companionId' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'companion' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'companion' } } },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseUpdateCompanionMutation, CaseUpdateCompanionMutationVariables>;
export const CaseRemoveCompanionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CaseRemoveCompanion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'companionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeCompanion' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'companionId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'companionId' } } },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseRemoveCompanionMutation, CaseRemoveCompanionMutationVariables>;
export const CaseRecordConsentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CaseRecordConsent' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordConsentInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordConsent' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseRecordConsentMutation, CaseRecordConsentMutationVariables>;
export const CaseWithdrawConsentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CaseWithdrawConsent' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'consentId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawConsent' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'consentId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'consentId' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'reason' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                { kind: 'Field', name: { kind: 'Name', value: 'withdrawnAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'withdrawalReason' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseWithdrawConsentMutation, CaseWithdrawConsentMutationVariables>;
export const JourneyTabDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'JourneyTab' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'people' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'journey' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'centreId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'trialId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'productType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acceptedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'plannedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'arrivedOn' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'facts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'days' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'on' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'timeline' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'milestones' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'start' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'earliest' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'latest' } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'end' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'earliest' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'latest' } },
                                      ],
                                    },
                                  },
                                  { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'infusion' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'earliest' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'latest' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'firstContactToInfusionDays' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'min' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'max' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'flags' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'invitationLetters' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'officeReference' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'plannedArrival' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'plannedDeparture' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'supersededAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'travellers' },
                  directives: [
                    {
                      kind: 'Directive',
                      name: { kind: 'Name', value: 'include' },
                      arguments: [
                        { kind: 'Argument', name: { kind: 'Name', value: 'if' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'people' } } },
                      ],
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'givenName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'familyName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'birthDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nationality' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'passportNumber' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'passportExpiry' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'relationship' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'visaApplications' },
                  directives: [
                    {
                      kind: 'Directive',
                      name: { kind: 'Name', value: 'include' },
                      arguments: [
                        { kind: 'Argument', name: { kind: 'Name', value: 'if' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'people' } } },
                      ],
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'travellerId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'applicantRole' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'route' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'maxStayDays' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'plannedArrival' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'plannedDeparture' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'submittedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'decidedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'refusalReason' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'checks' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'check' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'ok' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'blocksSubmission' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<JourneyTabQuery, JourneyTabQueryVariables>;
export const JourneyRequestLetterDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'JourneyRequestLetter' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestInvitationLetter' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'caseId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<JourneyRequestLetterMutation, JourneyRequestLetterMutationVariables>;
export const JourneyLetterDownloadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'JourneyLetterDownload' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'letterId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invitationLetterDownload' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'letterId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'letterId' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<JourneyLetterDownloadQuery, JourneyLetterDownloadQueryVariables>;
export const JourneyOpenVisaDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'JourneyOpenVisa' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'travellerId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'OpenVisaApplicationInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openVisaApplication' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'travellerId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'travellerId' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<JourneyOpenVisaMutation, JourneyOpenVisaMutationVariables>;
export const JourneyUpdateVisaDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'JourneyUpdateVisa' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'applicationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'VisaStatusInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateVisaApplication' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'applicationId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'applicationId' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<JourneyUpdateVisaMutation, JourneyUpdateVisaMutationVariables>;
export const JourneyReportDelayDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'JourneyReportDelay' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'days' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reportManufacturingDelay' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'caseId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'days' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'days' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<JourneyReportDelayMutation, JourneyReportDelayMutationVariables>;
export const JourneyRecordArrivalDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'JourneyRecordArrival' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'arrivedOn' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Date' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordArrival' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'caseId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'arrivedOn' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'arrivedOn' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'arrivedOn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<JourneyRecordArrivalMutation, JourneyRecordArrivalMutationVariables>;
export const JourneyCalendarDownloadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'JourneyCalendarDownload' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'treatmentCalendarDownload' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'caseId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<JourneyCalendarDownloadQuery, JourneyCalendarDownloadQueryVariables>;
export const JourneySubscribeCalendarDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'JourneySubscribeCalendar' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'subscribeTreatmentCalendar' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'caseId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<JourneySubscribeCalendarMutation, JourneySubscribeCalendarMutationVariables>;
export const JourneyRevokeCalendarDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'JourneyRevokeCalendar' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeTreatmentCalendar' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'caseId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } } }],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<JourneyRevokeCalendarMutation, JourneyRevokeCalendarMutationVariables>;
export const MoneyTabDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MoneyTab' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'journey' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'centreId' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'billing' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'timelineRevision' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'currentEstimate' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'estimates' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fundingModel' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'priceList' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'illustrative' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'lines' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'item' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'low' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'high' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                                      ],
                                    },
                                  },
                                  { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'total' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'low' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'high' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'totalUsd' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'low' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'high' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'rate' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'rate' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'timelineRevision' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'preparedAt' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'acceptance' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'acceptedBy' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'acceptedAt' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'recordedBy' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'invoices' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'amount' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'amountUsd' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'rate' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'rate' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'estimateVersion' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'issuedOn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'payments' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'amount' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'received' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'rate' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'rate' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'invoiceReference' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'on' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'refunds' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'amount' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'received' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'rate' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'rate' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'invoiceReference' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'on' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'balance' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'invoiced' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'paid' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'refunded' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'due' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'credit' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MoneyTabQuery, MoneyTabQueryVariables>;
export const MoneyPayeeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MoneyPayee' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'centreId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'centreTariff' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'centreId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'centreId' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'centreId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'bank' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'accountName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'bankName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'accountNumber' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'swift' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MoneyPayeeQuery, MoneyPayeeQueryVariables>;
export const MoneyPrepareEstimateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MoneyPrepareEstimate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PrepareEstimateInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'prepareCostEstimate' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'caseId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MoneyPrepareEstimateMutation, MoneyPrepareEstimateMutationVariables>;
export const MoneyAcceptEstimateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MoneyAcceptEstimate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'estimateId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'AcceptEstimateInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptCostEstimate' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'estimateId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'estimateId' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MoneyAcceptEstimateMutation, MoneyAcceptEstimateMutationVariables>;
export const MoneyEstimateDownloadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MoneyEstimateDownload' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'estimateId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'costEstimateDownload' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'estimateId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'estimateId' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MoneyEstimateDownloadQuery, MoneyEstimateDownloadQueryVariables>;
export const MoneyIssueInvoiceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MoneyIssueInvoice' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'IssueInvoiceInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'issueInvoice' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'caseId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MoneyIssueInvoiceMutation, MoneyIssueInvoiceMutationVariables>;
export const MoneyInvoiceDownloadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MoneyInvoiceDownload' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'invoiceId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invoiceDownload' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'invoiceId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'invoiceId' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MoneyInvoiceDownloadQuery, MoneyInvoiceDownloadQueryVariables>;
export const MoneyRecordPaymentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MoneyRecordPayment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'payment' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'MoneyMovementInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordPayment' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'caseId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'payment' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'payment' } } },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'caseId' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MoneyRecordPaymentMutation, MoneyRecordPaymentMutationVariables>;
export const MoneyRecordRefundDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MoneyRecordRefund' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'refund' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'MoneyMovementInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordRefund' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'caseId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'refund' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'refund' } } },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'caseId' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MoneyRecordRefundMutation, MoneyRecordRefundMutationVariables>;
export const NotificationFeedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NotificationFeed' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notifications' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'unreadCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'caseReference' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'read' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationFeedQuery, NotificationFeedQueryVariables>;
export const MarkAllNotificationsReadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkAllNotificationsRead' },
      selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'markAllNotificationsRead' } }] },
    },
  ],
} as unknown as DocumentNode<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const OfficeReferralsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OfficeReferrals' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myReferrals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trialId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'centreId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewDueOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'completenessAtSubmission' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'case' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OfficeReferralsQuery, OfficeReferralsQueryVariables>;
export const OfficeReferralCaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OfficeReferralCase' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'diagnosis' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'icd10' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'checklistCompleteness' } },
                { kind: 'Field', name: { kind: 'Name', value: 'staleRecordKinds' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewDueOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewOverdue' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OfficeReferralCaseQuery, OfficeReferralCaseQueryVariables>;
export const OfficeRecordPiDecisionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OfficeRecordPiDecision' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'referralId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'decision' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PiDecision' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordPiDecision' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'referralId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'referralId' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'decision' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'decision' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'reason' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OfficeRecordPiDecisionMutation, OfficeRecordPiDecisionMutationVariables>;
export const OfficeLettersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OfficeLetters' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myInvitationLetters' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trialId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'officeReference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'plannedArrival' } },
                { kind: 'Field', name: { kind: 'Name', value: 'plannedDeparture' } },
                { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sha256' } },
                { kind: 'Field', name: { kind: 'Name', value: 'supersededAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reissueReason' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'case' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OfficeLettersQuery, OfficeLettersQueryVariables>;
export const OfficeLetterPreviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OfficeLetterPreview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'letterId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'InvitationLetterDraftInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'previewInvitationLetter' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'letterId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'letterId' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'letterId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'missing' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unprintable' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'officeReference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'plannedArrival' } },
                { kind: 'Field', name: { kind: 'Name', value: 'plannedDeparture' } },
                { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'centre' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'address' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'officeEmail' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'officePhone' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'principalInvestigator' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'travellers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'givenName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'familyName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nationality' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'passportNumber' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'draft' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'url' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OfficeLetterPreviewQuery, OfficeLetterPreviewQueryVariables>;
export const OfficeIssueLetterDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OfficeIssueLetter' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'letterId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'IssueInvitationLetterInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'issueInvitationLetter' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'letterId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'letterId' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OfficeIssueLetterMutation, OfficeIssueLetterMutationVariables>;
export const OfficeReissueLetterDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OfficeReissueLetter' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'letterId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'InvitationLetterDraftInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reissueInvitationLetter' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'letterId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'letterId' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'reason' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OfficeReissueLetterMutation, OfficeReissueLetterMutationVariables>;
export const OfficeLetterDownloadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OfficeLetterDownload' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'letterId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invitationLetterDownload' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'letterId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'letterId' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OfficeLetterDownloadQuery, OfficeLetterDownloadQueryVariables>;
export const OfficeCentreDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OfficeCentre' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'centre' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'address' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'activeTargets' } },
                { kind: 'Field', name: { kind: 'Name', value: 'internationalOffice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'internationalOfficeNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
                { kind: 'Field', name: { kind: 'Name', value: 'icuBackup' } },
                { kind: 'Field', name: { kind: 'Name', value: 'crsIcansManagement' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hotelMonitoringAfterDay14' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OfficeCentreQuery, OfficeCentreQueryVariables>;
export const OfficeUpdateCentreDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OfficeUpdateCentre' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'centreId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'profile' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CentreProfileInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateCentreProfile' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'centreId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'centreId' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'profile' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'profile' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'address' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
                { kind: 'Field', name: { kind: 'Name', value: 'icuBackup' } },
                { kind: 'Field', name: { kind: 'Name', value: 'crsIcansManagement' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hotelMonitoringAfterDay14' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contactPhone' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OfficeUpdateCentreMutation, OfficeUpdateCentreMutationVariables>;
export const OfficeTariffDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OfficeTariff' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'centreId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'centreTariff' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'centreId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'centreId' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'centreId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'hospitalDay' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'monitoringDay' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'apheresis' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'lymphodepletionDay' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'crsIcansReserve' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'low' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'high' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'coordinationFee' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'interpreterDay' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'hotelNight' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'manufacturing' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'low' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'high' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'formatted' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'bank' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'accountName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'bankName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'accountNumber' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'swift' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OfficeTariffQuery, OfficeTariffQueryVariables>;
export const OfficeSetTariffDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OfficeSetTariff' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'centreId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'tariff' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CentreTariffInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setCentreTariff' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'centreId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'centreId' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'tariff' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'tariff' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'centreId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OfficeSetTariffMutation, OfficeSetTariffMutationVariables>;
export const OfficeTrialsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OfficeTrials' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'centreId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'centre' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'centreId' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'trials' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'registryIds' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ownerCentreId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'criteriaVersion' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sites' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'centreId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'recruiting' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'openSlots' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'principalInvestigator' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OfficeTrialsQuery, OfficeTrialsQueryVariables>;
export const OfficeAllTrialsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OfficeAllTrials' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trials' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'recruitingOnly' }, value: { kind: 'BooleanValue', value: false } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'registryIds' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ownerCentreId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'criteriaVersion' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sites' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'centreId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recruiting' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'openSlots' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'principalInvestigator' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OfficeAllTrialsQuery, OfficeAllTrialsQueryVariables>;
export const OfficeTrialDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OfficeTrial' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trial' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'registryIds' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ownerCentreId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'centreIds' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targets' } },
                { kind: 'Field', name: { kind: 'Name', value: 'productType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phase' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fundingModels' } },
                { kind: 'Field', name: { kind: 'Name', value: 'criteriaJson' } },
                { kind: 'Field', name: { kind: 'Name', value: 'criteriaVersion' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sites' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'centreId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recruiting' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'openSlots' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'principalInvestigator' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'criteriaHistory' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'changedBy' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'changedAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OfficeTrialQuery, OfficeTrialQueryVariables>;
export const OfficeCriteriaVersionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OfficeCriteriaVersion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trial' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'criteriaAtVersion' },
                  arguments: [
                    { kind: 'Argument', name: { kind: 'Name', value: 'version' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } } },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'changedBy' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'changedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'criteria' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'manual' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'appliesWhen' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OfficeCriteriaVersionQuery, OfficeCriteriaVersionQueryVariables>;
export const OfficeSetRecruitingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OfficeSetRecruiting' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'trialId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'recruiting' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'openSlots' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'centreId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setTrialRecruiting' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'trialId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'trialId' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'recruiting' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'recruiting' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'openSlots' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'openSlots' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'centreId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'centreId' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sites' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'centreId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recruiting' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'openSlots' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OfficeSetRecruitingMutation, OfficeSetRecruitingMutationVariables>;
export const OfficeSetInvestigatorDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OfficeSetInvestigator' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'trialId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'principalInvestigator' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PrincipalInvestigatorInput' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'centreId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setTrialSiteInvestigator' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'trialId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'trialId' } } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'principalInvestigator' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'principalInvestigator' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'centreId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'centreId' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sites' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'centreId' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'principalInvestigator' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OfficeSetInvestigatorMutation, OfficeSetInvestigatorMutationVariables>;
export const OfficeUpdateCriteriaDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OfficeUpdateCriteria' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'trialId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'criteria' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateTrialCriteria' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'trialId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'trialId' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'criteria' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'criteria' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'criteriaJson' } },
                { kind: 'Field', name: { kind: 'Name', value: 'criteriaVersion' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OfficeUpdateCriteriaMutation, OfficeUpdateCriteriaMutationVariables>;
export const OfficeRegisterTrialDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OfficeRegisterTrial' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RegisterTrialInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registerTrial' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OfficeRegisterTrialMutation, OfficeRegisterTrialMutationVariables>;
export const WorkQueueUnreadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WorkQueueUnread' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notifications' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'unreadOnly' }, value: { kind: 'BooleanValue', value: true } },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WorkQueueUnreadQuery, WorkQueueUnreadQueryVariables>;
export const WorkQueueDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WorkQueue' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cases' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'filter' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'after' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'diagnosis' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'icd10' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'coordinatorId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reviewDueOn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reviewOverdue' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'staleRecordKinds' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WorkQueueQuery, WorkQueueQueryVariables>;
export const RecordsChecklistDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RecordsChecklist' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'checklist' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'completeness' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'evaluatedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'items' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'versionId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'recordDate' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'staleOn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'required' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'requirementReason' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'notApplicable' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'markedBy' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'markedAt' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'documents' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'versions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'sha256' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'recordDate' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'statusReason' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'uploadedAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'verifiedAt' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordsChecklistQuery, RecordsChecklistQueryVariables>;
export const RecordsRequestUploadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordsRequestUpload' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestDocumentUploadInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestDocumentUpload' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'versionId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'upload' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'fields' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'streamUploadPath' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordsRequestUploadMutation, RecordsRequestUploadMutationVariables>;
export const RecordsCompleteUploadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordsCompleteUpload' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'versionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'completeDocumentUpload' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'versionId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'versionId' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusReason' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordsCompleteUploadMutation, RecordsCompleteUploadMutationVariables>;
export const RecordsDownloadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RecordsDownload' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'versionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'documentDownload' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'versionId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'versionId' } } },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'url' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordsDownloadQuery, RecordsDownloadQueryVariables>;
export const RecordsDeleteDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordsDelete' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'documentId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteDocument' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'documentId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'documentId' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'reason' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } } },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordsDeleteMutation, RecordsDeleteMutationVariables>;
export const RecordsMarkNotApplicableDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordsMarkNotApplicable' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordKind' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markChecklistItemNotApplicable' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'caseId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'kind' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'reason' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } } },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'caseId' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordsMarkNotApplicableMutation, RecordsMarkNotApplicableMutationVariables>;
export const RecordsClearNotApplicableDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordsClearNotApplicable' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordKind' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'clearChecklistItemNotApplicable' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'caseId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'kind' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } } },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'caseId' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordsClearNotApplicableMutation, RecordsClearNotApplicableMutationVariables>;
export const RecordsVerifiedDocumentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RecordsVerifiedDocuments' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'documents' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'versions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'recordDate' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordsVerifiedDocumentsQuery, RecordsVerifiedDocumentsQueryVariables>;
export const SummaryOfCaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SummaryOfCase' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'oncologySummary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'birthYearMonth' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'facts' },
                        arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'includeHistory' }, value: { kind: 'BooleanValue', value: true } }],
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fact' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'observedOn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'sourceDocumentId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'sourceDeleted' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'supersedesFactId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'supersededByFactId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'correctionReason' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'recordedBy' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'retractedAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'retractedBy' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'retractionReason' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SummaryOfCaseQuery, SummaryOfCaseQueryVariables>;
export const SummaryAddFactDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SummaryAddFact' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'fact' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addSummaryFact' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'caseId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'fact' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'fact' } } },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SummaryAddFactMutation, SummaryAddFactMutationVariables>;
export const SummaryCorrectFactDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SummaryCorrectFact' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'factId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'fact' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'correctSummaryFact' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'factId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'factId' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'fact' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'fact' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'reason' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } } },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SummaryCorrectFactMutation, SummaryCorrectFactMutationVariables>;
export const SummaryRetractFactDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SummaryRetractFact' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'factId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'retractSummaryFact' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'factId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'factId' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'reason' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } } },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SummaryRetractFactMutation, SummaryRetractFactMutationVariables>;
export const ScreeningOfCaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ScreeningOfCase' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'asOf' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Date' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'trialMatches' },
                  arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'asOf' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'asOf' } } }],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'trialId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'verdict' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'judgedOn' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'criteria' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'criterionId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'recruitingCentres' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'referrals' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'trialId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reviewDueOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'completenessAtSubmission' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'decisionReason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'centre' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trials' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'recruitingOnly' }, value: { kind: 'BooleanValue', value: false } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'criteria' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'manual' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ScreeningOfCaseQuery, ScreeningOfCaseQueryVariables>;
export const ScreeningAssessDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ScreeningAssess' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'trialId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'criterionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'AssessmentStatus' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sourceDocumentId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordCriterionAssessment' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'caseId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'trialId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'trialId' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'criterionId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'criterionId' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'status' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sourceDocumentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sourceDocumentId' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'note' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'note' } } },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ScreeningAssessMutation, ScreeningAssessMutationVariables>;
export const ScreeningSubmitDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ScreeningSubmit' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'trialId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'centreId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitCase' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'caseId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'trialId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'trialId' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'centreId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'centreId' } } },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ScreeningSubmitMutation, ScreeningSubmitMutationVariables>;
export const UnreadCountDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'UnreadCount' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notifications' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              { kind: 'Argument', name: { kind: 'Name', value: 'unreadOnly' }, value: { kind: 'BooleanValue', value: true } },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'unreadCount' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnreadCountQuery, UnreadCountQueryVariables>;
