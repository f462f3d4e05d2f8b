import { defineEvent, EventDefinition } from '@carta/contracts';
import { DatabaseLocation, migrate, openDataSource } from '@carta/persistence';
import { Column, DataSource, Entity, MigrationInterface, PrimaryColumn, QueryRunner } from 'typeorm';
import { z } from 'zod';
import { MESSAGING_ENTITIES, MessagingTables1763800000000 } from '../src';

/** A stand-in aggregate for messaging tests: each applied event leaves one ProbeEffect row. */
@Entity({ name: 'probe_effect' })
export class ProbeEffect {
  @PrimaryColumn({ type: 'uuid' })
  eventId: string;

  @Column({ type: 'text' })
  probeId: string;

  @Column({ type: 'int' })
  step: number;
}

class ProbeTables1763800000050 implements MigrationInterface {
  name = 'ProbeTables1763800000050';
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "${queryRunner.connection.driver.schema}"."probe_effect" ("event_id" uuid NOT NULL, "probe_id" text NOT NULL, "step" integer NOT NULL, CONSTRAINT "probe_effect_pkey" PRIMARY KEY ("event_id"))`,
    );
  }
  async down(): Promise<void> {}
}

export function probeEvent(topic: string): EventDefinition {
  return defineEvent({
    type: 'carta.test.probe.stepped.v1',
    topic,
    aggregateIdField: 'probeId',
    description: 'A probe took a step (tests only).',
    schema: z.object({ probeId: z.string().min(1), step: z.number().int(), poison: z.boolean().default(false) }),
  });
}

export async function openProbeDataSource(database: DatabaseLocation, schema = 'probe'): Promise<DataSource> {
  const dataSource = await openDataSource({
    schema,
    entities: [ProbeEffect, ...MESSAGING_ENTITIES],
    migrations: [MessagingTables1763800000000, ProbeTables1763800000050],
    database,
  });
  await migrate(dataSource);
  return dataSource;
}
