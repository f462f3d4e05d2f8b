import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../identity.guard';
import { parseUuid } from '../validation';
import { parseDeadLetterLimit } from './dead-letters.input';
import { DeadLetter, DeadLettersService } from './dead-letters.service';

/**
 * Admin view of one service's dead letters: `<service>DeadLetters` and `redrive<Service>DeadLetter`
 * (the fields are named per service so the supergraph routes each to its owner).
 */
export function deadLettersResolver(service: string): Function {
  const capitalised = service[0].toUpperCase() + service.slice(1);

  @Resolver('DeadLetter')
  class DeadLettersResolver {
    constructor(private readonly deadLetters: DeadLettersService) {}

    @Roles('admin')
    @Query(`${service}DeadLetters`)
    async list(@Args('pendingOnly') pendingOnly: boolean, @Args('limit', { type: () => Int }) limit: number) {
      return (await this.deadLetters.list(pendingOnly, parseDeadLetterLimit(limit))).map(toGraphQL);
    }

    @Roles('admin')
    @Mutation(`redrive${capitalised}DeadLetter`)
    async redrive(@Args('id') id: string) {
      const { outcome, deadLetter } = await this.deadLetters.redrive(parseUuid(id, 'id'));
      return { outcome: outcome.toUpperCase().replace('-', '_'), deadLetter: toGraphQL(deadLetter) };
    }
  }
  return DeadLettersResolver;
}

function toGraphQL(row: DeadLetter) {
  return { ...row, createdAt: row.createdAt.toISOString(), redrivenAt: row.redrivenAt?.toISOString() ?? null };
}
