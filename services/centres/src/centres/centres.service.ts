import { Injectable } from '@nestjs/common';
import { Identity } from '@carta/auth';
import { CentreProfilePublished } from '@carta/contracts';
import { actsForCentre, DomainError, notFound } from '@carta/domain';
import { Outbox } from '@carta/messaging';
import { Audit } from '@carta/audit';
import { DataSource } from 'typeorm';
import { Centre, profileOf } from './centre.entity';
import { CentreProfileInput } from './centres.input';

/** Reference data: every signed-in role may read the centres; an office edits only its own profile. */
@Injectable()
export class CentresService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: Audit,
    private readonly outbox: Outbox,
  ) {}

  list(): Promise<Centre[]> {
    return this.dataSource.getRepository(Centre).find({ order: { id: 'ASC' } });
  }

  get(id: string): Promise<Centre | null> {
    return this.dataSource.getRepository(Centre).findOneBy({ id });
  }

  /** The profile changes and its event (which travel and billing plan with) are stored together. */
  updateProfile(identity: Identity, centreId: string, input: CentreProfileInput): Promise<Centre> {
    return this.dataSource.transaction(async (manager) => {
      if (!actsForCentre(identity, centreId)) throw new DomainError('FORBIDDEN', 'an office may edit only its own centre');
      const centre = await manager.findOneBy(Centre, { id: centreId });
      if (!centre) throw notFound('centre');
      // Name and address are kept when the office leaves them out (older clients); null clears them.
      Object.assign(centre, {
        ...input,
        nameZh: input.nameZh === undefined ? centre.nameZh : input.nameZh,
        address: input.address === undefined ? centre.address : input.address,
        contactEmail: input.contactEmail ?? null,
        contactPhone: input.contactPhone ?? null,
      });
      await manager.save(centre);
      await this.audit.record(manager, identity, 'centre.update-profile', { targetId: centreId });
      await this.outbox.append(manager, CentreProfilePublished, profileOf(centre));
      return centre;
    });
  }
}
