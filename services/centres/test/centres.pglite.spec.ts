import { CentreProfilePublished, TrialOpened, TrialRegistered, TrialUpdated } from '@carta/contracts';
import { AuditRecord } from '@carta/audit';
import { ServiceHarness, startServiceHarness } from '@carta/service-kit/test-harness';
import { aTrialRegistration, identities } from '@carta/testing';
import { Trial, TrialCriteriaVersion, TrialSite } from '../src/trials/trial.entity';
import { parseRecruitment, parseRegisterTrial, parseSiteInvestigator, parseTrialChanges } from '../src/trials/trials.input';
import { parseCentreProfile } from '../src/centres/centres.input';
import { CentresService } from '../src/centres/centres.service';
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

describe('centres: what papers print (one service on PGlite)', () => {
  let centres: ServiceHarness;
  let trials: TrialsService;
  let profiles: CentresService;
  const puth = identities.office('puth');
  const ruijin = identities.office('ruijin');

  beforeAll(async () => {
    centres = await startServiceHarness(centresService);
    trials = centres.get(TrialsService);
    profiles = centres.get(CentresService);
  }, 60_000);
  afterAll(() => centres?.close());

  it('seeds each centre with its Chinese name, bilingual address and switchboard, and publishes them', async () => {
    const seeded = await profiles.get('puth');
    expect(seeded).toMatchObject({ nameZh: '北京大学第三医院', address: { en: expect.stringMatching(/Haidian/), zh: expect.stringMatching(/海淀区/) } });
    expect(seeded!.contactPhone).toMatch(/^\+86 /);
    const [published] = await centres.outbox(CentreProfilePublished, 'puth');
    expect(published.data).toMatchObject({ nameZh: '北京大学第三医院', address: seeded!.address, officePhone: seeded!.contactPhone });
  });

  it('lets only the own office edit its Chinese name and address; a name that cannot be printed is refused naming the field', async () => {
    const profile = {
      languages: ['zh', 'en'],
      icuBackup: true,
      crsIcansManagement: true,
      hotelMonitoringAfterDay14: true,
      contactEmail: 'intl@puth.example.cn',
      contactPhone: '+86 10 8226 6699',
      nameZh: '北京大学第三医院',
      address: { en: '49 North Garden Road, Haidian District, Beijing 100191', zh: '北京市海淀区花园北路49号' },
    };
    await expect(profiles.updateProfile(ruijin, 'puth', parseCentreProfile(profile))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(() => parseCentreProfile({ ...profile, nameZh: 'Peking Third' })).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'nameZh' } }),
    );
    expect(() => parseCentreProfile({ ...profile, address: { ...profile.address, en: '北京 49' } })).toThrow(
      expect.objectContaining({ details: { field: 'address.en' } }),
    );

    await profiles.updateProfile(puth, 'puth', parseCentreProfile(profile));
    const events = await centres.outbox(CentreProfilePublished, 'puth');
    expect(events.at(-1)!.data).toMatchObject({ address: { zh: '北京市海淀区花园北路49号' }, officeEmail: 'intl@puth.example.cn' });
    // An older client that leaves name and address out keeps them.
    const { nameZh: _n, address: _a, ...withoutPrinted } = profile;
    expect(await profiles.updateProfile(puth, 'puth', parseCentreProfile(withoutPrinted))).toMatchObject({ nameZh: '北京大学第三医院' });
  });

  it('lets a site’s own office name its principal investigator, published with the trial', async () => {
    const trial = await trials.register(puth, parseRegisterTrial(aTrialRegistration({ registryIds: ['NCT09990201'] })));
    const pi = { principalInvestigator: { name: 'Zhang Wei', nameZh: '张伟' } };

    await expect(trials.setSiteInvestigator(ruijin, trial.id, parseSiteInvestigator({ ...pi, centreId: 'puth' }))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(() => parseSiteInvestigator({ principalInvestigator: { name: '张伟', nameZh: null } })).toThrow(
      expect.objectContaining({ details: { field: 'principalInvestigator.name' } }),
    );
    const updated = await trials.setSiteInvestigator(ruijin, trial.id, parseSiteInvestigator(pi));
    expect(updated.sites!.find((site) => site.centreId === 'ruijin')!.principalInvestigator).toEqual({ name: 'Zhang Wei', nameZh: '张伟' });
    expect(updated.sites!.find((site) => site.centreId === 'puth')!.principalInvestigator).toBeNull();
    const [announced] = await centres.outbox(TrialUpdated, trial.id);
    expect(announced.data.sites).toEqual(
      expect.arrayContaining([expect.objectContaining({ centreId: 'ruijin', principalInvestigator: { name: 'Zhang Wei', nameZh: '张伟' } })]),
    );
    const denials = await centres.dataSource
      .getRepository(AuditRecord)
      .findBy({ actor: ruijin.subject, outcome: 'DENIED', action: 'trial.investigator-change' });
    expect(denials).toHaveLength(1);
  });
});
