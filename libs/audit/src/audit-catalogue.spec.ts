import { auditActionSpec, purposeOf, statusAction } from './audit-catalogue';

describe('the audit catalogue', () => {
  it('names status changes in lower case and knows every one of them', () => {
    expect(statusAction('case.transition', 'IN_TREATMENT')).toBe('case.transition.in_treatment');
    expect(auditActionSpec(statusAction('case.transition', 'IN_TREATMENT'))).toEqual({ code: 'U' });
    expect(auditActionSpec(statusAction('referral', 'MORE_INFORMATION_REQUESTED'))).toEqual({ code: 'U', target: 'referral' });
    expect(auditActionSpec(statusAction('document', 'QUARANTINED'))).toEqual({ code: 'U', target: 'document-version' });
  });

  it('does not know free text', () => {
    expect(auditActionSpec('case.peek')).toBeUndefined();
  });

  it('gives each actor a purpose: team cover only for a coordinator on a colleague’s case', () => {
    expect(purposeOf({ roles: ['admin', 'coordinator'] }, true)).toBe('ADMINISTRATION');
    expect(purposeOf({ roles: ['coordinator'] }, false)).toBe('CARE_COORDINATION');
    expect(purposeOf({ roles: ['coordinator'] }, true)).toBe('TEAM_COVER');
    expect(purposeOf({ roles: ['hospital_office'] }, false)).toBe('REFERRAL_REVIEW');
    expect(purposeOf({ roles: ['analyst'] }, false)).toBe('ANALYTICS');
  });
});
