import { CartaEvent } from '@carta/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** An event committed with the state change that caused it, waiting for the relay. */
@Entity({ name: 'outbox' })
@Index('outbox_unpublished_idx', ['publishedAt', 'seq'])
export class OutboxRecord {
  /** Commit order within the service: the relay publishes in this order. */
  @PrimaryGeneratedColumn({ type: 'bigint' })
  seq: string;

  @Column({ type: 'uuid', unique: true })
  eventId: string;

  @Column({ type: 'text' })
  topic: string;

  /** The aggregate id: one aggregate's events land on one partition, in order. */
  @Column({ type: 'text' })
  messageKey: string;

  @Column({ type: 'text' })
  eventType: string;

  @Column({ type: 'jsonb' })
  envelope: CartaEvent;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;
}

/** An event a consumer has applied, written in the same transaction as the handler's effects. */
@Entity({ name: 'inbox' })
export class InboxRecord {
  @PrimaryColumn({ type: 'text' })
  consumer: string;

  @PrimaryColumn({ type: 'uuid' })
  eventId: string;

  @Column({ type: 'text' })
  eventType: string;

  @CreateDateColumn({ type: 'timestamptz' })
  processedAt: Date;
}

/** A message a consumer gave up on after its retries; kept here to be listed and redriven. */
@Entity({ name: 'dead_letter' })
@Index('dead_letter_message_idx', ['consumer', 'messageRef'], { unique: true })
export class DeadLetterRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  consumer: string;

  /** The event id when the message could be read, else topic/partition/offset. */
  @Column({ type: 'text' })
  messageRef: string;

  @Column({ type: 'text' })
  topic: string;

  @Column({ type: 'text', nullable: true })
  eventType: string | null;

  /** The record value exactly as it arrived, so a redrive replays the same bytes. */
  @Column({ type: 'text' })
  payload: string;

  @Column({ type: 'jsonb' })
  headers: Record<string, string>;

  @Column({ type: 'text' })
  errorCode: string;

  @Column({ type: 'text' })
  errorMessage: string;

  @Column({ type: 'int' })
  attempts: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  redrivenAt: Date | null;
}

export const MESSAGING_ENTITIES = [OutboxRecord, InboxRecord, DeadLetterRecord];
