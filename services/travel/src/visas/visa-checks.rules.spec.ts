import { checkVisaPlan, DEFAULT_VISA_ROUTES, routeFor } from './visa-checks.rules';

const plan = { passportExpiry: '2028-01-01', applyOn: '2026-12-01', plannedArrival: '2027-01-05', plannedDeparture: '2027-03-01' };
const patient = routeFor(DEFAULT_VISA_ROUTES, 'NGA', 'PATIENT');

describe('visa checks', () => {
  it('takes the category from reference data per route', () => {
    expect(patient.category).toBe('S2');
    const routes = [...DEFAULT_VISA_ROUTES, { ...patient, nationality: 'GBR', category: 'M' }];
    expect(routeFor(routes, 'GBR', 'PATIENT').category).toBe('M');
    expect(routeFor(routes, 'GBR', 'COMPANION').category).toBe('S2');
  });

  it('passes a sound plan, each check with its reason', () => {
    expect(checkVisaPlan(plan, patient).every((check) => check.ok)).toBe(true);
  });

  it('catches a passport expiring within six months of the end of the stay', () => {
    const checks = checkVisaPlan({ ...plan, passportExpiry: '2027-08-15' }, patient);
    expect(checks.find((check) => check.check === 'PASSPORT_VALIDITY')).toEqual({
      check: 'PASSPORT_VALIDITY',
      ok: false,
      blocksSubmission: true,
      reason: 'passport expires 2027-08-15: it must be valid at least six months beyond the stay (to 2027-09-01); renew it first',
    });
  });

  it('catches an application too late for arrival, a stay too long and a visa ending too soon', () => {
    const checks = checkVisaPlan(
      { ...plan, applyOn: '2026-12-25', plannedDeparture: '2027-08-01', passportExpiry: '2030-01-01', visaValidUntil: '2027-06-30' },
      patient,
    );
    expect(checks.filter((check) => !check.ok).map((check) => check.check)).toEqual(['STAY_LENGTH', 'PROCESSING_TIME', 'VISA_VALIDITY']);
    // Only what a consulate refuses for holds the application back; a late application just warns.
    expect(checks.filter((check) => check.blocksSubmission).map((check) => check.check)).toEqual(['STAY_LENGTH']);
  });
});
