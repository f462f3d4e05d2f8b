import { randomUUID } from 'node:crypto';
import {
  buildEvent,
  CaseOpened,
  ChecklistEvaluated,
  ConsentGranted,
  ConsentWithdrawn,
  CoordinatorAssigned,
  DataCategory,
  InvitationLetterIssued,
  InvitationLetterRequested,
  InvoiceIssued,
  PiDecisionRecorded,
  ReferralReviewOverdue,
  ReferralSubmitted,
  VisaApplicationStatusChanged,
} from '@carta/contracts';
import { Identity, IDENTITY_HEADER, signIdentityAssertion } from '@carta/auth';
import { INTERNAL_SECRET } from '@carta/service-kit';
import { ServiceHarness, startServiceHarness } from '@carta/service-kit/test-harness';
import { anOpenCaseInput, identities } from '@carta/testing';
import { CasesService } from '../src/cases/cases.service';
import { parseOpenCaseInput } from '../src/cases/open-case.input';
import { Notification } from '../src/notifications/notification.entity';
import { NotificationsConsumer } from '../src/notifications/notifications.consumer';
import { parseFeedQuery } from '../src/notifications/notifications.input';
import { NotificationsService } from '../src/notifications/notifications.service';
import { intakeService } from '../src/service';

/** The feed on intake alone: other services' events delivered through the real consumer, read through the application service. */
describe('intake notifications (one service on PGlite)', () => {
  let intake: ServiceHarness;
  let notifications: NotificationsService;
  const at = () => intake.clock.now().toISOString();
  let n = 0;
  // Each test has its own people and centre, so feeds do not mix.
  const people = () => {
    n += 1;
    const centre = `centre-${n}`;
    return {
      centre,
      coordinator: identities.coordinator(`coord-n${n}`),
      office: identities.office(centre, `office-${centre}-a`),
      officeColleague: identities.office(centre, `office-${centre}-b`),
    };
  };

  beforeAll(async () => {
    intake = await startServiceHarness(intakeService);
    notifications = intake.get(NotificationsService);
  }, 60_000);
  afterAll(() => intake?.close());

  const feed = (who: Identity, args: { unreadOnly?: boolean; first?: number; after?: string } = {}) => notifications.feed(who, parseFeedQuery(args));
  const kinds = async (who: Identity, args?: { unreadOnly?: boolean }) => (await feed(who, args)).entries.map((entry) => entry.kind);

  async function openCase(coordinatorId: string): Promise<string> {
    const caseId = randomUUID();
    await intake.deliver(CaseOpened, {
      caseId,
      patientId: 'pt_0123456789abcdef',
      diagnosis: { icd10: 'C83.3', description: 'DLBCL' },
      coordinatorId,
      openedAt: at(),
    });
    return caseId;
  }
  const refer = (caseId: string, centreId: string) =>
    intake.deliver(ReferralSubmitted, { referralId: randomUUID(), caseId, centreId, trialId: 'NCT-1', submittedAt: at() });
  const consent = (caseId: string, centreId: string, categories: DataCategory[] = ['CLINICAL_SUMMARY', 'TRAVEL']) =>
    intake.deliver(ConsentGranted, {
      consentId: randomUUID(),
      caseId,
      centreId,
      purpose: 'ELIGIBILITY_REVIEW',
      categories,
      direction: 'TO_CHINA',
      grantedAt: at(),
    });
  const decide = (caseId: string, centreId: string, decision: 'ACCEPTED' | 'DECLINED' | 'MORE_INFORMATION_REQUESTED') =>
    intake.deliver(PiDecisionRecorded, { referralId: randomUUID(), caseId, centreId, trialId: 'NCT-1', decision, decidedAt: at() });
  const evaluate = (caseId: string, stale: ('BLOOD_PANEL' | 'IMAGING')[], evaluatedAt = at()) =>
    intake.deliver(ChecklistEvaluated, { caseId, completeness: 'PARTIAL', missing: [], stale, untranslated: [], evaluatedAt });

  it('makes each kind from its event and addresses it to the case’s coordinator or the centre’s office', async () => {
    const { centre, coordinator, office } = people();
    const caseId = await openCase(coordinator.subject);
    await refer(caseId, centre);
    await consent(caseId, centre);
    await decide(caseId, centre, 'MORE_INFORMATION_REQUESTED');
    await decide(caseId, centre, 'ACCEPTED');
    await intake.deliver(ReferralReviewOverdue, { referralId: randomUUID(), caseId, centreId: centre, trialId: 'NCT-1', dueOn: '2027-01-05', noticedAt: at() });
    await intake.deliver(InvitationLetterRequested, { letterId: randomUUID(), caseId, centreId: centre, trialId: 'NCT-1', requestedAt: at() });
    await intake.deliver(InvitationLetterIssued, { letterId: randomUUID(), caseId, centreId: centre, companions: 1, validUntil: '2027-06-01', issuedAt: at() });
    await evaluate(caseId, ['BLOOD_PANEL']);
    const visa = { applicationId: randomUUID(), caseId, applicantRole: 'PATIENT' as const, changedAt: at() };
    await intake.deliver(VisaApplicationStatusChanged, { ...visa, from: 'PREPARING', to: 'SUBMITTED' });
    await intake.deliver(VisaApplicationStatusChanged, { ...visa, from: 'SUBMITTED', to: 'GRANTED', validUntil: '2027-09-01' });
    const due = { minor: '11250000', currency: 'CNY' };
    await intake.deliver(InvoiceIssued, { invoiceId: randomUUID(), caseId, kind: 'DEPOSIT', amount: due, estimateVersion: 1, due, issuedAt: at() });

    expect(await kinds(coordinator)).toEqual([
      'INVOICE_DUE',
      'VISA_DECIDED',
      'RECORDS_STALE',
      'LETTER_ISSUED',
      'REVIEW_OVERDUE',
      'PI_DECISION',
      'MORE_INFORMATION_REQUESTED',
    ]);
    expect(await kinds(office)).toEqual(['LETTER_REQUESTED', 'REVIEW_OVERDUE', 'REFERRAL_RECEIVED']);
    // Nobody else: not another centre's office, not an admin (nothing is addressed to them), not an analyst.
    expect(await kinds(identities.office('elsewhere'))).toEqual([]);
    expect(await kinds(identities.admin('admin-n'))).toEqual([]);
    await expect(feed(identities.analyst())).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const [invoice, visaEntry, , , , decision] = (await feed(coordinator)).entries;
    expect(invoice).toMatchObject({ caseId, caseReference: caseId, amountDueMinor: '11250000', amountDueCurrency: 'CNY', readAt: null });
    expect(invoice.summary).toBe(`Deposit invoice issued for ${caseId}: 112,500.00 CNY due.`);
    expect(visaEntry).toMatchObject({ outcome: 'GRANTED' });
    expect(decision).toMatchObject({ outcome: 'ACCEPTED', centreId: centre, trialId: 'NCT-1' });
  });

  it('tells of records only when a kind turns stale that was not stale before, and ignores an older evaluation', async () => {
    const { coordinator } = people();
    const caseId = await openCase(coordinator.subject);
    const earlier = new Date(intake.clock.now().getTime() - 60_000).toISOString();
    await evaluate(caseId, ['BLOOD_PANEL']);
    await evaluate(caseId, ['BLOOD_PANEL']);
    await evaluate(caseId, ['BLOOD_PANEL', 'IMAGING']);
    await evaluate(caseId, [], earlier);
    await evaluate(caseId, ['BLOOD_PANEL', 'IMAGING']);
    expect((await feed(coordinator)).entries.map((entry) => entry.summary)).toEqual([
      `Records of ${caseId} turned stale: IMAGING.`,
      `Records of ${caseId} turned stale: BLOOD_PANEL.`,
    ]);
  });

  it('tells the same of a batch of evaluations applied at once, in order', async () => {
    const { coordinator } = people();
    const caseId = await openCase(coordinator.subject);
    const earlier = new Date(intake.clock.now().getTime() - 60_000).toISOString();
    const evaluation = (stale: ('BLOOD_PANEL' | 'IMAGING')[], evaluatedAt = at()) => ({
      caseId,
      completeness: 'PARTIAL' as const,
      missing: [],
      stale,
      untranslated: [],
      evaluatedAt,
    });
    await intake.deliverAll(ChecklistEvaluated, [
      evaluation(['BLOOD_PANEL']),
      evaluation(['BLOOD_PANEL']),
      evaluation(['BLOOD_PANEL', 'IMAGING']),
      evaluation([], earlier),
      evaluation(['BLOOD_PANEL', 'IMAGING']),
    ]);
    expect((await feed(coordinator)).entries.map((entry) => entry.summary)).toEqual([
      `Records of ${caseId} turned stale: IMAGING.`,
      `Records of ${caseId} turned stale: BLOOD_PANEL.`,
    ]);
  });

  it('keeps read state per user: an office colleague’s reading leaves yours unread', async () => {
    const { centre, coordinator, office, officeColleague } = people();
    const caseId = await openCase(coordinator.subject);
    await refer(caseId, centre);
    await consent(caseId, centre);
    await intake.deliver(InvitationLetterRequested, { letterId: randomUUID(), caseId, centreId: centre, trialId: 'NCT-1', requestedAt: at() });
    const [letter, referral] = (await feed(office)).entries;

    expect(await notifications.markRead(office, [referral.id])).toBe(1);
    expect(await notifications.markRead(office, [referral.id])).toBe(0);
    expect(await feed(office)).toMatchObject({
      unreadCount: 1,
      entries: [
        { id: letter.id, readAt: null },
        { id: referral.id, readAt: expect.any(Date) },
      ],
    });
    expect(await kinds(office, { unreadOnly: true })).toEqual(['LETTER_REQUESTED']);
    expect((await feed(officeColleague)).unreadCount).toBe(2);

    expect(await notifications.markAllRead(officeColleague)).toBe(2);
    expect(await notifications.markAllRead(officeColleague)).toBe(0);
    expect((await feed(office)).unreadCount).toBe(1);
  });

  it('refuses to mark what is not the caller’s as NOT_FOUND, marking nothing, whether it exists or not', async () => {
    const { centre, coordinator, office } = people();
    const caseId = await openCase(coordinator.subject);
    await refer(caseId, centre);
    await consent(caseId, centre);
    await decide(caseId, centre, 'DECLINED');
    const [officeEntry] = (await feed(office)).entries;
    const [coordinatorEntry] = (await feed(coordinator)).entries;

    await expect(notifications.markRead(coordinator, [coordinatorEntry.id, officeEntry.id])).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(notifications.markRead(coordinator, [randomUUID()])).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(notifications.markRead(identities.office('elsewhere'), [officeEntry.id])).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await feed(coordinator)).unreadCount).toBe(1);
    expect((await feed(office)).unreadCount).toBe(1);
  });

  it('shows an office its centre’s entries only while the case is shared with it, per category, and not after a withdrawal', async () => {
    const { centre, coordinator, office } = people();
    const caseId = await openCase(coordinator.subject);
    await refer(caseId, centre);
    expect(await kinds(office)).toEqual([]); // referred, but no consent yet

    const grant = await consent(caseId, centre, ['CLINICAL_SUMMARY']);
    await intake.deliver(InvitationLetterRequested, { letterId: randomUUID(), caseId, centreId: centre, trialId: 'NCT-1', requestedAt: at() });
    expect(await kinds(office)).toEqual(['REFERRAL_RECEIVED']); // the letter concerns TRAVEL, not consented
    const [referral] = (await feed(office)).entries;

    await intake.deliver(ConsentWithdrawn, { consentId: grant.data.consentId, caseId, centreId: centre, withdrawnAt: at() });
    expect(await feed(office)).toMatchObject({ entries: [], unreadCount: 0 });
    await expect(notifications.markRead(office, [referral.id])).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await notifications.markAllRead(office)).toBe(0);
  });

  it('after a hand-over, tells the new coordinator and only them; the previous one keeps past entries', async () => {
    const { centre, coordinator } = people();
    const successor = identities.coordinator(`${coordinator.subject}-successor`);
    const caseId = await openCase(coordinator.subject);
    await decide(caseId, centre, 'MORE_INFORMATION_REQUESTED');
    const handedOverAt = new Date(intake.clock.now().getTime() + 60_000).toISOString();
    await intake.deliver(CoordinatorAssigned, { caseId, coordinatorId: successor.subject, assignedAt: handedOverAt });
    // An older assignment arriving late changes nobody's feed.
    await intake.deliver(CoordinatorAssigned, { caseId, coordinatorId: coordinator.subject, assignedAt: at() });
    await decide(caseId, centre, 'ACCEPTED');

    expect(await kinds(coordinator)).toEqual(['MORE_INFORMATION_REQUESTED']);
    expect(await kinds(successor)).toEqual(['PI_DECISION', 'CASE_ASSIGNED']);
  });

  it('makes one entry per event and audience however often the event is applied', async () => {
    const { centre, coordinator } = people();
    const caseId = await openCase(coordinator.subject);
    const event = buildEvent(ReferralReviewOverdue, '/carta/test', {
      referralId: randomUUID(),
      caseId,
      centreId: centre,
      trialId: 'NCT-1',
      dueOn: '2027-01-05',
      noticedAt: at(),
    });
    const consumer = intake.get(NotificationsConsumer);
    // Straight to the consumer, past the inbox: the feed's own key must hold.
    await intake.handle(({ manager }) => consumer.onReviewOverdue(event, { manager, attempt: 1, heartbeat: async () => undefined }));
    await intake.handle(({ manager }) => consumer.onReviewOverdue(event, { manager, attempt: 2, heartbeat: async () => undefined }));
    expect((await intake.dataSource.getRepository(Notification).findBy({ sourceEventId: event.id })).map((entry) => entry.audience).sort()).toEqual([
      'COORDINATOR',
      'OFFICE',
    ]);
  });

  it('pages newest first with cursors, without gaps or repeats, and refuses a cursor it did not give', async () => {
    const { centre, coordinator } = people();
    const caseIds: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      const caseId = await openCase(coordinator.subject);
      await decide(caseId, centre, 'ACCEPTED');
      caseIds.push(caseId);
    }
    const seen: string[] = [];
    let after: string | undefined;
    const pages: number[] = [];
    for (;;) {
      const page = await feed(coordinator, { first: 3, ...(after ? { after } : {}) });
      pages.push(page.entries.length);
      seen.push(...page.entries.map((entry) => entry.caseId));
      if (!page.hasNextPage) break;
      after = page.entries.at(-1)!.cursor;
    }
    expect(pages).toEqual([3, 3, 1]);
    expect(seen).toEqual([...caseIds].reverse());

    await notifications.markRead(coordinator, [(await feed(coordinator)).entries[0].id]);
    const unreadPage = await feed(coordinator, { unreadOnly: true, first: 6 });
    expect(unreadPage.entries.map((entry) => entry.caseId)).toEqual([...caseIds].reverse().slice(1));
    expect(unreadPage).toMatchObject({ hasNextPage: false, unreadCount: 6 });

    // A cursor is the reader's own: forged, or carried to another reader's feed, it is refused.
    await expect(notifications.feed(coordinator, parseFeedQuery({ after: 'bm90LWEtY3Vyc29y' }))).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    const firstPage = await feed(coordinator, { first: 3 });
    await expect(notifications.feed(people().coordinator, parseFeedQuery({ after: firstPage.entries[0].cursor }))).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'after' },
    });
    expect(() => parseFeedQuery({ first: 101 })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });

  it('serves the feed and marks it read through the subgraph’s GraphQL, with the roles it declares', async () => {
    const { centre, coordinator } = people();
    const caseId = await openCase(coordinator.subject);
    await decide(caseId, centre, 'ACCEPTED');
    await decide(caseId, centre, 'MORE_INFORMATION_REQUESTED');
    const graphql = async (who: Identity, query: string, variables: Record<string, unknown> = {}) => {
      const response = await fetch(`${intake.running.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: await signIdentityAssertion(who, intake.get<string>(INTERNAL_SECRET)) },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
    };
    const FEED = `query($after: String) { notifications(first: 1, after: $after) {
      edges { cursor node { id kind caseId caseReference centreId trialId outcome summary amountDue { formatted } dueOn createdAt read readAt } }
      pageInfo { hasNextPage endCursor } unreadCount } }`;

    const first = await graphql(coordinator, FEED);
    expect(first.errors).toBeUndefined();
    type Feed = { edges: { cursor: string; node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; unreadCount: number };
    const page = first.data!.notifications as Feed;
    expect(page).toMatchObject({ pageInfo: { hasNextPage: true }, unreadCount: 2 });
    expect(page.edges[0].node).toMatchObject({
      kind: 'MORE_INFORMATION_REQUESTED',
      caseId,
      centreId: centre,
      trialId: 'NCT-1',
      outcome: null,
      read: false,
      readAt: null,
    });
    const second = (await graphql(coordinator, FEED, { after: page.pageInfo.endCursor })).data!.notifications as Feed;
    expect(second).toMatchObject({ pageInfo: { hasNextPage: false }, edges: [{ node: { kind: 'PI_DECISION', outcome: 'ACCEPTED' } }] });

    const marked = await graphql(
      coordinator,
      `
        mutation ($ids: [ID!]!) {
          markNotificationsRead(ids: $ids)
        }
      `,
      { ids: [page.edges[0].node.id] },
    );
    expect(marked.data).toEqual({ markNotificationsRead: 1 });
    expect(
      (
        await graphql(
          coordinator,
          `
            mutation {
              markAllNotificationsRead
            }
          `,
        )
      ).data,
    ).toEqual({ markAllNotificationsRead: 1 });

    const forged = await graphql(coordinator, FEED, { after: 'bm90LWEtY3Vyc29y' });
    expect(forged.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    const analyst = await graphql(identities.analyst(), FEED);
    expect(analyst.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    const analystMarks = await graphql(
      identities.analyst(),
      `
        mutation {
          markAllNotificationsRead
        }
      `,
    );
    expect(analystMarks.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('names a case intake opened by its short reference, never by the patient', async () => {
    const { centre, coordinator } = people();
    const kase = await intake.get(CasesService).openCase(coordinator, parseOpenCaseInput(anOpenCaseInput()));
    await decide(kase.id, centre, 'DECLINED');
    const [entry] = (await feed(coordinator)).entries;
    expect(entry).toMatchObject({ caseId: kase.id, caseReference: kase.reference, summary: `The PI at ${centre} declined ${kase.reference} for trial NCT-1.` });
    expect(kase.reference).toMatch(/^CA-/);
  });
});
