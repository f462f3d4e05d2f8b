// The old ways of a resolver, kept to prove the lint refuses each (tools/test/lint-rules.spec.ts). Never imported.
import { Identity } from '@carta/auth';
import { badInput } from '@carta/domain';
import { Outbox } from '@carta/messaging';
import { parseInput } from '@carta/service-kit';
import { DataSource } from 'typeorm';
import { z } from 'zod';

export class OldWayResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  withdraw(identity: Identity, reason: unknown, raw: unknown) {
    if (typeof reason !== 'string') throw badInput('reason: say why', { field: 'reason' });
    if (!identity.roles.includes('admin')) return null;
    const input = parseInput(z.object({ note: z.string() }), raw);
    return this.dataSource.transaction(async () => input.note);
  }
}
