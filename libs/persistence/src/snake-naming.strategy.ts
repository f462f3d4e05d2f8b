import { DefaultNamingStrategy, NamingStrategyInterface } from 'typeorm';

import { Table } from 'typeorm';

const snake = (name: string): string => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
/** Constraint names without the schema, so the same table reads the same in every service. */
const bareTable = (tableOrName: Table | string): string => (typeof tableOrName === 'string' ? tableOrName : tableOrName.name).split('.').pop()!;

/** Tables and columns in snake_case, so SQL written by hand reads like the entities. */
export class SnakeNamingStrategy extends DefaultNamingStrategy implements NamingStrategyInterface {
  override tableName(className: string, customName?: string): string {
    return customName ?? snake(className);
  }
  override columnName(propertyName: string, customName: string | undefined, prefixes: string[]): string {
    return snake([...prefixes, customName ?? propertyName].join('_'));
  }
  override primaryKeyName(tableOrName: Table | string): string {
    return `${bareTable(tableOrName)}_pkey`;
  }
  override uniqueConstraintName(tableOrName: Table | string, columnNames: string[]): string {
    return `${bareTable(tableOrName)}_${columnNames.join('_')}_key`;
  }
  override foreignKeyName(tableOrName: Table | string, columnNames: string[]): string {
    return `${bareTable(tableOrName)}_${columnNames.join('_')}_fkey`;
  }
  override indexName(tableOrName: Table | string, columnNames: string[]): string {
    return `${bareTable(tableOrName)}_${columnNames.join('_')}_idx`;
  }
  override relationName(propertyName: string): string {
    return snake(propertyName);
  }
  override joinColumnName(relationName: string, referencedColumnName: string): string {
    return snake(`${relationName}_${referencedColumnName}`);
  }
}
