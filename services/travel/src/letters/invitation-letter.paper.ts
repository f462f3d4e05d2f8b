import { PrintedPaper } from '@carta/pdf';
import { dayOf, daysBetween } from '@carta/domain';
import { LetterTraveller } from './invitation-letter.entity';

export interface LetterContents {
  letterId: string;
  officeReference: string;
  centre: { name: string; city: string; officeEmail: string | null; officePhone: string | null };
  trialId: string;
  acceptedOn: string;
  plannedArrival: string;
  plannedDeparture: string;
  validUntil: string;
  travellers: LetterTraveller[];
  issuedAt: Date;
}

const fullName = (traveller: LetterTraveller) => `${traveller.familyName.toUpperCase()}, ${traveller.givenName}`;
const identityFields = (traveller: LetterTraveller): [string, string][] => [
  ['Name (as in passport)', fullName(traveller)],
  ['Date of birth', traveller.birthDate],
  ['Nationality', traveller.nationality],
  ['Passport number', traveller.passportNumber],
  ['Passport valid until', traveller.passportExpiry],
];

/** The letter a consulate reads: who comes, to which centre, why, when, and who comes with them. */
export function invitationLetterPaper(letter: LetterContents): PrintedPaper {
  const patient = letter.travellers.find((traveller) => traveller.role === 'PATIENT')!;
  const companions = letter.travellers.filter((traveller) => traveller.role === 'COMPANION');
  const stay = daysBetween(letter.plannedArrival, letter.plannedDeparture);
  const issuedOn = dayOf(letter.issuedAt);
  return {
    title: 'Invitation letter for medical treatment',
    subtitle: `${letter.centre.name}, ${letter.centre.city}, People's Republic of China. International Office.`,
    footer: `Ref. ${letter.officeReference} · issued ${issuedOn} · valid until ${letter.validUntil} · Carta letter ${letter.letterId}`,
    createdAt: letter.issuedAt,
    blocks: [
      {
        kind: 'fields',
        fields: [
          ['Our reference', letter.officeReference],
          ['Date of issue', issuedOn],
          ['Valid until', letter.validUntil],
        ],
      },
      {
        kind: 'text',
        heading: 'To the consular officer',
        paragraphs: [
          `${letter.centre.name} invites the patient named below to receive CAR-T cell therapy under clinical trial ${letter.trialId}, for which the principal investigator accepted the patient on ${letter.acceptedOn}.`,
          companions.length > 0
            ? `The patient will be accompanied by ${companions.length === 1 ? 'the family member' : 'the family members'} named below. A companion's presence is part of the care plan: after infusion the family helps the team notice early neurological side effects.`
            : 'The patient travels without a companion.',
        ],
      },
      { kind: 'fields', heading: 'Patient', fields: identityFields(patient) },
      ...companions.map((companion, index) => ({
        kind: 'fields' as const,
        heading: `Companion ${index + 1} (${companion.relationship})`,
        fields: identityFields(companion),
      })),
      {
        kind: 'fields',
        heading: 'Purpose and dates',
        fields: [
          ['Purpose', `Medical treatment: CAR-T cell therapy, clinical trial ${letter.trialId}`],
          ['Planned arrival', letter.plannedArrival],
          ['Planned departure', letter.plannedDeparture],
          ['Length of stay', `${stay} days`],
        ],
      },
      {
        kind: 'fields',
        heading: 'Contact at the centre',
        fields: [
          ['International Office', `${letter.centre.name}, ${letter.centre.city}`],
          ['Email', letter.centre.officeEmail ?? 'on request through the coordinator'],
          ['Telephone', letter.centre.officePhone ?? 'on request through the coordinator'],
        ],
      },
    ],
  };
}
