import { TrialRegistered } from '@carta/contracts';
import { ServiceHarness, startServiceHarness } from '@carta/service-kit/test-harness';
import { aTrialRegistration, identities } from '@carta/testing';
import { Trial } from '../src/trials/trial.entity';
import { parseRegisterTrial } from '../src/trials/trials.input';
import { TrialsService } from '../src/trials/trials.service';
import { centresService } from '../src/service';

/** registerTrial with an idempotency key (PGlite): a resend after a lost answer gets the trial, not "registry id taken". */
describe('centres: idempotent registerTrial', () => {
  let centres: ServiceHarness;
  let trials: TrialsService;
  const puth = identities.office('puth');
  const ruijin = identities.office('ruijin');

  beforeAll(async () => {
    centres = await startServiceHarness(centresService);
    trials = centres.get(TrialsService);
  }, 60_000);
  afterAll(() => centres?.close());

  it('answers a repeat with the first trial and registers it once', async () => {
    const input = parseRegisterTrial(aTrialRegistration({ registryIds: ['NCT09990901'] }));
    const first = await trials.register(puth, input, 'trial-form-1');
    const repeat = await trials.register(puth, input, 'trial-form-1');
    expect(repeat).toMatchObject({ id: first.id, ownerCentreId: 'puth' });
    expect(repeat.sites?.map((site) => site.centreId)).toEqual(first.sites?.map((site) => site.centreId));
    expect(await centres.dataSource.getRepository(Trial).countBy({ id: first.id })).toBe(1);
    expect(await centres.outbox(TrialRegistered, first.id)).toHaveLength(1);
    // Without a key the natural rule still holds: the registry id is taken.
    await expect(trials.register(puth, input)).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses the same key with another registration, and keeps keys per caller', async () => {
    await trials.register(puth, parseRegisterTrial(aTrialRegistration({ registryIds: ['NCT09990902'] })), 'trial-form-2');
    await expect(trials.register(puth, parseRegisterTrial(aTrialRegistration({ registryIds: ['NCT09990903'] })), 'trial-form-2')).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('idempotency key'),
    });
    const theirs = await trials.register(ruijin, parseRegisterTrial(aTrialRegistration({ registryIds: ['NCT09990904'] })), 'trial-form-2');
    expect(theirs.ownerCentreId).toBe('ruijin');
  });
});
