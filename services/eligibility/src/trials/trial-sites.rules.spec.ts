import { EventData, TrialOpened } from '@carta/contracts';
import { recruitingCentres, recruitsAnywhere, recruitsAt } from './trial-sites.rules';

const snapshot = (overrides: Partial<EventData<typeof TrialOpened>> = {}): EventData<typeof TrialOpened> => ({
  trialId: 'NCT05277987',
  registryIds: ['NCT05277987'],
  title: 'CLDN18.2 CAR-T',
  centreIds: ['puth', 'ruijin'],
  targets: ['CLDN18.2'],
  productType: 'AUTOLOGOUS',
  fundingModels: ['SPONSOR_FUNDED'],
  recruiting: true,
  openSlots: 3,
  criteria: { version: 1, criteria: [{}] },
  changedAt: new Date().toISOString(),
  ...overrides,
});

describe('per-site recruitment in the trial projection', () => {
  it("follows each centre's own site, not the trial-wide flag", () => {
    const trial = snapshot({
      sites: [
        { centreId: 'puth', recruiting: false, openSlots: 0 },
        { centreId: 'ruijin', recruiting: true, openSlots: 3 },
      ],
    });
    expect(recruitsAt(trial, 'puth')).toBe(false);
    expect(recruitsAt(trial, 'ruijin')).toBe(true);
    expect(recruitingCentres(trial)).toEqual(['ruijin']);
    expect(recruitsAnywhere(trial)).toBe(true);
  });

  it('never recruits at a centre that is not a site', () => {
    expect(recruitsAt(snapshot({ sites: [{ centreId: 'puth', recruiting: true, openSlots: 1 }] }), 'xuanwu')).toBe(false);
    expect(recruitsAt(snapshot(), 'xuanwu')).toBe(false);
  });

  it('falls back to the trial-wide flag for snapshots from before sites existed', () => {
    expect(recruitingCentres(snapshot())).toEqual(['puth', 'ruijin']);
    expect(recruitsAnywhere(snapshot({ recruiting: false }))).toBe(false);
  });

  it('is not recruiting anywhere when every site has closed, whatever the old flag says', () => {
    expect(recruitsAnywhere(snapshot({ sites: [{ centreId: 'puth', recruiting: false, openSlots: 0 }] }))).toBe(false);
  });
});
