import { TrialOpened, TrialRegistered } from '@carta/contracts';
import { AuditRecord } from '@carta/audit';
import { ServiceHarness, startServiceHarness } from '@carta/service-kit/test-harness';
import { aTrialRegistration, identities } from '@carta/testing';
import { Trial, TrialCriteriaVersion, TrialSite } from '../src/trials/trial.entity';
import { parseRecruitment, parseRegisterTrial, parseTrialChanges } from '../src/trials/trials.input';
import { TrialsService } from '../src/trials/trials.service';
import { centresService } from '../src/service';

/** Centres alone on PGlite, seeded as `npm start` seeds it: a trial belongs to its lead site, each site keeps its own recruitment. */
describe('centres (one service on PGlite)', () => {
  let centres: ServiceHarness;
  let trials: TrialsService;
  const puth = identities.office('puth');
  const ruijin = identities.office('ruijin');

  beforeAll(async () => {
    centres = await startServiceHarness(centresService);
    trials = centres.get(TrialsService);
  }, 60_000);
  afterAll(() => centres?.close());

  it('registers a trial for the office’s own centre: closed sites, criteria version 1, TrialRegistered', async () => {
    const trial = await trials.register(puth, parseRegisterTrial(aTrialRegistration({ registryIds: ['NCT09990101'] })));

    expect(trial).toMatchObject({ id: 'NCT09990101', ownerCentreId: 'puth' });
    const sites = await centres.dataSource.getRepository(TrialSite).findBy({ trialId: trial.id });
    expect(sites.map((site) => [site.centreId, site.recruiting]).sort()).toEqual([
      ['puth', false],
      ['ruijin', false],
    ]);
    expect(await centres.dataSource.getRepository(TrialCriteriaVersion).findOneByOrFail({ trialId: trial.id, version: 1 })).toMatchObject({
      changedBy: puth.subject,
    });
    const [registered] = await centres.outbox(TrialRegistered, trial.id);
    expect(registered.data).toMatchObject({ trialId: trial.id, ownerCentreId: 'puth', recruiting: false, criteriaChangedBy: puth.subject });
  });

  it('refuses a registration for another centre and a registry id already taken', async () => {
    await expect(
      trials.register(puth, parseRegisterTrial(aTrialRegistration({ registryIds: ['NCT09990102'], ownerCentreId: 'ruijin' }))),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    // NCT05277987 is one of the seeded trials.
    await expect(trials.register(puth, parseRegisterTrial(aTrialRegistration({ registryIds: ['NCT05277987'] })))).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect(await centres.dataSource.getRepository(Trial).existsBy({ id: 'NCT09990102' })).toBe(false);
  });

  it('lets only the lead site change the registration; a participating site opens its own recruitment', async () => {
    const trial = await trials.register(puth, parseRegisterTrial(aTrialRegistration({ registryIds: ['NCT09990103'] })));

    await expect(trials.update(ruijin, trial.id, parseTrialChanges({ title: 'Rewritten by another site' }))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await centres.dataSource.getRepository(Trial).findOneByOrFail({ id: trial.id })).title).toBe(aTrialRegistration().title);
    const denials = await centres.dataSource.getRepository(AuditRecord).findBy({ actor: ruijin.subject, outcome: 'DENIED', action: 'trial.update' });
    expect(denials.map((denial) => denial.targetId)).toContain(trial.id);

    const opened = await trials.setRecruiting(ruijin, trial.id, parseRecruitment({ recruiting: true, openSlots: 3 }));
    expect(opened.sites).toEqual([
      expect.objectContaining({ centreId: 'puth', recruiting: false }),
      expect.objectContaining({ centreId: 'ruijin', recruiting: true, openSlots: 3 }),
    ]);
    const [announced] = await centres.outbox(TrialOpened, trial.id);
    expect(announced.data).toMatchObject({ recruiting: true, openSlots: 3 });
  });
});
