import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Identity } from '@carta/auth';
import { CaseAssignment, CaseConsent, CaseReferral } from '@carta/case-access';
import { notFound, openCursor, signCursor } from '@carta/domain';
import { INTERNAL_SECRET } from '@carta/service-kit';
import { Brackets, DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { quotedTableOf } from '@carta/persistence';
import { Case } from '../cases/case.entity';
import { Notification, NotificationRead, StaleRecordsSeen } from './notification.entity';
import { FeedOwner, feedOwner, feedPosition, newlyStale, NotificationDraft } from './notification.rules';
import { FeedQuery } from './notifications.input';

/** The event an entry is made from. */
export interface SourceEvent {
  id: string;
  time: string;
  caseId: string;
}

export interface FeedEntry extends Notification {
  readAt: Date | null;
  /** Pass as `after` to continue after this entry. */
  cursor: string;
}

export interface FeedPage {
  entries: FeedEntry[];
  hasNextPage: boolean;
  unreadCount: number;
}

@Injectable()
export class NotificationsService {
  private readonly logger = new Logger(NotificationsService.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(INTERNAL_SECRET) private readonly secret: string,
  ) {}

  /**
   * Adds the entries one event makes, in the consumer's transaction. A coordinator entry goes to
   * whoever runs the case now (the assignment projection), unless `coordinatorId` names the
   * recipient; an office entry to the centre it names. Keyed by (event, audience): idempotent.
   */
  async notify(manager: EntityManager, source: SourceEvent, make: (caseReference: string) => NotificationDraft[], coordinatorId?: string): Promise<void> {
    const caseReference = await this.referenceOf(manager, source.caseId);
    const drafts = make(caseReference);
    if (drafts.length === 0) return;
    const coordinator = coordinatorId ?? (await manager.findOneBy(CaseAssignment, { caseId: source.caseId }))?.coordinatorId;
    for (const draft of drafts) {
      const recipient = draft.audience === 'COORDINATOR' ? coordinator : draft.centreId;
      if (!recipient) {
        this.logger.warn(`no ${draft.audience.toLowerCase()} to tell of ${draft.kind} on case ${source.caseId}`);
        continue;
      }
      await manager
        .createQueryBuilder()
        .insert()
        .into(Notification)
        .values({
          id: randomUUID(),
          sourceEventId: source.id,
          audience: draft.audience,
          recipientSubject: draft.audience === 'COORDINATOR' ? recipient : null,
          recipientCentreId: draft.audience === 'OFFICE' ? recipient : null,
          category: draft.audience === 'OFFICE' ? (draft.category ?? 'CLINICAL_SUMMARY') : null,
          kind: draft.kind,
          caseId: source.caseId,
          caseReference,
          centreId: draft.centreId ?? null,
          trialId: draft.trialId ?? null,
          outcome: draft.outcome ?? null,
          summary: draft.summary,
          amountDueMinor: draft.amountDue?.minor ?? null,
          amountDueCurrency: draft.amountDue?.currency ?? null,
          dueOn: draft.dueOn ?? null,
          createdAt: new Date(source.time),
        })
        .orIgnore()
        .execute();
    }
  }

  /** The case's short reference; its id for a case intake does not know (an event that overtook the case). */
  private async referenceOf(manager: EntityManager, caseId: string): Promise<string> {
    const kase = await manager.findOne(Case, { where: { id: caseId }, select: { id: true, reference: true } });
    return kase?.reference ?? caseId;
  }

  /**
   * For each evaluation, in order, the record kinds that turned stale since the case's previous one,
   * remembering the latest: two statements however many. An evaluation older than the one remembered
   * (redelivered out of order) is news of nothing.
   */
  async newlyStale(manager: EntityManager, evaluations: { caseId: string; stale: string[]; evaluatedAt: Date }[]): Promise<string[][]> {
    const caseIds = [...new Set(evaluations.map(({ caseId }) => caseId))];
    const known = await manager.find(StaleRecordsSeen, { where: { caseId: In(caseIds) }, order: { caseId: 'ASC' }, lock: { mode: 'pessimistic_write' } });
    const seen = new Map(known.map((row) => [row.caseId, row]));
    const changed = new Map<string, StaleRecordsSeen>();
    const news = evaluations.map(({ caseId, stale, evaluatedAt }) => {
      const before = seen.get(caseId);
      if (before && before.evaluatedAt > evaluatedAt) return [];
      const now = { caseId, stale, evaluatedAt };
      seen.set(caseId, now);
      changed.set(caseId, now);
      return newlyStale(before?.stale ?? [], stale);
    });
    if (changed.size > 0) await manager.upsert(StaleRecordsSeen, [...changed.values()], ['caseId']);
    return news;
  }

  /** The caller's feed, newest first. */
  async feed(identity: Identity, query: FeedQuery): Promise<FeedPage> {
    const owner = feedOwner(identity);
    return this.dataSource.transaction(async (manager) => {
      // A cursor belongs to its reader and to the unread-only choice it was made with.
      const scope = `${owner.subject}|${owner.officeCentreId ?? ''}|${query.unreadOnly}`;
      const page = this.visible(manager, owner)
        .orderBy('n.seq', 'DESC')
        .take(query.first + 1);
      if (query.after) page.andWhere('n.seq < :afterSeq', { afterSeq: feedPosition(openCursor(query.after, this.secret, 'notifications', scope)) });
      if (query.unreadOnly) this.unread(page, manager, owner);
      const rows = await page.getMany();
      const entries = rows.slice(0, query.first);
      const reads = await this.readsOf(manager, owner, entries);
      const unreadCount = await this.unread(this.visible(manager, owner), manager, owner).getCount();
      return {
        entries: entries.map((entry) =>
          Object.assign(entry, { readAt: reads.get(entry.id) ?? null, cursor: signCursor(String(entry.seq), this.secret, 'notifications', scope) }),
        ),
        hasNextPage: rows.length > query.first,
        unreadCount,
      };
    });
  }

  /** Marks the caller's own entries read; an id that is not one of them is NOT_FOUND (nothing is marked). Returns how many were unread. */
  async markRead(identity: Identity, ids: string[]): Promise<number> {
    const owner = feedOwner(identity);
    return this.dataSource.transaction(async (manager) => {
      const mine = await this.visible(manager, owner).andWhere('n.id IN (:...ids)', { ids }).getMany();
      // Same answer for someone else's entry and for none at all: existence is not disclosed.
      if (mine.length !== ids.length) throw notFound('notification');
      return this.markAsRead(manager, owner, mine);
    });
  }

  /** Marks every entry of the caller's feed read. Returns how many were unread. */
  async markAllRead(identity: Identity): Promise<number> {
    const owner = feedOwner(identity);
    return this.dataSource.transaction(async (manager) => {
      const unread = await this.unread(this.visible(manager, owner), manager, owner).getMany();
      return this.markAsRead(manager, owner, unread);
    });
  }

  private async markAsRead(manager: EntityManager, owner: FeedOwner, entries: Notification[]): Promise<number> {
    const already = await this.readsOf(manager, owner, entries);
    const fresh = entries.filter((entry) => !already.has(entry.id));
    const readAt = new Date();
    for (let start = 0; start < fresh.length; start += 500) {
      const batch = fresh.slice(start, start + 500).map((entry) => ({ notificationId: entry.id, subject: owner.subject, readAt }));
      await manager.createQueryBuilder().insert().into(NotificationRead).values(batch).orIgnore().execute();
    }
    return fresh.length;
  }

  private async readsOf(manager: EntityManager, owner: FeedOwner, entries: Notification[]): Promise<Map<string, Date>> {
    if (entries.length === 0) return new Map();
    const reads = await manager.findBy(NotificationRead, { subject: owner.subject, notificationId: In(entries.map((entry) => entry.id)) });
    return new Map(reads.map((read) => [read.notificationId, read.readAt]));
  }

  private unread(query: SelectQueryBuilder<Notification>, manager: EntityManager, owner: FeedOwner): SelectQueryBuilder<Notification> {
    return query.andWhere(
      `NOT EXISTS (SELECT 1 FROM ${quotedTableOf(manager, NotificationRead)} r WHERE r."notification_id" = n."id" AND r."subject" = :reader)`,
      {
        reader: owner.subject,
      },
    );
  }

  /**
   * What the caller may see, decided in SQL so pages are full: entries addressed to the caller, and
   * its centre's entries only while the office may still read the case (a referral to the centre
   * and an active consent covering the entry's category, as canReadCentreRecord decides).
   */
  private visible(manager: EntityManager, owner: FeedOwner): SelectQueryBuilder<Notification> {
    const referral = quotedTableOf(manager, CaseReferral);
    const consent = quotedTableOf(manager, CaseConsent);
    return manager.createQueryBuilder(Notification, 'n').where(
      new Brackets((either) => {
        either.where('1 = 0');
        if (owner.personal) either.orWhere(`(n."audience" = 'COORDINATOR' AND n."recipient_subject" = :subject)`, { subject: owner.subject });
        if (owner.officeCentreId)
          either.orWhere(
            `(n."audience" = 'OFFICE' AND n."recipient_centre_id" = :centreId
              AND EXISTS (SELECT 1 FROM ${referral} cr WHERE cr."case_id" = n."case_id" AND cr."centre_id" = :centreId)
              AND EXISTS (SELECT 1 FROM ${consent} cc WHERE cc."case_id" = n."case_id" AND cc."centre_id" = :centreId
                          AND cc."withdrawn_at" IS NULL AND n."category" = ANY (cc."categories")))`,
            { centreId: owner.officeCentreId },
          );
      }),
    );
  }
}
