import { canDownloadDocuments, canReadCase, canReadCentreRecord, canSeeFinances, canWriteCase, CaseAccessFacts, readsForTeamCover } from './case-access';

describe('case access', () => {
  const puthOffice = { subject: 'o', roles: ['hospital_office' as const], centreId: 'puth' };
  const ruijinOffice = { subject: 'o2', roles: ['hospital_office' as const], centreId: 'ruijin' };
  const facts = (overrides: Partial<CaseAccessFacts> = {}): CaseAccessFacts => ({
    coordinatorId: 'coord-1',
    referredCentreIds: ['puth'],
    consents: [{ centreId: 'puth', categories: ['CLINICAL_SUMMARY', 'MEDICAL_RECORDS'] }],
    ...overrides,
  });

  it('lets internal staff read any case', () => {
    expect(canReadCase({ subject: 'c', roles: ['coordinator'] }, facts({ referredCentreIds: [], consents: [] }))).toBe(true);
    expect(canReadCase({ subject: 'a', roles: ['admin'] }, facts({ referredCentreIds: [], consents: [] }))).toBe(true);
  });

  it('lets a hospital office read only a referred case with an active consent for its centre and the category', () => {
    expect(canReadCase(puthOffice, facts())).toBe(true);
    expect(canReadCase(ruijinOffice, facts())).toBe(false);
    expect(canReadCase(puthOffice, facts({ consents: [] }))).toBe(false);
    expect(canReadCase(puthOffice, facts({ referredCentreIds: [] }))).toBe(false);
    expect(canReadCase(puthOffice, facts({ consents: [{ centreId: 'ruijin', categories: ['CLINICAL_SUMMARY'] }] }))).toBe(false);
    expect(canReadCase(puthOffice, facts(), 'FINANCIAL')).toBe(false);
    expect(canReadCase({ subject: 'o', roles: ['hospital_office'] }, facts())).toBe(false);
  });

  it('lets only the assigned coordinator and admins change a case', () => {
    expect(canWriteCase({ subject: 'coord-1', roles: ['coordinator'] }, facts())).toBe(true);
    expect(canWriteCase({ subject: 'a', roles: ['admin'] }, facts())).toBe(true);
    expect(canWriteCase({ subject: 'coord-2', roles: ['coordinator'] }, facts())).toBe(false);
    expect(canWriteCase({ subject: 'coord-1', roles: ['coordinator'] }, facts({ coordinatorId: undefined }))).toBe(false);
    expect(canWriteCase(puthOffice, facts())).toBe(false);
    expect(canWriteCase({ subject: 'coord-1', roles: ['analyst'] }, facts())).toBe(false);
    expect(readsForTeamCover({ subject: 'coord-2', roles: ['coordinator'] }, facts())).toBe(true);
    expect(readsForTeamCover({ subject: 'coord-1', roles: ['coordinator'] }, facts())).toBe(false);
  });

  it('never lets an analyst read case data', () => {
    expect(canReadCase({ subject: 'n', roles: ['analyst'] }, facts())).toBe(false);
  });

  it('lets only the case coordinator or a consented office fetch documents', () => {
    expect(canDownloadDocuments({ subject: 'coord-1', roles: ['coordinator'] }, facts())).toBe(true);
    expect(canDownloadDocuments({ subject: 'coord-2', roles: ['coordinator'] }, facts())).toBe(false);
    expect(canDownloadDocuments(puthOffice, facts())).toBe(true);
    expect(canDownloadDocuments(puthOffice, facts({ consents: [{ centreId: 'puth', categories: ['CLINICAL_SUMMARY'] }] }))).toBe(false);
    expect(canDownloadDocuments(ruijinOffice, facts())).toBe(false);
  });

  it("keeps a case's money to its own coordinator, admins and a referred office consented for FINANCIAL data", () => {
    expect(canSeeFinances({ subject: 'coord-1', roles: ['coordinator'] }, facts())).toBe(true);
    expect(canSeeFinances({ subject: 'coord-2', roles: ['coordinator'] }, facts())).toBe(false);
    expect(canSeeFinances({ subject: 'a', roles: ['admin'] }, facts())).toBe(true);
    expect(canSeeFinances(puthOffice, facts())).toBe(false);
    expect(canSeeFinances(puthOffice, facts({ consents: [{ centreId: 'puth', categories: ['FINANCIAL'] }] }))).toBe(true);
    expect(canSeeFinances(ruijinOffice, facts({ consents: [{ centreId: 'ruijin', categories: ['FINANCIAL'] }] }))).toBe(false);
    expect(canSeeFinances({ subject: 'n', roles: ['analyst'] }, facts())).toBe(false);
  });

  it("lets an office read only its own centre's records of a case referred to several centres", () => {
    const both = facts({
      referredCentreIds: ['puth', 'ruijin'],
      consents: [
        { centreId: 'puth', categories: ['TRAVEL'] },
        { centreId: 'ruijin', categories: ['TRAVEL'] },
      ],
    });
    expect(canReadCentreRecord(puthOffice, both, 'puth', 'TRAVEL')).toBe(true);
    expect(canReadCentreRecord(ruijinOffice, both, 'puth', 'TRAVEL')).toBe(false);
    expect(canReadCentreRecord(puthOffice, facts(), 'puth', 'TRAVEL')).toBe(false);
    expect(canReadCentreRecord({ subject: 'c', roles: ['coordinator'] }, both, 'puth', 'TRAVEL')).toBe(true);
  });
});
