import { randomUUID } from 'node:crypto';
import { AuditRecord } from '@carta/audit';
import { CaseOpened, CentreProfilePublished, InvitationLetterIssued, PiDecisionRecorded, TreatmentTimelinePlanned, TrialOpened } from '@carta/contracts';
import { addDays } from '@carta/domain';
import { ServiceHarness, startServiceHarness } from '@carta/service-kit/test-harness';
import { aTrialSnapshot, identities } from '@carta/testing';
import ICAL from 'ical.js';
import { CalendarService } from '../src/journeys/calendar.service';
import { Journey } from '../src/journeys/journey.entity';
import { InvitationLetter } from '../src/letters/invitation-letter.entity';
import { plannedStay } from '../src/timeline/treatment-timeline.rules';
import { Traveller } from '../src/travellers/traveller.entity';
import { VisasService } from '../src/visas/visas.service';
import { travelService } from '../src/service';

/** Travel alone on PGlite: the plan follows the letter and the consulate's decisions; the family's calendar as a file and a subscription. */
describe('travel journey: visas and the calendar (one service on PGlite)', () => {
  let travel: ServiceHarness;
  let visas: VisasService;
  let calendars: CalendarService;
  const coordinator = identities.coordinator('coord-journey');
  const today = () => travel.clock.now().toISOString().slice(0, 10);

  beforeAll(async () => {
    travel = await startServiceHarness(travelService);
    visas = travel.get(VisasService);
    calendars = travel.get(CalendarService);
    await travel.deliver(CentreProfilePublished, {
      centreId: 'puth',
      name: 'Peking University People’s Hospital',
      nameZh: '北京大学人民医院',
      address: { en: '11 Xizhimen South Street, Xicheng District, Beijing', zh: '北京市西城区西直门南大街11号' },
      city: 'Beijing',
      hotelMonitoringAfterDay14: false,
      officeEmail: null,
      officePhone: null,
      publishedAt: travel.clock.now().toISOString(),
    });
  }, 60_000);
  afterAll(() => travel?.close());

  /** An accepted case with its patient's passport entered. */
  async function acceptedCase(trialId: string): Promise<{ caseId: string; patientId: string }> {
    const caseId = randomUUID();
    await travel.deliver(TrialOpened, TrialOpened.schema.parse(aTrialSnapshot({ trialId, registryIds: [trialId] })));
    await travel.deliver(CaseOpened, {
      caseId,
      patientId: 'pt_0123456789abcdef',
      diagnosis: { icd10: 'C83.3', description: 'Diffuse large B-cell lymphoma' },
      coordinatorId: coordinator.subject,
      openedAt: travel.clock.now().toISOString(),
    });
    await travel.deliver(PiDecisionRecorded, {
      referralId: randomUUID(),
      caseId,
      centreId: 'puth',
      trialId,
      decision: 'ACCEPTED',
      decidedAt: travel.clock.now().toISOString(),
    });
    const patientId = randomUUID();
    await travel.dataSource.getRepository(Traveller).insert({
      id: patientId,
      caseId,
      role: 'PATIENT',
      givenName: 'Adaeze',
      familyName: 'Okafor',
      birthDate: '1971-04-02',
      nationality: 'NGA',
      passportNumber: 'A01234567',
      passportExpiry: addDays(today(), 3 * 365),
      relationship: null,
      addedAt: travel.clock.now(),
    });
    return { caseId, patientId };
  }

  /** The office issues the letter (the letters feature's own spec covers how); travel hears its own event. */
  async function issueLetter(caseId: string, validUntil = addDays(today(), 90)): Promise<InvitationLetter> {
    const letters = travel.dataSource.getRepository(InvitationLetter);
    const letter = await letters.findOneByOrFail({ caseId });
    await letters.update(letter.id, { status: 'ISSUED', validUntil, issuedAt: travel.clock.now(), issuedBy: 'office-puth' });
    await travel.deliver(InvitationLetterIssued, {
      letterId: letter.id,
      caseId,
      centreId: 'puth',
      companions: 0,
      validUntil,
      issuedAt: travel.clock.now().toISOString(),
    });
    return letters.findOneByOrFail({ id: letter.id });
  }

  it('refuses a visa application before the letter is issued, naming what is missing', async () => {
    const { caseId, patientId } = await acceptedCase('NCT09990301');
    await expect(visas.open(coordinator, patientId, {})).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('needs an issued, valid invitation letter: the invitation letter requested from puth has not been issued yet'),
    });
    // An expired letter is no better.
    await issueLetter(caseId, addDays(today(), 1));
    travel.clock.advanceDays(3);
    try {
      await expect(visas.open(coordinator, patientId, {})).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('expired') });
    } finally {
      travel.clock.advanceDays(-3);
    }
  });

  it('plans from the issued letter, and a granted visa re-plans the arrival with its reason', async () => {
    const { caseId, patientId } = await acceptedCase('NCT09990302');
    await issueLetter(caseId);
    const [, fromLetter] = await travel.outbox(TreatmentTimelinePlanned, caseId);
    expect(fromLetter.data).toMatchObject({ revision: 2, reason: `invitation letter issued on ${today()}` });
    const arrivalOf = (plan: typeof fromLetter) => plan.data.milestones.find((milestone) => milestone.name === 'ARRIVAL')!.start;
    // The default route's longest processing (21 days) after the letter, plus travel.
    expect(arrivalOf(fromLetter)).toEqual({ earliest: addDays(today(), 22), latest: addDays(today(), 24) });

    // The application opened on the plan's own dates passes the consulate's checks.
    const application = await visas.open(coordinator, patientId, {});
    expect(application.checks.filter((check) => !check.ok)).toEqual([]);
    // The patient's route is the one the plan already assumed: opening the application re-plans nothing.
    expect(await travel.outbox(TreatmentTimelinePlanned, caseId)).toHaveLength(2);
    await visas.changeStatus(coordinator, application.id, { status: 'SUBMITTED', on: today() });
    const grantedOn = addDays(today(), 9);
    await visas.changeStatus(coordinator, application.id, { status: 'GRANTED', on: grantedOn, validUntil: addDays(today(), 300) });

    const plans = await travel.outbox(TreatmentTimelinePlanned, caseId);
    const granted = plans.at(-1)!;
    expect(granted.data).toMatchObject({ revision: plans.length, reason: `patient visa granted on ${grantedOn}, valid to ${addDays(today(), 300)}` });
    expect(arrivalOf(granted)).toEqual({ earliest: addDays(grantedOn, 1), latest: addDays(grantedOn, 3) });
    const journey = await travel.dataSource.getRepository(Journey).findOneByOrFail({ caseId });
    expect(journey.facts.map((fact) => fact.kind)).toEqual(['LETTER_ISSUED', 'VISA_GRANTED']);
  });

  it('re-plans a refused companion without waiting for them, and flags it', async () => {
    const { caseId } = await acceptedCase('NCT09990303');
    const companionId = randomUUID();
    await travel.dataSource.getRepository(Traveller).insert({
      id: companionId,
      caseId,
      role: 'COMPANION',
      givenName: 'Chidi',
      familyName: 'Okafor',
      birthDate: '1969-11-20',
      nationality: 'NGA',
      passportNumber: 'A07654321',
      passportExpiry: addDays(today(), 3 * 365),
      relationship: 'spouse',
      addedAt: travel.clock.now(),
    });
    await issueLetter(caseId);
    const application = await visas.open(coordinator, companionId, {});
    await visas.changeStatus(coordinator, application.id, { status: 'SUBMITTED', on: today() });
    await visas.changeStatus(coordinator, application.id, { status: 'REFUSED', on: addDays(today(), 5), reason: 'supporting documents incomplete' });
    const refused = (await travel.outbox(TreatmentTimelinePlanned, caseId)).at(-1)!;
    expect(refused.data.reason).toBe(`companion visa refused on ${addDays(today(), 5)}`);
    const journey = await travel.dataSource.getRepository(Journey).findOneByOrFail({ caseId });
    expect(journey.timeline.flags).toEqual([expect.stringContaining("A companion's visa was refused")]);
  });

  it('serves the calendar as a 5-minute link on the public origin, and as a subscription that a revoked or forged token cannot read', async () => {
    const { caseId } = await acceptedCase('NCT09990304');
    const journey = await travel.dataSource.getRepository(Journey).findOneByOrFail({ caseId });

    const link = await calendars.download(coordinator, caseId);
    const publicOrigin = new URL(link.url).origin;
    expect(link.url).toMatch(/\/objects\/travel\?/);
    expect(publicOrigin).not.toBe(new URL(travel.running.url).origin);
    await expect(calendars.download(identities.office('rjh'), caseId)).rejects.toMatchObject({ code: 'FORBIDDEN' });

    await expect(calendars.subscribe(identities.coordinator('coord-stranger'), caseId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const first = await calendars.subscribe(coordinator, caseId);
    expect(first.url.startsWith(`${publicOrigin}/calendars/travel/`)).toBe(true);
    const token = (url: string) => /\/calendars\/travel\/([A-Za-z0-9_-]{43})\.ics$/.exec(url)![1]!;

    // What a calendar app reads, over HTTP from the service's route.
    const served = await fetch(`${travel.running.url}/calendars/${token(first.url)}.ics`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const events = new ICAL.Component(ICAL.parse(await served.text())).getAllSubcomponents('vevent');
    expect(events).toHaveLength(journey.timeline.milestones.length);
    const infusion = events.find((event) => event.getFirstPropertyValue('uid') === `${caseId}-infusion@carta`)!;
    expect(String(infusion.getFirstPropertyValue('location'))).toContain('北京市西城区西直门南大街11号');

    const fetches = () => travel.dataSource.getRepository(AuditRecord).findBy({ caseId, action: 'journey.calendar-fetch' });
    expect((await fetches()).map((record) => record.outcome)).toEqual(['ALLOWED']);

    // A new subscription replaces the old one; revoking stops the new one too.
    const second = await calendars.subscribe(coordinator, caseId);
    await expect(calendars.fetch(token(first.url))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await calendars.fetch(token(second.url))).toContain('BEGIN:VCALENDAR');
    expect(await calendars.revoke(coordinator, caseId)).toBe(true);
    expect((await fetch(`${travel.running.url}/calendars/${token(second.url)}.ics`)).status).toBe(404);
    // Forged: well-formed but unknown, or not a token at all. Nothing is disclosed and nothing recorded.
    await expect(calendars.fetch('A'.repeat(43))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await fetch(`${travel.running.url}/calendars/not-a-token.ics`)).status).toBe(404);
    expect((await fetches()).map((record) => record.outcome)).toEqual(['ALLOWED', 'DENIED', 'ALLOWED', 'DENIED']);
  });

  it('re-plans the calendar on a re-plan: same UIDs, a higher SEQUENCE', async () => {
    const { caseId } = await acceptedCase('NCT09990305');
    const before = await calendars.render(await travel.dataSource.getRepository(Journey).findOneByOrFail({ caseId }));
    await issueLetter(caseId);
    const after = await calendars.render(await travel.dataSource.getRepository(Journey).findOneByOrFail({ caseId }));
    const uids = (text: string) => [...text.matchAll(/^UID:(.+)$/gm)].map((match) => match[1]);
    expect(uids(after)).toEqual(uids(before));
    expect(before).toContain('SEQUENCE:1');
    expect(after).toContain('SEQUENCE:2');
    expect(plannedStay((await travel.dataSource.getRepository(Journey).findOneByOrFail({ caseId })).timeline).arrival).toBe(addDays(today(), 22));
  });
});
