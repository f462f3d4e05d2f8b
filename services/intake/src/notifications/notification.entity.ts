import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One entry of a feed, made from one event for one audience: the case's coordinator at the time
 * (`recipientSubject`) or a centre's office (`recipientCentreId`, every office user of the centre
 * sees it, each with their own read state). Holds no patient data: references, codes and amounts.
 */
@Entity({ name: 'notification' })
@Index('notification_source_key', ['sourceEventId', 'audience'], { unique: true })
@Index('notification_subject_idx', ['recipientSubject', 'seq'])
@Index('notification_centre_idx', ['recipientCentreId', 'seq'])
export class Notification {
  /** Arrival order: the feed lists newest first by it, and a cursor is a position in it (a number on PGlite). */
  @PrimaryGeneratedColumn({ type: 'bigint' })
  seq: string;

  @Column({ type: 'uuid', unique: true })
  id: string;

  /** The event it was made from: a redelivered event finds its entry and adds none. */
  @Column({ type: 'text' })
  sourceEventId: string;

  @Column({ type: 'text' })
  audience: string;

  @Column({ type: 'text', nullable: true })
  recipientSubject: string | null;

  @Column({ type: 'text', nullable: true })
  recipientCentreId: string | null;

  /** For an office entry: the data category the office must still be allowed to read to see it. */
  @Column({ type: 'text', nullable: true })
  category: string | null;

  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'text' })
  caseReference: string;

  @Column({ type: 'text', nullable: true })
  centreId: string | null;

  @Column({ type: 'text', nullable: true })
  trialId: string | null;

  /** ACCEPTED/DECLINED (a PI decision), GRANTED/REFUSED (a visa). */
  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'text', nullable: true })
  amountDueMinor: string | null;

  @Column({ type: 'text', nullable: true })
  amountDueCurrency: string | null;

  @Column({ type: 'date', nullable: true })
  dueOn: string | null;

  /** When the fact happened (the event's time). */
  @Column({ type: 'timestamptz' })
  createdAt: Date;
}

/** That one user read one entry (office entries are shared by the centre's users, read state is not). */
@Entity({ name: 'notification_read' })
export class NotificationRead {
  @PrimaryColumn({ type: 'uuid' })
  notificationId: string;

  @PrimaryColumn({ type: 'text' })
  subject: string;

  @Column({ type: 'timestamptz' })
  readAt: Date;
}

/** The record kinds a case had stale at its latest checklist evaluation: only a kind newly stale is news. */
@Entity({ name: 'notification_stale_records' })
export class StaleRecordsSeen {
  @PrimaryColumn({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'text', array: true })
  stale: string[];

  @Column({ type: 'timestamptz' })
  evaluatedAt: Date;
}

export const NOTIFICATION_ENTITIES = [Notification, NotificationRead, StaleRecordsSeen];
