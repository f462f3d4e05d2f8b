import { identities } from '@carta/testing';
import { drafts, feedOwner, feedPosition, newlyStale } from './notification.rules';

describe('notification rules', () => {
  it('addresses each kind to the right audience, with the case reference and no patient data', () => {
    expect(drafts.referralSubmitted('CA-7K3F9Q', { centreId: 'puth', trialId: 'T-1' })).toEqual([
      expect.objectContaining({
        audience: 'OFFICE',
        kind: 'REFERRAL_RECEIVED',
        centreId: 'puth',
        category: 'CLINICAL_SUMMARY',
        summary: 'New referral CA-7K3F9Q for trial T-1.',
      }),
    ]);
    expect(drafts.letterRequested('CA-1', { centreId: 'puth', trialId: 'T-1' })).toEqual([
      expect.objectContaining({ audience: 'OFFICE', kind: 'LETTER_REQUESTED', category: 'TRAVEL' }),
    ]);
    expect(drafts.reviewOverdue('CA-1', { centreId: 'puth', trialId: 'T-1', dueOn: '2027-01-05' }).map((d) => [d.audience, d.kind, d.dueOn])).toEqual([
      ['COORDINATOR', 'REVIEW_OVERDUE', '2027-01-05'],
      ['OFFICE', 'REVIEW_OVERDUE', '2027-01-05'],
    ]);
    expect(drafts.coordinatorAssigned('CA-1')).toEqual([expect.objectContaining({ audience: 'COORDINATOR', kind: 'CASE_ASSIGNED' })]);
  });

  it('tells a PI decision apart from a request for more information', () => {
    const at = { centreId: 'puth', trialId: 'T-1' };
    expect(drafts.piDecision('CA-1', { ...at, decision: 'ACCEPTED' })).toEqual([
      expect.objectContaining({ kind: 'PI_DECISION', outcome: 'ACCEPTED', audience: 'COORDINATOR' }),
    ]);
    expect(drafts.piDecision('CA-1', { ...at, decision: 'DECLINED' })[0].summary).toBe('The PI at puth declined CA-1 for trial T-1.');
    const [moreInformation] = drafts.piDecision('CA-1', { ...at, decision: 'MORE_INFORMATION_REQUESTED' });
    expect(moreInformation).toMatchObject({ kind: 'MORE_INFORMATION_REQUESTED', audience: 'COORDINATOR' });
    expect(moreInformation).not.toHaveProperty('outcome');
  });

  it('tells of a visa only when it is decided', () => {
    expect(drafts.visaDecided('CA-1', { applicantRole: 'PATIENT', to: 'SUBMITTED' })).toEqual([]);
    expect(drafts.visaDecided('CA-1', { applicantRole: 'COMPANION', to: 'REFUSED' })).toEqual([
      expect.objectContaining({ kind: 'VISA_DECIDED', outcome: 'REFUSED', summary: 'Visa refused for a companion of CA-1.' }),
    ]);
    expect(drafts.visaDecided('CA-1', { applicantRole: 'PATIENT', to: 'GRANTED', validUntil: '2027-06-01' })[0].summary).toBe(
      'Visa granted for the patient of CA-1, valid until 2027-06-01.',
    );
  });

  it('names the amount due and, when billing gives one, the due date', () => {
    const due = { minor: '11250000', currency: 'CNY' };
    expect(drafts.invoiceIssued('CA-1', { kind: 'DEPOSIT', due, dueOn: '2027-02-01' })).toEqual([
      expect.objectContaining({
        kind: 'INVOICE_DUE',
        amountDue: due,
        dueOn: '2027-02-01',
        summary: 'Deposit invoice issued for CA-1: 112,500.00 CNY due by 2027-02-01.',
      }),
    ]);
    expect(drafts.invoiceIssued('CA-1', { kind: 'BALANCE', due })[0]).not.toHaveProperty('dueOn');
  });

  it('reports only record kinds that were not stale before', () => {
    expect(newlyStale([], ['BLOOD_PANEL'])).toEqual(['BLOOD_PANEL']);
    expect(newlyStale(['BLOOD_PANEL'], ['BLOOD_PANEL', 'IMAGING'])).toEqual(['IMAGING']);
    expect(newlyStale(['BLOOD_PANEL', 'IMAGING'], ['IMAGING'])).toEqual([]);
    expect(drafts.recordsStale('CA-1', [])).toEqual([]);
    expect(drafts.recordsStale('CA-1', ['IMAGING'])[0].summary).toBe('Records of CA-1 turned stale: IMAGING.');
  });

  it('gives coordinators and admins their own entries, offices their centre’s, analysts nothing', () => {
    expect(feedOwner(identities.coordinator('c-1'))).toEqual({ subject: 'c-1', personal: true, officeCentreId: null });
    expect(feedOwner(identities.admin('a-1'))).toEqual({ subject: 'a-1', personal: true, officeCentreId: null });
    expect(feedOwner(identities.office('puth', 'o-1'))).toEqual({ subject: 'o-1', personal: false, officeCentreId: 'puth' });
    expect(() => feedOwner(identities.analyst())).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => feedOwner({ subject: 'o-2', roles: ['hospital_office'] })).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });

  it('reads a feed position from a cursor, and nothing else', () => {
    expect(feedPosition('42')).toBe('42');
    for (const position of ['0', "1' OR 1=1", 'case:42', '1'.repeat(19), ''])
      expect(() => feedPosition(position)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'after' } }));
  });
});
