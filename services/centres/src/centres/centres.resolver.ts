import { Args, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { Roles } from '@carta/service-kit';
import { DataSource } from 'typeorm';
import { Centre } from './centre.entity';

/** Reference data: every signed-in role may read the centres. */
@Resolver('Centre')
export class CentresResolver {
  constructor(private readonly dataSource: DataSource) {}

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

  @Roles('coordinator', 'admin', 'hospital_office', 'analyst')
  @ResolveReference()
  resolveReference(reference: { id: string }): Promise<Centre | null> {
    return this.dataSource.getRepository(Centre).findOneBy({ id: reference.id });
  }
}
