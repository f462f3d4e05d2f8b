import { Column, Entity, PrimaryColumn } from 'typeorm';

export type InternationalOffice = 'DEDICATED' | 'PARTIAL';

@Entity({ name: 'centre' })
export class Centre {
  /** A short stable code (`puth`), also the centre a hospital_office identity is bound to. */
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  city: string;

  @Column({ type: 'text', array: true })
  activeTargets: string[];

  @Column({ type: 'text' })
  internationalOffice: InternationalOffice;

  @Column({ type: 'text' })
  internationalOfficeNote: string;
}
