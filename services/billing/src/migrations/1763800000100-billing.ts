import { MigrationInterface, QueryRunner } from 'typeorm';

/** Billing accounts (the timeline's durations), trial funding, estimate versions and the append-only ledger. */
export class Billing1763800000100 implements MigrationInterface {
  name = 'Billing1763800000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "billing"."billing_account" ("case_id" uuid NOT NULL, "centre_id" text NOT NULL, "trial_id" text NOT NULL, "product_type" text NOT NULL, "manufacturing_wait_days" jsonb, "monitoring_days" jsonb NOT NULL, "hotel_monitoring_after_day14" boolean NOT NULL, "timeline_revision" integer NOT NULL, "accepted_estimate_id" uuid, CONSTRAINT "billing_account_pkey" PRIMARY KEY ("case_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "billing"."trial_funding" ("trial_id" text NOT NULL, "funding_models" text array NOT NULL, CONSTRAINT "trial_funding_pkey" PRIMARY KEY ("trial_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "billing"."estimate" ("id" uuid NOT NULL, "case_id" uuid NOT NULL, "version" integer NOT NULL, "input_hash" text NOT NULL, "breakdown" jsonb NOT NULL, "timeline_revision" integer NOT NULL, "family_stays_during_manufacturing" boolean NOT NULL, "prepared_at" TIMESTAMP WITH TIME ZONE NOT NULL, "prepared_by" text NOT NULL, "object_key" text NOT NULL, "sha256" text NOT NULL, "accepted_by" text, "accepted_at" TIMESTAMP WITH TIME ZONE, "acceptance_recorded_by" text, CONSTRAINT "estimate_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "estimate_case_version_key" ON "billing"."estimate" ("case_id", "version") `);
    await queryRunner.query(
      `CREATE TABLE "billing"."ledger_entry" ("id" uuid NOT NULL, "case_id" uuid NOT NULL, "type" text NOT NULL, "key" text NOT NULL, "kind" text, "amount_minor" bigint NOT NULL, "currency" text NOT NULL, "estimate_version" integer, "estimate_hash" text, "on" date NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "recorded_by" text NOT NULL, "object_key" text, "sha256" text, CONSTRAINT "ledger_entry_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ledger_entry_case_idx" ON "billing"."ledger_entry" ("case_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "ledger_entry_type_key_key" ON "billing"."ledger_entry" ("type", "key") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "billing"."ledger_entry"`);
    await queryRunner.query(`DROP TABLE "billing"."estimate"`);
    await queryRunner.query(`DROP TABLE "billing"."trial_funding"`);
    await queryRunner.query(`DROP TABLE "billing"."billing_account"`);
  }
}
