import { Block } from '@carta/pdf';
import { invitationLetterPaper, LetterContents } from './invitation-letter.paper';

const patient = {
  role: 'PATIENT' as const,
  givenName: 'Amara',
  familyName: 'Okafor',
  birthDate: '1971-06-02',
  nationality: 'NGA',
  passportNumber: 'A07731245',
  passportExpiry: '2031-01-01',
  relationship: null,
};
const letter = (overrides: Partial<LetterContents> = {}): LetterContents => ({
  letterId: 'a1b2',
  officeReference: 'PUTH-IO-118',
  centre: { name: 'Peking University Third Hospital', city: 'Beijing', officeEmail: null, officePhone: '+86 10 8226 6699' },
  trialId: 'NCT05277987',
  acceptedOn: '2026-11-24',
  plannedArrival: '2026-12-11',
  plannedDeparture: '2027-03-10',
  validUntil: '2027-02-22',
  travellers: [patient],
  issuedAt: new Date('2026-11-25T08:00:00Z'),
  ...overrides,
});
const fields = (blocks: Block[], heading: string) => {
  const block = blocks.find((each) => each.heading === heading);
  return block?.kind === 'fields' ? Object.fromEntries(block.fields) : undefined;
};

describe('the invitation letter', () => {
  it('carries what a consulate checks: patient, passport, centre, purpose, dates', () => {
    const paper = invitationLetterPaper(letter());
    expect(fields(paper.blocks, 'Patient')).toEqual({
      'Name (as in passport)': 'OKAFOR, Amara',
      'Date of birth': '1971-06-02',
      Nationality: 'NGA',
      'Passport number': 'A07731245',
      'Passport valid until': '2031-01-01',
    });
    expect(fields(paper.blocks, 'Purpose and dates')).toEqual({
      Purpose: 'Medical treatment: CAR-T cell therapy, clinical trial NCT05277987',
      'Planned arrival': '2026-12-11',
      'Planned departure': '2027-03-10',
      'Length of stay': '89 days',
    });
    expect(paper.subtitle).toContain('Peking University Third Hospital, Beijing');
    expect(paper.footer).toBe('Ref. PUTH-IO-118 · issued 2026-11-25 · valid until 2027-02-22 · Carta letter a1b2');
    expect(JSON.stringify(paper.blocks)).toContain('travels without a companion');
  });

  it('names each companion with their relationship and passport', () => {
    const companion = { ...patient, role: 'COMPANION' as const, givenName: 'Chidi', passportNumber: 'A05518890', relationship: 'husband' };
    const paper = invitationLetterPaper(letter({ travellers: [patient, companion] }));
    expect(fields(paper.blocks, 'Companion 1 (husband)')).toMatchObject({ 'Name (as in passport)': 'OKAFOR, Chidi', 'Passport number': 'A05518890' });
    expect(JSON.stringify(paper.blocks)).toContain('accompanied by the family member named below');
  });
});
