import { randomUUID } from 'node:crypto';
import { CaseOpened, CostEstimateAccepted, CostEstimatePrepared, TreatmentTimelinePlanned, TrialOpened } from '@carta/contracts';
import { OBJECT_STORE } from '@carta/service-kit';
import { ServiceHarness, startServiceHarness } from '@carta/service-kit/test-harness';
import { ObjectStore } from '@carta/storage';
import { anEstimateInput, aTrialSnapshot, identities } from '@carta/testing';
import { BillingAccount } from '../src/accounts/billing-account.entity';
import { Estimate } from '../src/estimates/estimate.entity';
import { parseAcceptEstimate, parsePrepareEstimate } from '../src/estimates/estimates.input';
import { EstimatesService } from '../src/estimates/estimates.service';
import { billingService } from '../src/service';

/** Billing alone on PGlite: an estimate priced from the timeline travel planned, its paper stored, and the family's acceptance of one version. */
describe('billing (one service on PGlite)', () => {
  let billing: ServiceHarness;
  let estimates: EstimatesService;
  const coordinator = identities.coordinator('coord-billing');
  const trialId = 'NCT09990301';
  const day = (offset: number) => new Date(billing.clock.now().getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  const window = (from: number, to: number) => ({ earliest: day(from), latest: day(to) });

  beforeAll(async () => {
    billing = await startServiceHarness(billingService);
    estimates = billing.get(EstimatesService);
    await billing.deliver(TrialOpened, TrialOpened.schema.parse(aTrialSnapshot({ trialId, registryIds: [trialId], fundingModels: ['PATIENT_PAID'] })));
  }, 60_000);
  afterAll(() => billing?.close());

  /** A case as intake announces it, and its timeline as travel plans it. */
  async function caseWithTimeline(revision = 1): Promise<string> {
    const caseId = randomUUID();
    await billing.deliver(CaseOpened, {
      caseId,
      patientId: 'pt_0123456789abcdef',
      diagnosis: { icd10: 'C16.9', description: 'Gastric adenocarcinoma' },
      coordinatorId: coordinator.subject,
      openedAt: billing.clock.now().toISOString(),
    });
    await planned(caseId, revision);
    return caseId;
  }
  const planned = (caseId: string, revision: number, manufacturingWaitDays = { min: 21, max: 35 }) =>
    billing.deliver(TreatmentTimelinePlanned, {
      caseId,
      revision,
      centreId: 'puth',
      trialId,
      productType: 'AUTOLOGOUS',
      milestones: [{ name: 'MANUFACTURING', start: window(10, 12), end: window(31, 47) }],
      infusion: window(36, 52),
      firstContactToInfusionDays: { min: 36, max: 52 },
      manufacturingWaitDays,
      monitoringDays: { min: 28, max: 28 },
      hotelMonitoringAfterDay14: true,
      reason: 'accepted by puth',
      plannedAt: billing.clock.now().toISOString(),
    });

  it('prepares an estimate from the planned timeline, stores its paper, and returns the same version for the same inputs', async () => {
    const caseId = await caseWithTimeline();
    expect(await billing.dataSource.getRepository(BillingAccount).findOneByOrFail({ caseId })).toMatchObject({ timelineRevision: 1, trialId });

    const estimate = await estimates.prepare(coordinator, caseId, parsePrepareEstimate(anEstimateInput()));
    expect(estimate).toMatchObject({ version: 1, timelineRevision: 1, acceptedAt: null });
    const paper = await billing.get<ObjectStore>(OBJECT_STORE).stat(estimate.objectKey);
    expect(paper).not.toBeNull();
    const [prepared] = await billing.outbox(CostEstimatePrepared, caseId);
    expect(prepared.data).toMatchObject({ estimateId: estimate.id, version: 1, fundingModel: 'PATIENT_PAID' });

    expect((await estimates.prepare(coordinator, caseId, parsePrepareEstimate(anEstimateInput()))).id).toBe(estimate.id);
    expect(await billing.outbox(CostEstimatePrepared, caseId)).toHaveLength(1);
  });

  it('refuses sponsor funding the trial does not have, and an estimate before any timeline', async () => {
    const caseId = await caseWithTimeline();
    await expect(estimates.prepare(coordinator, caseId, parsePrepareEstimate(anEstimateInput({ fundingModel: 'SPONSOR_FUNDED' })))).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const noTimeline = randomUUID();
    await billing.deliver(CaseOpened, {
      caseId: noTimeline,
      patientId: 'pt_0123456789abcdef',
      diagnosis: { icd10: 'C16.9', description: 'Gastric adenocarcinoma' },
      coordinatorId: coordinator.subject,
      openedAt: billing.clock.now().toISOString(),
    });
    await expect(estimates.prepare(coordinator, noTimeline, parsePrepareEstimate(anEstimateInput()))).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await billing.dataSource.getRepository(Estimate).countBy({ caseId })).toBe(0);
  });

  it('accepts the current version once; a manufacturing delay makes a new version and the old one can no longer be accepted', async () => {
    const caseId = await caseWithTimeline();
    const v1 = await estimates.prepare(coordinator, caseId, parsePrepareEstimate(anEstimateInput()));
    await planned(caseId, 2, { min: 35, max: 49 });
    const v2 = await estimates.prepare(coordinator, caseId, parsePrepareEstimate(anEstimateInput()));
    expect(v2).toMatchObject({ version: 2, timelineRevision: 2 });

    await expect(estimates.accept(coordinator, v1.id, parseAcceptEstimate({ acceptedBy: 'Kenji Tanaka, husband' }))).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { currentVersion: 2 },
    });
    const accepted = await estimates.accept(coordinator, v2.id, parseAcceptEstimate({ acceptedBy: 'Kenji Tanaka, husband' }));
    expect(accepted.acceptedBy).toBe('Kenji Tanaka, husband');
    expect((await billing.dataSource.getRepository(BillingAccount).findOneByOrFail({ caseId })).acceptedEstimateId).toBe(v2.id);
    expect((await billing.outbox(CostEstimateAccepted, caseId)).map((event) => event.data.version)).toEqual([2]);
    await expect(estimates.accept(coordinator, v2.id, parseAcceptEstimate({ acceptedBy: 'again' }))).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
