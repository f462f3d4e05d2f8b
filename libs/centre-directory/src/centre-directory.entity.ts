import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A centre as its office last published it (centres' CentreProfilePublished): one copy per service that names centres. */
@Entity({ name: 'centre_directory' })
export class CentreDirectoryEntry {
  @PrimaryColumn({ type: 'text' })
  centreId: string;

  @Column({ type: 'text' })
  name: string;

  /** The Chinese name as letters print it; null until the centre publishes it. */
  @Column({ type: 'text', nullable: true })
  nameZh: string | null;

  /** Postal address in English and Chinese; null until the centre publishes it. */
  @Column({ type: 'jsonb', nullable: true })
  address: CentreAddress | null;

  @Column({ type: 'text' })
  city: string;

  @Column({ type: 'boolean' })
  hotelMonitoringAfterDay14: boolean;

  @Column({ type: 'text', nullable: true })
  officeEmail: string | null;

  @Column({ type: 'text', nullable: true })
  officePhone: string | null;

  /** When the centre published what this row holds: only a newer publication replaces it. */
  @Column({ type: 'timestamptz' })
  publishedAt: Date;
}

export interface CentreAddress {
  en: string;
  zh: string;
}
