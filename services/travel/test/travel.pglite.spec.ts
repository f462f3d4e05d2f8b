import { randomUUID } from 'node:crypto';
import { buildEvent, CaseOpened, PiDecisionRecorded, TreatmentTimelinePlanned, TrialOpened } from '@carta/contracts';
import { ServiceHarness, startServiceHarness } from '@carta/service-kit/test-harness';
import { aTrialSnapshot, identities } from '@carta/testing';
import { Journey } from '../src/journeys/journey.entity';
import { JourneysService } from '../src/journeys/journeys.service';
import { ReferenceConsumer } from '../src/reference/reference.consumer';
import { CaseOpening } from '../src/reference/reference.entities';
import { InvitationLetter } from '../src/letters/invitation-letter.entity';
import { travelService } from '../src/service';

/** Travel alone on PGlite: a timeline planned from an acceptance once the case and the trial are known, whatever order they come in. */
describe('travel (one service on PGlite)', () => {
  let travel: ServiceHarness;
  let journeys: JourneysService;
  const coordinator = identities.coordinator('coord-travel');
  const today = () => travel.clock.now().toISOString().slice(0, 10);

  beforeAll(async () => {
    travel = await startServiceHarness(travelService);
    journeys = travel.get(JourneysService);
  }, 60_000);
  afterAll(() => travel?.close());

  const openCase = (caseId: string) =>
    travel.deliver(CaseOpened, {
      caseId,
      patientId: 'pt_0123456789abcdef',
      diagnosis: { icd10: 'C16.9', description: 'Gastric adenocarcinoma' },
      coordinatorId: coordinator.subject,
      openedAt: travel.clock.now().toISOString(),
    });
  const accept = (caseId: string, trialId: string) =>
    travel.deliver(PiDecisionRecorded, {
      referralId: randomUUID(),
      caseId,
      centreId: 'puth',
      trialId,
      decision: 'ACCEPTED',
      decidedAt: travel.clock.now().toISOString(),
    });
  const openTrial = (trialId: string) => travel.deliver(TrialOpened, TrialOpened.schema.parse(aTrialSnapshot({ trialId, registryIds: [trialId] })));

  it('plans the timeline and asks for the invitation letter when a centre accepts', async () => {
    const caseId = randomUUID();
    await openTrial('NCT09990201');
    await openCase(caseId);
    await accept(caseId, 'NCT09990201');

    const journey = await travel.dataSource.getRepository(Journey).findOneByOrFail({ caseId });
    expect(journey).toMatchObject({
      centreId: 'puth',
      trialId: 'NCT09990201',
      productType: 'AUTOLOGOUS',
      firstContactOn: today(),
      acceptedOn: today(),
      revision: 1,
    });
    const [planned] = await travel.outbox(TreatmentTimelinePlanned, caseId);
    expect(planned.data).toMatchObject({ revision: 1, productType: 'AUTOLOGOUS', manufacturingWaitDays: { min: 21, max: 35 } });
    expect(planned.data.milestones.map((milestone) => milestone.name)).toContain('MANUFACTURING');
    expect(await travel.dataSource.getRepository(InvitationLetter).findOneBy({ caseId, centreId: 'puth' })).not.toBeNull();
  });

  it('waits for the trial’s terms when the acceptance comes first, then plans once', async () => {
    const caseId = randomUUID();
    await openCase(caseId);
    await accept(caseId, 'NCT09990202');
    expect(await travel.dataSource.getRepository(Journey).existsBy({ caseId })).toBe(false);

    await openTrial('NCT09990202');
    expect(await travel.outbox(TreatmentTimelinePlanned, caseId)).toHaveLength(1);
    await openTrial('NCT09990202'); // announced again: no second plan
    expect(await travel.outbox(TreatmentTimelinePlanned, caseId)).toHaveLength(1);
  });

  it('re-plans after a manufacturing delay, for the case’s coordinator only', async () => {
    const caseId = randomUUID();
    await openTrial('NCT09990203');
    await openCase(caseId);
    await accept(caseId, 'NCT09990203');
    const [first] = await travel.outbox(TreatmentTimelinePlanned, caseId);

    await expect(journeys.reportManufacturingDelay(identities.coordinator('coord-stranger'), caseId, 14)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await journeys.reportManufacturingDelay(coordinator, caseId, 14);
    const [, second] = await travel.outbox(TreatmentTimelinePlanned, caseId);
    expect(second.data).toMatchObject({ revision: 2, reason: 'manufacturing delayed by 14 days' });
    expect(second.data.infusion.earliest > first.data.infusion.earliest).toBe(true);
  });

  it('keeps a batch of case openings in two statements however many it holds, the last opening of a case winning', async () => {
    const opened = (caseId: string, openedAt: string) =>
      buildEvent(CaseOpened, '/carta/test', {
        caseId,
        patientId: 'pt_0123456789abcdef',
        diagnosis: { icd10: 'C16.9', description: 'Gastric adenocarcinoma' },
        coordinatorId: coordinator.subject,
        openedAt,
      });
    const cases = Array.from({ length: 50 }, () => randomUUID());
    const events = [...cases.map((caseId) => opened(caseId, '2026-01-05T10:00:00.000Z')), opened(cases[0], '2026-01-07T10:00:00.000Z')];
    const statements = await travel.statements((context) => travel.get(ReferenceConsumer).onCasesOpened(events, context));
    expect(statements).toBe(2); // the upsert, and the one query for cases already accepted
    expect(await travel.dataSource.getRepository(CaseOpening).countBy(cases.map((caseId) => ({ caseId })))).toBe(50);
    expect(await travel.dataSource.getRepository(CaseOpening).findOneBy({ caseId: cases[0] })).toMatchObject({ openedOn: '2026-01-07' });
  });
});
