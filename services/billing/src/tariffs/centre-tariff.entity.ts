import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TariffInput } from './tariff.rules';

/** Reference data: a centre's prices, kept by its office; estimates use it instead of the illustrative list. */
@Entity({ name: 'centre_tariff' })
export class CentreTariff {
  @PrimaryColumn({ type: 'text' })
  centreId: string;

  @Column({ type: 'jsonb' })
  tariff: TariffInput;

  @Column({ type: 'text' })
  updatedBy: string;

  @Column({ type: 'timestamptz' })
  updatedAt: Date;
}
