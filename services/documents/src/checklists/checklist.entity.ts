import { RecordKind } from '@carta/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Completeness, RecordStatus } from './checklist-evaluation';

@Entity({ name: 'checklist' })
export class Checklist {
  @PrimaryColumn({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'text' })
  completeness: Completeness;

  @Column({ type: 'timestamptz' })
  evaluatedAt: Date;
}

@Entity({ name: 'checklist_item' })
export class ChecklistItem {
  @PrimaryColumn({ type: 'uuid' })
  caseId: string;

  @PrimaryColumn({ type: 'text' })
  kind: RecordKind;

  @Column({ type: 'text' })
  status: RecordStatus;
}
