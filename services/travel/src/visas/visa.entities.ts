import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { TravellerRole } from '../travellers/traveller.entity';
import { VisaRoute, VisaStatus } from './visa-checks.rules';

/** Reference data: the visa category (and its limits) per passport nationality and applicant role. */
@Entity({ name: 'visa_route' })
export class VisaRouteRecord implements VisaRoute {
  @PrimaryColumn({ type: 'text' })
  nationality: string;

  @PrimaryColumn({ type: 'text' })
  applicantRole: TravellerRole;

  @Column({ type: 'text' })
  category: string;

  @Column({ type: 'int' })
  maxStayDays: number;

  @Column({ type: 'jsonb' })
  processingDays: { min: number; max: number };

  @Column({ type: 'text' })
  note: string;
}

/** One traveller's application, in the category its route gave when it was opened. */
@Entity({ name: 'visa_application' })
@Index('visa_application_case_idx', ['caseId'])
export class VisaApplication {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'uuid' })
  travellerId: string;

  @Column({ type: 'text' })
  applicantRole: TravellerRole;

  /** The route as it stood when the application was opened: a later edit of the table does not move it. */
  @Column({ type: 'jsonb' })
  route: VisaRoute;

  @Column({ type: 'text' })
  status: VisaStatus;

  @Column({ type: 'date' })
  plannedArrival: string;

  @Column({ type: 'date' })
  plannedDeparture: string;

  @Column({ type: 'date', nullable: true })
  submittedOn: string | null;

  @Column({ type: 'date', nullable: true })
  decidedOn: string | null;

  @Column({ type: 'date', nullable: true })
  validUntil: string | null;

  @Column({ type: 'text', nullable: true })
  refusalReason: string | null;

  @Column({ type: 'timestamptz' })
  openedAt: Date;
}
