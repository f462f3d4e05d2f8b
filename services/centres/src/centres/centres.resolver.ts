import { Args, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { Identity } from '@carta/auth';
import { CentreProfilePublished } from '@carta/contracts';
import { Outbox } from '@carta/messaging';
import { DomainError, notFound } from '@carta/domain';
import { Audit, CurrentIdentity, parseInput, Roles } from '@carta/service-kit';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Centre, profileOf } from './centre.entity';

const profileInput = z.object({
  languages: z.array(z.string().regex(/^[a-z]{2}$/, 'must be ISO 639-1 codes like en, zh')).min(1),
  icuBackup: z.boolean(),
  crsIcansManagement: z.boolean(),
  hotelMonitoringAfterDay14: z.boolean(),
  contactEmail: z.email().nullish(),
  contactPhone: z
    .string()
    .regex(/^\+[0-9 ]{6,20}$/, 'must be an international number like +86 10 8226 6699')
    .nullish(),
});

/** Reference data: every signed-in role may read the centres; an office edits only its own. */
@Resolver('Centre')
export class CentresResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: Audit,
    private readonly outbox: Outbox,
  ) {}

  @Roles('coordinator', 'admin', 'hospital_office', 'analyst')
  @Query('centres')
  centres(): Promise<Centre[]> {
    return this.dataSource.getRepository(Centre).find({ order: { id: 'ASC' } });
  }

  @Roles('coordinator', 'admin', 'hospital_office', 'analyst')
  @Query('centre')
  centre(@Args('id') id: string): Promise<Centre | null> {
    return this.dataSource.getRepository(Centre).findOneBy({ id });
  }

  @Roles('admin', 'hospital_office')
  @Mutation('updateCentreProfile')
  updateProfile(@CurrentIdentity() identity: Identity, @Args('centreId') centreId: string, @Args('profile') profile: unknown): Promise<Centre> {
    const input = parseInput(profileInput, profile);
    return this.dataSource.transaction(async (manager) => {
      if (!identity.roles.includes('admin') && identity.centreId !== centreId) throw new DomainError('FORBIDDEN', 'an office may edit only its own centre');
      const centre = await manager.findOneBy(Centre, { id: centreId });
      if (!centre) throw notFound('centre');
      Object.assign(centre, { ...input, contactEmail: input.contactEmail ?? null, contactPhone: input.contactPhone ?? null });
      await manager.save(centre);
      await this.audit.record(manager, identity, 'centre.update-profile', { targetId: centreId });
      await this.outbox.append(manager, CentreProfilePublished, profileOf(centre));
      return centre;
    });
  }

  @Roles('coordinator', 'admin', 'hospital_office', 'analyst')
  @ResolveReference()
  resolveReference(reference: { id: string }): Promise<Centre | null> {
    return this.dataSource.getRepository(Centre).findOneBy({ id: reference.id });
  }
}
