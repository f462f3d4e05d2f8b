import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A patient, known outside intake only by this pseudonymous id. Identifying details live here only. */
@Entity({ name: 'patient' })
export class Patient {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
