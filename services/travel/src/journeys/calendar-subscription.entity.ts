import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The family's calendar subscription: a long-lived, revocable capability URL for one case's
 * treatment calendar. Only the token's SHA-256 is kept, so the table alone cannot be used to fetch.
 */
@Entity({ name: 'calendar_subscription' })
@Index('calendar_subscription_case_idx', ['caseId'])
@Index('calendar_subscription_token_key', ['tokenSha256'], { unique: true })
export class CalendarSubscription {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'text' })
  tokenSha256: string;

  @Column({ type: 'text' })
  createdBy: string;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastFetchedAt: Date | null;
}
