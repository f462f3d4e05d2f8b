import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** An entity's table as raw SQL names it, schema included and quoted: `"intake"."case"`. */
export function quotedTableOf(manager: EntityManager, entity: EntityTarget<ObjectLiteral>): string {
  return manager.connection
    .getMetadata(entity)
    .tablePath.split('.')
    .map((part) => `"${part}"`)
    .join('.');
}
