import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who did what to which case's data, and when: one row per read or write of patient data. */
@Entity({ name: 'audit_record' })
@Index('audit_record_case_idx', ['caseId', 'at'])
export class AuditRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  actor: string;

  @Column({ type: 'text', array: true })
  roles: string[];

  @Column({ type: 'text', nullable: true })
  centreId: string | null;

  /** e.g. `case.read`, `consent.withdraw`, `document.download`. */
  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'uuid', nullable: true })
  caseId: string | null;

  /** The object acted on, when it is not the case itself (a document version, a consent…). */
  @Column({ type: 'text', nullable: true })
  targetId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
