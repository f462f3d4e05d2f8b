import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Identity } from '@carta/auth';
import { DomainError, notFound } from '@carta/domain';
import { Audit } from '@carta/audit';
import { CaseAccess } from '@carta/case-access';
import { CentreDirectoryEntry } from '@carta/centre-directory';
import { Clock, CLOCK, downloadLink, DownloadLink, OBJECT_STORE, ObjectLinks } from '@carta/service-kit';
import { ObjectStore } from '@carta/storage';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { timelineToICalendar } from '../timeline/icalendar.rules';
import { CalendarSubscription } from './calendar-subscription.entity';
import { Journey } from './journey.entity';
import { JourneysService } from './journeys.service';

export const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8';
/** 32 random bytes, base64url: the whole capability. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

export interface CalendarSubscriptionView {
  /** Shown once, when made: only its hash is kept. */
  url: string;
  createdAt: Date;
}

/**
 * The family's calendar, as a file (a 5-minute link, like every paper) and as a subscription: a
 * long-lived URL on the platform's public origin that calendar apps poll, so a re-plan reaches the
 * family's phone. The URL is the capability (calendar apps send no credentials): one per case, made
 * and revoked by the case's coordinator, every fetch audited.
 */
@Injectable()
export class CalendarService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly audit: Audit,
    private readonly journeys: JourneysService,
    @Inject(OBJECT_STORE) private readonly store: ObjectStore,
    private readonly links: ObjectLinks,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The calendar as the journey stands: DTSTAMP is when this revision was planned, so one revision is one file. */
  async render(journey: Journey, manager: EntityManager = this.dataSource.manager): Promise<string> {
    const centre = await manager.findOneBy(CentreDirectoryEntry, { centreId: journey.centreId });
    return timelineToICalendar({ caseId: journey.caseId, timeline: journey.timeline, revision: journey.revision, now: journey.plannedAt, centre });
  }

  /** A five-minute link to the .ics, for whoever may read the journey; audited. */
  async download(identity: Identity, caseId: string): Promise<DownloadLink> {
    const { objectKey, digest } = await this.dataSource.transaction(async (manager) => {
      const journey = await this.journeys.readable(identity, caseId, manager);
      if (!journey) throw notFound('journey (the case has not been accepted by a centre)');
      const text = await this.render(journey, manager);
      const bytes = Buffer.from(text, 'utf8');
      const digest = sha256(bytes);
      // Content-addressed per revision: a repeat download reuses the stored file, a re-plan makes a new one.
      const objectKey = `cases/${caseId}/calendar/r${journey.revision}-${digest.slice(0, 16)}.ics`;
      if (!(await this.store.stat(objectKey)))
        await this.store.put(objectKey, bytes, { size: bytes.length, contentType: CALENDAR_CONTENT_TYPE, metadata: { sha256: digest } });
      await this.audit.record(manager, identity, 'journey.calendar-download', { caseId });
      return { objectKey, digest };
    });
    return downloadLink(this.links, objectKey, this.clock, { contentType: CALENDAR_CONTENT_TYPE, fileName: 'treatment-timeline.ics', sha256: digest });
  }

  /** A new subscription URL for the case; the one before it stops working (one per case, so a leaked link is cut by sharing a new one). */
  subscribe(identity: Identity, caseId: string): Promise<CalendarSubscriptionView> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.assertCanWrite(identity, caseId, manager);
      if (!(await manager.existsBy(Journey, { caseId })))
        throw new DomainError('CONFLICT', 'the case has no treatment timeline yet: a centre must accept it first');
      const now = this.clock.now();
      await this.revokeActive(manager, identity, caseId, now);
      const token = randomBytes(32).toString('base64url');
      const subscription = manager.create(CalendarSubscription, {
        id: randomUUID(),
        caseId,
        tokenSha256: sha256(token),
        createdBy: identity.subject,
        createdAt: now,
        revokedAt: null,
        lastFetchedAt: null,
      });
      await manager.insert(CalendarSubscription, subscription);
      await this.audit.record(manager, identity, 'journey.calendar-subscribe', { caseId, targetId: subscription.id });
      return { url: this.urlOf(token), createdAt: now };
    });
  }

  /** Stops the case's subscription URL; true when there was one. */
  revoke(identity: Identity, caseId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.assertCanWrite(identity, caseId, manager);
      return (await this.revokeActive(manager, identity, caseId, this.clock.now())) > 0;
    });
  }

  /**
   * A calendar app fetches the subscription. An unknown token learns nothing and leaves no record
   * (anyone can send one); a revoked token is refused the same way, and recorded as a denial on its case.
   */
  async fetch(token: string): Promise<string> {
    const gone = () => new DomainError('NOT_FOUND', 'no such calendar');
    if (!TOKEN.test(token)) throw gone();
    const subscription = await this.dataSource.manager.findOneBy(CalendarSubscription, { tokenSha256: sha256(token) });
    if (!subscription) throw gone();
    const holder: Identity = { subject: `calendar-subscription:${subscription.id}`, roles: [] };
    const about = { caseId: subscription.caseId, targetId: subscription.id, purpose: 'CARE_COORDINATION' as const };
    if (subscription.revokedAt) {
      await this.audit.recordDenial(holder, 'journey.calendar-fetch', about);
      throw gone();
    }
    return this.dataSource.transaction(async (manager) => {
      const journey = await manager.findOneBy(Journey, { caseId: subscription.caseId });
      if (!journey) throw gone();
      await manager.update(CalendarSubscription, subscription.id, { lastFetchedAt: this.clock.now() });
      await this.audit.record(manager, holder, 'journey.calendar-fetch', about);
      return this.render(journey, manager);
    });
  }

  private urlOf(token: string): string {
    return this.links.onPublicOrigin(`calendars/travel/${token}.ics`);
  }

  private async revokeActive(manager: EntityManager, identity: Identity, caseId: string, now: Date): Promise<number> {
    const active = await manager.find(CalendarSubscription, { where: { caseId, revokedAt: IsNull() } });
    for (const subscription of active) {
      await manager.update(CalendarSubscription, subscription.id, { revokedAt: now });
      await this.audit.record(manager, identity, 'journey.calendar-revoke', { caseId, targetId: subscription.id });
    }
    return active.length;
  }
}
