import { Inject, Injectable } from '@nestjs/common';
import { Identity } from '@carta/auth';
import { actsForCentre, DomainError } from '@carta/domain';
import { Audit } from '@carta/audit';
import { Clock, CLOCK } from '@carta/service-kit';
import { DataSource } from 'typeorm';
import { CentreTariff } from './centre-tariff.entity';
import { BankDetails } from './bank-details.rules';
import { priceListFromTariff, TariffInput } from './tariff.rules';

/** Centres' prices: reference data, not patient data; an office sets its own, an admin any. */
@Injectable()
export class TariffsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: Audit,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  read(centreId: string): Promise<CentreTariff | null> {
    return this.dataSource.manager.findOneBy(CentreTariff, { centreId });
  }

  set(identity: Identity, centreId: string, { tariff, bank }: { tariff: TariffInput; bank: BankDetails | null }): Promise<CentreTariff> {
    if (!actsForCentre(identity, centreId)) throw new DomainError('FORBIDDEN', 'an office sets only its own centre’s tariff');
    // The price list's own checks (amounts exact in their currency, each range low ≤ high) before anything is stored.
    priceListFromTariff(tariff);
    return this.dataSource.transaction(async (manager) => {
      const record = manager.create(CentreTariff, { centreId, tariff, bank, updatedBy: identity.subject, updatedAt: this.clock.now() });
      await manager.save(record);
      await this.audit.record(manager, identity, 'tariff.set', { targetId: centreId });
      return record;
    });
  }
}
