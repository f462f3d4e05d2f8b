import { createHash } from 'node:crypto';
import { badInput, DomainError } from '@carta/domain';
import { stringify } from 'safe-stable-stringify';
import { EntityManager, MigrationInterface, QueryRunner } from 'typeorm';
import { z } from 'zod';

/** A client's idempotency key: 1–64 letters, digits, `_` or `-` (e.g. a UUID made once per form). */
export const idempotencyKey = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'an idempotency key is 1 to 64 letters, digits, underscores or hyphens');

/** Keys are kept at least this long: a repeat within it gets the first answer. */
export const IDEMPOTENCY_RETENTION_HOURS = 24;

export interface IdempotentRequest {
  /** Who asks (the identity's subject): another caller's same key is another request. */
  caller: string;
  /** The mutation, e.g. `openCase`. */
  operation: string;
  /** The client's key; without one the effect simply runs. */
  key?: string | null;
  /** The request's arguments (parsed): a repeat with other arguments is refused. */
  request: unknown;
}

/**
 * Runs a creating mutation's `effect` once per (caller, operation, key), inside the caller's
 * transaction: the key is claimed in the same transaction as the effect, so either both commit or
 * neither. A repeat gets `replay(id)` of the entity the first made; a concurrent repeat waits on the
 * key's row until the first commits. The same key with different arguments is CONFLICT.
 */
export async function idempotent<T>(
  manager: EntityManager,
  request: IdempotentRequest,
  effect: () => Promise<T>,
  result: { idOf(value: T): string; replay(id: string): Promise<T> },
): Promise<T> {
  if (!request.key) return effect();
  const parsedKey = idempotencyKey.safeParse(request.key);
  if (!parsedKey.success) throw badInput(parsedKey.error.issues[0].message, { field: 'idempotencyKey' });
  const key = parsedKey.data;
  const table = `"${schemaOf(manager)}"."idempotency_key"`;
  const fingerprint = createHash('sha256')
    .update(stringify(request.request ?? null) ?? 'null')
    .digest('hex');
  // The caller's expired keys go first (so a key may be used again after the retention).
  await manager.query(`DELETE FROM ${table} WHERE "caller" = $1 AND "created_at" < now() - make_interval(hours => $2)`, [
    request.caller,
    IDEMPOTENCY_RETENTION_HOURS,
  ]);
  const claimed: unknown[] = await manager.query(
    `INSERT INTO ${table} ("caller", "operation", "key", "request_hash") VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING "key"`,
    [request.caller, request.operation, key, fingerprint],
  );
  if (claimed.length === 0) {
    const [earlier] = (await manager.query(`SELECT "request_hash", "result_id" FROM ${table} WHERE "caller" = $1 AND "operation" = $2 AND "key" = $3`, [
      request.caller,
      request.operation,
      key,
    ])) as { request_hash: string; result_id: string | null }[];
    if (!earlier || earlier.request_hash !== fingerprint || !earlier.result_id)
      throw new DomainError('CONFLICT', 'this idempotency key was already used for a different request');
    return result.replay(earlier.result_id);
  }
  const value = await effect();
  await manager.query(`UPDATE ${table} SET "result_id" = $4 WHERE "caller" = $1 AND "operation" = $2 AND "key" = $3`, [
    request.caller,
    request.operation,
    key,
    result.idOf(value),
  ]);
  return value;
}

function schemaOf(manager: EntityManager): string {
  const schema = (manager.connection.options as { schema?: string }).schema;
  if (!schema) throw new Error('idempotency keys need the service schema');
  return schema;
}

/** The idempotency keys of a service's creating mutations, in the schema of whichever service runs it. */
export class IdempotencyKeys1798000000000 implements MigrationInterface {
  name = 'IdempotencyKeys1798000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = `"${queryRunner.connection.driver.schema}"`;
    await queryRunner.query(
      `CREATE TABLE ${s}."idempotency_key" ("caller" text NOT NULL, "operation" text NOT NULL, "key" text NOT NULL, "request_hash" text NOT NULL, "result_id" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "idempotency_key_pkey" PRIMARY KEY ("caller", "operation", "key"))`,
    );
    await queryRunner.query(`CREATE INDEX "idempotency_key_created_idx" ON ${s}."idempotency_key" ("caller", "created_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "${queryRunner.connection.driver.schema}"."idempotency_key"`);
  }
}
