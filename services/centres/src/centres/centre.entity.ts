import { EventData, CentreProfilePublished } from '@carta/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export type InternationalOffice = 'DEDICATED' | 'PARTIAL';

/** A postal address as printed, once in English and once in Chinese. */
export interface PostalAddress {
  en: string;
  zh: string;
}

@Entity({ name: 'centre' })
export class Centre {
  /** A short stable code (`puth`), also the centre a hospital_office identity is bound to. */
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** The centre's name in Chinese, as letters and consulates print it; null until the office records it. */
  @Column({ type: 'text', nullable: true })
  nameZh: string | null;

  /** The postal address in English and Chinese (printed on letters, used as the calendar's location). */
  @Column({ type: 'jsonb', nullable: true })
  address: PostalAddress | null;

  @Column({ type: 'text' })
  city: string;

  @Column({ type: 'text', array: true })
  activeTargets: string[];

  @Column({ type: 'text' })
  internationalOffice: InternationalOffice;

  @Column({ type: 'text' })
  internationalOfficeNote: string;

  /** ISO 639-1 languages the international office works in. */
  @Column({ type: 'text', array: true })
  languages: string[];

  /** Sites need ICU backup and CRS/ICANS management (tocilizumab, dexamethasone on formulary). */
  @Column({ type: 'boolean' })
  icuBackup: boolean;

  @Column({ type: 'boolean' })
  crsIcansManagement: boolean;

  /** Some centres let patients move to a nearby hotel after day 14 of monitoring. */
  @Column({ type: 'boolean' })
  hotelMonitoringAfterDay14: boolean;

  @Column({ type: 'text', nullable: true })
  contactEmail: string | null;

  @Column({ type: 'text', nullable: true })
  contactPhone: string | null;
}

/** The part of a centre other services keep a copy of (travel: the letterhead and the monitoring policy). */
export function profileOf(centre: Centre, publishedAt = new Date()): EventData<typeof CentreProfilePublished> {
  return {
    centreId: centre.id,
    name: centre.name,
    nameZh: centre.nameZh,
    address: centre.address,
    city: centre.city,
    hotelMonitoringAfterDay14: centre.hotelMonitoringAfterDay14,
    officeEmail: centre.contactEmail,
    officePhone: centre.contactPhone,
    publishedAt: publishedAt.toISOString(),
  };
}
