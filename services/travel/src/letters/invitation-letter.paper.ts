import { Block, PrintedPaper, unprintableCharacters } from '@carta/pdf';
import { dayOf, daysBetween } from '@carta/domain';
import { PrincipalInvestigator } from '../reference/reference.entities';
import { LetterTraveller, PrintedLetterhead } from './invitation-letter.entity';

/** Everything a letter prints; a draft fills what is still missing with a visible placeholder. */
export interface LetterContents {
  letterId: string;
  version: number;
  officeReference: string;
  centre: PrintedLetterhead['centre'];
  principalInvestigator: PrincipalInvestigator;
  trialId: string;
  acceptedOn: string;
  plannedArrival: string;
  plannedDeparture: string;
  validUntil: string;
  travellers: LetterTraveller[];
  issuedAt: Date;
  /** A preview: watermarked, so it is never taken for the letter itself. */
  draft?: boolean;
}

/** The text a draft prints where a required field is still missing. */
export const MISSING = '[待补 missing]';

const fullName = (traveller: LetterTraveller) => `${traveller.familyName.toUpperCase()}, ${traveller.givenName}`;
const bilingualName = (person: { name: string; nameZh: string | null }) => (person.nameZh ? `${person.nameZh} ${person.name}` : person.name);
const identityFields = (traveller: LetterTraveller): [string, string][] => [
  ['姓名（与护照一致） Name (as in passport)', fullName(traveller)],
  ['出生日期 Date of birth', traveller.birthDate],
  ['国籍 Nationality', traveller.nationality],
  ['护照号码 Passport number', traveller.passportNumber],
  ['护照有效期至 Passport valid until', traveller.passportExpiry],
];

/**
 * The letter a consulate reads, in Simplified Chinese and English as a Chinese hospital's international
 * office issues it: the centre and its address, who comes, why (the trial and its principal
 * investigator), when, who comes with them, and how to reach the office.
 */
export function invitationLetterPaper(letter: LetterContents): PrintedPaper {
  const patient = letter.travellers.find((traveller) => traveller.role === 'PATIENT');
  const companions = letter.travellers.filter((traveller) => traveller.role === 'COMPANION');
  const stay = letter.plannedArrival === MISSING || letter.plannedDeparture === MISSING ? null : daysBetween(letter.plannedArrival, letter.plannedDeparture);
  const issuedOn = dayOf(letter.issuedAt);
  const { centre, principalInvestigator: pi } = letter;
  const version = letter.version > 1 ? `第${letter.version}版 Version ${letter.version} (replaces version ${letter.version - 1})` : `第1版 Version 1`;
  const contact: [string, string][] = [
    ['国际医疗部 International Office', `${centre.nameZh}国际医疗部 / ${centre.name}, International Office`],
    ['地址 Address', `${centre.address.zh} / ${centre.address.en}`],
  ];
  if (centre.officeEmail) contact.push(['电子邮件 Email', centre.officeEmail]);
  if (centre.officePhone) contact.push(['电话 Telephone', centre.officePhone]);
  const blocks: Block[] = [
    {
      kind: 'fields',
      fields: [
        ['文号 Our reference', letter.officeReference],
        ['签发日期 Date of issue', issuedOn],
        ['有效期至 Valid until', letter.validUntil],
        ['版本 Version', version],
      ],
    },
    {
      kind: 'text',
      heading: '致签证官员 To the consular officer',
      paragraphs: [
        `${centre.nameZh}邀请下列患者来我院，在临床试验 ${letter.trialId} 中接受CAR-T细胞治疗。该试验本院主要研究者${pi.nameZh ?? pi.name}已于${letter.acceptedOn}同意收治该患者。` +
          (companions.length > 0 ? '患者将由下列家属陪同：输注后由家属协助医护人员及早发现神经系统不良反应，陪同是治疗计划的一部分。' : '患者单独前来。'),
        `${centre.name} invites the patient named below to receive CAR-T cell therapy under clinical trial ${letter.trialId}, for which the principal investigator at our hospital, ${pi.name}, accepted the patient on ${letter.acceptedOn}. ` +
          (companions.length > 0
            ? `The patient will be accompanied by ${companions.length === 1 ? 'the family member' : 'the family members'} named below. A companion's presence is part of the care plan: after infusion the family helps the team notice early neurological side effects.`
            : 'The patient travels without a companion.'),
      ],
    },
    { kind: 'fields', heading: '患者 Patient', fields: patient ? identityFields(patient) : [['姓名 Name', MISSING]] },
    ...companions.map((companion, index) => ({
      kind: 'fields' as const,
      heading: `陪同人员 ${index + 1} Companion ${index + 1} (${companion.relationship})`,
      fields: identityFields(companion),
    })),
    {
      kind: 'fields',
      heading: '目的与日期 Purpose and dates',
      fields: [
        ['目的 Purpose', `在临床试验 ${letter.trialId} 中接受CAR-T细胞治疗 / Medical treatment: CAR-T cell therapy in clinical trial ${letter.trialId}`],
        ['预计入境 Planned arrival', letter.plannedArrival],
        ['预计离境 Planned departure', letter.plannedDeparture],
        ['停留时间 Length of stay', stay === null ? MISSING : `${stay} 天 days`],
      ],
    },
    {
      kind: 'fields',
      heading: '主要研究者 Principal investigator',
      fields: [['姓名 Name', bilingualName(pi)]],
    },
    { kind: 'fields', heading: '联系方式 Contact', fields: contact },
  ];
  return {
    title: '邀请函 Letter of Invitation',
    subtitle: `${centre.nameZh} ${centre.name}, ${centre.city} · ${centre.address.zh} · ${centre.address.en}`,
    footer: `文号 Ref. ${letter.officeReference} · ${version.split(' (')[0]} · issued ${issuedOn} · valid until ${letter.validUntil} · Carta letter ${letter.letterId}`,
    createdAt: letter.issuedAt,
    blocks,
    watermark: letter.draft ? '草稿 DRAFT · 无效 NOT VALID' : undefined,
  };
}

/** Every text the letter prints, named by the field it came from, so a refusal names that field. */
export function printedFields(letter: LetterContents): [field: string, text: string][] {
  const fields: [string, string][] = [
    ['officeReference', letter.officeReference],
    ['centre.name', letter.centre.name],
    ['centre.nameZh', letter.centre.nameZh],
    ['centre.city', letter.centre.city],
    ['centre.address.en', letter.centre.address.en],
    ['centre.address.zh', letter.centre.address.zh],
    ['centre.officeEmail', letter.centre.officeEmail ?? ''],
    ['centre.officePhone', letter.centre.officePhone ?? ''],
    ['principalInvestigator.name', letter.principalInvestigator.name],
    ['principalInvestigator.nameZh', letter.principalInvestigator.nameZh ?? ''],
  ];
  letter.travellers.forEach((traveller, index) => {
    for (const key of ['givenName', 'familyName', 'nationality', 'passportNumber', 'relationship'] as const)
      fields.push([`travellers[${index}].${key}`, traveller[key] ?? '']);
  });
  return fields;
}

/** The fields that hold a character the letter cannot print, with those characters, e.g. "travellers[1].givenName: 😀". */
export function unprintableFields(letter: LetterContents): string[] {
  return printedFields(letter).flatMap(([field, text]) => {
    const characters = unprintableCharacters(text);
    return characters.length > 0 ? [`${field}: ${characters.join(' ')}`] : [];
  });
}

/** What a letter is made from; null where the fact has not reached travel or been entered yet. */
export interface LetterSources {
  letterId: string;
  version: number;
  trialId: string;
  acceptedOn: string;
  issuedAt: Date;
  centre: {
    name: string;
    nameZh: string | null;
    city: string;
    address: PrintedLetterhead['centre']['address'] | null;
    officeEmail: string | null;
    officePhone: string | null;
  } | null;
  principalInvestigator: PrincipalInvestigator | null;
  travellers: LetterTraveller[];
  officeReference: string | null;
  plannedArrival: string | null;
  plannedDeparture: string | null;
  validUntil: string | null;
}

/**
 * The letter as it would print now, and what issuing it still needs (by field name). A consulate takes
 * no letter without the centre's Chinese name and address, a way to reach its office, the principal
 * investigator and the patient's passport, so each of those is required, never printed as "on request".
 */
export function draftLetter(sources: LetterSources): { contents: LetterContents; missing: string[] } {
  const missing: string[] = [];
  const need = <T>(value: T | null | undefined, field: string): T | null => {
    if (value === null || value === undefined || value === '') {
      missing.push(field);
      return null;
    }
    return value;
  };
  const centre = need(sources.centre, 'centre');
  const nameZh = centre ? need(centre.nameZh, 'centre.nameZh') : null;
  const address = centre ? need(centre.address, 'centre.address') : null;
  if (centre && !centre.officeEmail && !centre.officePhone) missing.push('centre.officeContact');
  const pi = need(sources.principalInvestigator, 'principalInvestigator');
  need(
    sources.travellers.find((traveller) => traveller.role === 'PATIENT'),
    'travellers.patient',
  );
  const plannedArrival = need(sources.plannedArrival, 'plannedArrival');
  const plannedDeparture = need(sources.plannedDeparture, 'plannedDeparture');
  const officeReference = need(sources.officeReference, 'officeReference');
  const validUntil = need(sources.validUntil, 'validUntil');
  return {
    missing,
    contents: {
      letterId: sources.letterId,
      version: sources.version,
      officeReference: officeReference ?? MISSING,
      centre: {
        name: centre?.name ?? MISSING,
        nameZh: nameZh ?? MISSING,
        city: centre?.city ?? MISSING,
        address: address ?? { en: MISSING, zh: MISSING },
        officeEmail: centre?.officeEmail ?? null,
        officePhone: centre?.officePhone ?? (centre?.officeEmail ? null : MISSING),
      },
      principalInvestigator: pi ?? { name: MISSING, nameZh: null },
      trialId: sources.trialId,
      acceptedOn: sources.acceptedOn,
      plannedArrival: plannedArrival ?? MISSING,
      plannedDeparture: plannedDeparture ?? MISSING,
      validUntil: validUntil ?? MISSING,
      travellers: sources.travellers,
      issuedAt: sources.issuedAt,
    },
  };
}
