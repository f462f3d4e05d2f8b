import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DeadLetterRecord } from '@carta/messaging';
import { DomainError } from '@carta/domain';
import { DataSource, IsNull } from 'typeorm';
import { Roles } from '../identity.guard';
import { parseUuid } from '../validation';
import { EventTransportHolder } from './event-transport.holder';

/**
 * Admin view of one service's dead letters: `<service>DeadLetters` and `redrive<Service>DeadLetter`
 * (the fields are named per service so the supergraph routes each to its owner).
 */
export function deadLettersResolver(service: string): Function {
  const capitalised = service[0].toUpperCase() + service.slice(1);

  @Resolver('DeadLetter')
  class DeadLettersResolver {
    constructor(
      private readonly dataSource: DataSource,
      private readonly transport: EventTransportHolder,
    ) {}

    @Roles('admin')
    @Query(`${service}DeadLetters`)
    list(@Args('pendingOnly') pendingOnly: boolean, @Args('limit', { type: () => Int }) limit: number) {
      if (limit < 1 || limit > 500) throw new DomainError('BAD_USER_INPUT', 'limit must be between 1 and 500');
      return this.dataSource
        .getRepository(DeadLetterRecord)
        .find({ where: pendingOnly ? { redrivenAt: IsNull() } : {}, order: { createdAt: 'DESC' }, take: limit })
        .then((rows) => rows.map(toGraphQL));
    }

    @Roles('admin')
    @Mutation(`redrive${capitalised}DeadLetter`)
    async redrive(@Args('id') rawId: string) {
      const id = parseUuid(rawId, 'id');
      const exists = await this.dataSource.getRepository(DeadLetterRecord).existsBy({ id });
      if (!exists) throw new DomainError('NOT_FOUND', 'dead letter not found');
      const outcome = await this.transport.get().redrive(id);
      const row = await this.dataSource.getRepository(DeadLetterRecord).findOneByOrFail({ id });
      return { outcome: outcome.toUpperCase().replace('-', '_'), deadLetter: toGraphQL(row) };
    }
  }
  return DeadLettersResolver;
}

function toGraphQL(row: DeadLetterRecord) {
  return { ...row, createdAt: row.createdAt.toISOString(), redrivenAt: row.redrivenAt?.toISOString() ?? null };
}
