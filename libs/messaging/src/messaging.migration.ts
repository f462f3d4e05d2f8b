import { MigrationInterface, QueryRunner } from 'typeorm';

/** Outbox, inbox and dead-letter tables, created in the schema of whichever service runs it. */
export class MessagingTables1763800000000 implements MigrationInterface {
  name = 'MessagingTables1763800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = `"${queryRunner.connection.driver.schema}"`;
    await queryRunner.query(
      `CREATE TABLE ${s}."outbox" ("seq" BIGSERIAL NOT NULL, "event_id" uuid NOT NULL, "topic" text NOT NULL, "message_key" text NOT NULL, "event_type" text NOT NULL, "envelope" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "outbox_event_id_key" UNIQUE ("event_id"), CONSTRAINT "outbox_pkey" PRIMARY KEY ("seq"))`,
    );
    await queryRunner.query(`CREATE INDEX "outbox_unpublished_idx" ON ${s}."outbox" ("published_at", "seq")`);
    await queryRunner.query(
      `CREATE TABLE ${s}."inbox" ("consumer" text NOT NULL, "event_id" uuid NOT NULL, "event_type" text NOT NULL, "processed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "inbox_pkey" PRIMARY KEY ("consumer", "event_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE ${s}."dead_letter" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "consumer" text NOT NULL, "message_ref" text NOT NULL, "topic" text NOT NULL, "event_type" text, "payload" text NOT NULL, "headers" jsonb NOT NULL, "error_code" text NOT NULL, "error_message" text NOT NULL, "attempts" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "redriven_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "dead_letter_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "dead_letter_message_idx" ON ${s}."dead_letter" ("consumer", "message_ref")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = `"${queryRunner.connection.driver.schema}"`;
    await queryRunner.query(`DROP TABLE ${s}."dead_letter"`);
    await queryRunner.query(`DROP TABLE ${s}."inbox"`);
    await queryRunner.query(`DROP TABLE ${s}."outbox"`);
  }
}
