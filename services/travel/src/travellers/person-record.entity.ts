import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The latest word travel has had from intake about one person of a case: events may be redelivered
 * or overtake each other, and an older record must never undo a newer one (or bring back someone
 * removed). Holds no identity: the traveller row does, and only while the person travels.
 */
@Entity({ name: 'person_record' })
export class PersonRecord {
  @PrimaryColumn({ type: 'uuid' })
  caseId: string;

  @PrimaryColumn({ type: 'uuid' })
  personId: string;

  /** When intake recorded (or removed) the person: the newest wins. */
  @Column({ type: 'timestamptz' })
  recordedAt: Date;

  @Column({ type: 'boolean' })
  removed: boolean;
}
