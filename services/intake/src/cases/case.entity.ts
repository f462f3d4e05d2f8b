import { Column, Entity, PrimaryColumn } from 'typeorm';

export type CaseStatus = 'NEW';

@Entity({ name: 'case' })
export class Case {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  patientId: string;

  @Column({ type: 'text' })
  diagnosisIcd10: string;

  @Column({ type: 'text' })
  diagnosisDescription: string;

  @Column({ type: 'text' })
  coordinatorId: string;

  @Column({ type: 'text' })
  status: CaseStatus;

  @Column({ type: 'timestamptz' })
  openedAt: Date;
}
