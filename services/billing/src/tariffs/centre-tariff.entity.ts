import { Column, Entity, PrimaryColumn } from 'typeorm';
import { BankDetails } from './bank-details.rules';
import { TariffInput } from './tariff.rules';

/** Reference data: a centre's prices, kept by its office; estimates use it instead of the illustrative list. */
@Entity({ name: 'centre_tariff' })
export class CentreTariff {
  @PrimaryColumn({ type: 'text' })
  centreId: string;

  @Column({ type: 'jsonb' })
  tariff: TariffInput;

  /** The account invoices ask families to pay into; no invoice is issued without it. */
  @Column({ type: 'jsonb', nullable: true })
  bank: BankDetails | null;

  @Column({ type: 'text' })
  updatedBy: string;

  @Column({ type: 'timestamptz' })
  updatedAt: Date;
}
