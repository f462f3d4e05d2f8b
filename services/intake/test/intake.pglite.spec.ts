import {
  CaseOpened,
  CaseStatusChanged,
  CentreProfilePublished,
  buildEvent,
  ChecklistEvaluated,
  ConsentGranted,
  ConsentWithdrawn,
  DocumentVerified,
} from '@carta/contracts';
import { AuditRecord } from '@carta/audit';
import { ServiceHarness, startServiceHarness } from '@carta/service-kit/test-harness';
import { aCentreProfile, aConsentInput, aDocumentVerified, anOpenCaseInput, aPatient, identities } from '@carta/testing';
import { Case } from '../src/cases/case.entity';
import { CaseChecklist } from '../src/cases/case-facts.entity';
import { CaseFactsConsumer } from '../src/cases/case-facts.consumer';
import { CasesConsumer } from '../src/cases/cases.consumer';
import { NotificationsConsumer } from '../src/notifications/notifications.consumer';
import { CasesService } from '../src/cases/cases.service';
import { parseOpenCaseInput } from '../src/cases/open-case.input';
import { parseRecordConsent } from '../src/consents/consents.input';
import { ConsentsService } from '../src/consents/consents.service';
import { Patient } from '../src/patients/patient.entity';
import { intakeService } from '../src/service';

/** Intake alone on PGlite: its application services and its consumer, with the events they leave in the outbox. */
describe('intake (one service on PGlite)', () => {
  let intake: ServiceHarness;
  let cases: CasesService;
  let consents: ConsentsService;
  const coordinator = identities.coordinator('coord-intake');
  const colleague = identities.coordinator('coord-other');

  beforeAll(async () => {
    intake = await startServiceHarness(intakeService);
    cases = intake.get(CasesService);
    consents = intake.get(ConsentsService);
  }, 60_000);
  afterAll(() => intake?.close());

  const open = () => cases.openCase(coordinator, parseOpenCaseInput(anOpenCaseInput()));

  it('opens a case: patient, case and CaseOpened commit together, and the event names no one', async () => {
    const kase = await open();

    expect(await intake.dataSource.getRepository(Case).findOneByOrFail({ id: kase.id })).toMatchObject({ status: 'NEW', coordinatorId: coordinator.subject });
    expect(await intake.dataSource.getRepository(Patient).findOneByOrFail({ id: kase.patientId })).toMatchObject(aPatient());
    const [opened] = await intake.outbox(CaseOpened, kase.id);
    expect(opened.data).toMatchObject({ caseId: kase.id, patientId: kase.patientId, coordinatorId: coordinator.subject, diagnosis: { icd10: 'C16.9' } });
    expect(JSON.stringify(opened)).not.toMatch(/Mei|Tanaka|1968-03-03/);
  });

  it('refuses to open a case for someone else unless the caller is an admin, and writes nothing', async () => {
    const before = await intake.outbox(CaseOpened);
    // The refusal may come before any promise (a synchronous throw) or as a rejection: both refuse.
    const forSomeoneElse = async () => cases.openCase(coordinator, parseOpenCaseInput(anOpenCaseInput({ coordinatorId: colleague.subject })));
    await expect(forSomeoneElse()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await intake.outbox(CaseOpened)).toHaveLength(before.length);

    const assigned = await cases.openCase(identities.admin(), parseOpenCaseInput(anOpenCaseInput({ coordinatorId: colleague.subject })));
    expect(assigned.coordinatorId).toBe(colleague.subject);
  });

  it('records and withdraws a consent on the coordinator’s own case; a colleague is refused and the refusal is audited', async () => {
    const kase = await open();
    await expect(consents.record(colleague, parseRecordConsent(aConsentInput(kase.id, 'puth')))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const denials = await intake.dataSource.getRepository(AuditRecord).findBy({ caseId: kase.id, outcome: 'DENIED', actor: colleague.subject });
    expect(denials).toHaveLength(1);

    // The recipient is the centre as it published itself; the form a verified consent form of the case.
    await intake.deliver(CentreProfilePublished, aCentreProfile('puth'));
    const form = await intake.deliver(DocumentVerified, aDocumentVerified(kase.id));
    const consent = await consents.record(coordinator, parseRecordConsent(aConsentInput(kase.id, 'puth', { signedFormDocumentId: form.data.documentId })));
    expect((await intake.outbox(ConsentGranted, kase.id)).map((event) => event.data)).toEqual([
      expect.objectContaining({ consentId: consent.id, centreId: 'puth', purpose: 'ELIGIBILITY_REVIEW', categories: ['CLINICAL_SUMMARY', 'MEDICAL_RECORDS'] }),
    ]);
    await consents.withdraw(coordinator, consent.id, 'the patient changed their mind');
    await expect(consents.withdraw(coordinator, consent.id, 'again')).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await intake.outbox(ConsentWithdrawn, kase.id)).toHaveLength(1);
  });

  it("keeps the case's status history: who moved it, when, from where to where and why; only staff read it", async () => {
    const kase = await open();
    await cases.transition(coordinator, kase.id, 'COLLECTING_RECORDS', 'waiting for the pathology report');
    await intake.deliver(ChecklistEvaluated, {
      caseId: kase.id,
      completeness: 'COMPLETE',
      missing: [],
      stale: [],
      untranslated: [],
      evaluatedAt: new Date().toISOString(),
    });
    await expect(cases.transition(coordinator, kase.id, 'CLOSED', 'not allowed from here')).rejects.toMatchObject({ code: 'CONFLICT' });

    const history = await cases.statusHistory(coordinator, kase.id);
    expect(history.map(({ fromStatus, toStatus, reason, changedBy }) => ({ fromStatus, toStatus, reason, changedBy }))).toEqual([
      { fromStatus: null, toStatus: 'NEW', reason: null, changedBy: coordinator.subject },
      { fromStatus: 'NEW', toStatus: 'COLLECTING_RECORDS', reason: 'waiting for the pathology report', changedBy: coordinator.subject },
      // Intake followed documents' evaluation itself: no person made this move.
      { fromStatus: 'COLLECTING_RECORDS', toStatus: 'READY_FOR_SCREENING', reason: 'checklist complete', changedBy: null },
    ]);
    expect(history.every((change, i) => i === 0 || change.changedAt >= history[i - 1].changedAt)).toBe(true);
    expect(await cases.statusHistory(colleague, kase.id)).toHaveLength(3);
    expect(await cases.statusHistory(identities.office('puth'), kase.id)).toEqual([]);
  });

  it('follows the checklist documents evaluates: a complete record set makes the case ready for screening', async () => {
    const kase = await open();
    const evaluated = (completeness: 'COMPLETE' | 'PARTIAL' | 'INCOMPLETE') =>
      intake.deliver(ChecklistEvaluated, { caseId: kase.id, completeness, missing: [], stale: [], untranslated: [], evaluatedAt: new Date().toISOString() });

    await evaluated('INCOMPLETE');
    expect((await intake.dataSource.getRepository(Case).findOneByOrFail({ id: kase.id })).status).toBe('COLLECTING_RECORDS');
    await evaluated('COMPLETE');
    expect((await intake.dataSource.getRepository(Case).findOneByOrFail({ id: kase.id })).status).toBe('READY_FOR_SCREENING');
    expect((await intake.outbox(CaseStatusChanged, kase.id)).map((event) => [event.data.from, event.data.to])).toEqual([
      ['NEW', 'COLLECTING_RECORDS'],
      ['COLLECTING_RECORDS', 'READY_FOR_SCREENING'],
    ]);
  });
  it('follows a batch of evaluations at once: in order, the newest checklist kept, in a fixed number of statements', async () => {
    const [first, second] = [await open(), await open()];
    const at = (minute: number) => new Date(Date.UTC(2026, 10, 30, 9, minute)).toISOString();
    const evaluation = (caseId: string, completeness: 'COMPLETE' | 'INCOMPLETE', minute: number) => ({
      caseId,
      completeness,
      missing: [],
      stale: completeness === 'COMPLETE' ? ['BLOOD_PANEL' as const] : [],
      untranslated: [],
      evaluatedAt: at(minute),
    });
    await intake.deliverAll(ChecklistEvaluated, [
      evaluation(first.id, 'INCOMPLETE', 0),
      evaluation(second.id, 'COMPLETE', 5),
      evaluation(first.id, 'COMPLETE', 1),
      // An older evaluation redelivered after a newer one: the case list keeps the newer.
      evaluation(second.id, 'INCOMPLETE', 4),
    ]);
    const moves = async (caseId: string) => (await intake.outbox(CaseStatusChanged, caseId)).map(({ data }) => `${data.from}→${data.to}`);
    expect(await moves(first.id)).toEqual(['NEW→COLLECTING_RECORDS', 'COLLECTING_RECORDS→READY_FOR_SCREENING']);
    expect((await cases.statusHistory(coordinator, first.id)).map(({ toStatus }) => toStatus)).toEqual(['NEW', 'COLLECTING_RECORDS', 'READY_FOR_SCREENING']);
    expect(await moves(second.id)).toEqual(['NEW→READY_FOR_SCREENING', 'READY_FOR_SCREENING→COLLECTING_RECORDS']);
    const checklists = intake.dataSource.getRepository(CaseChecklist);
    expect(await checklists.findOneByOrFail({ caseId: first.id })).toMatchObject({ completeness: 'COMPLETE', stale: ['BLOOD_PANEL'] });
    expect(await checklists.findOneByOrFail({ caseId: second.id })).toMatchObject({ completeness: 'COMPLETE', evaluatedAt: new Date(at(5)) });

    // Statements per batch, whatever its size: the three handlers' reads and writes, nothing per event.
    const statementsFor = async (size: number) => {
      const opened = await Promise.all(Array.from({ length: size }, open));
      const events = opened.map((kase) => buildEvent(ChecklistEvaluated, '/carta/documents', evaluation(kase.id, 'INCOMPLETE', 0)));
      return intake.statements(async (context) => {
        await intake.get(CasesConsumer).onChecklistsEvaluated(events, context);
        await intake.get(CaseFactsConsumer).onChecklistsEvaluated(events, context);
        await intake.get(NotificationsConsumer).onChecklistsEvaluated(events, context);
      });
    };
    const [forOne, forTwenty] = [await statementsFor(1), await statementsFor(20)];
    expect(forTwenty).toBe(forOne);
    // cases locked, moved, their history, CaseStatusChanged; the case list's checklist; stale kinds read and kept
    expect(forTwenty).toBe(7);
  });
});
