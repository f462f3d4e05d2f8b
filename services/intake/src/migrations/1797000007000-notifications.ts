import { MigrationInterface, QueryRunner } from 'typeorm';

/** The notification feed: entries made from events, per-user read state, and the stale record kinds last seen per case. */
export class Notifications1797000007000 implements MigrationInterface {
  name = 'Notifications1797000007000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "intake"."notification" ("seq" BIGSERIAL NOT NULL, "id" uuid NOT NULL, "source_event_id" text NOT NULL, "audience" text NOT NULL, "recipient_subject" text, "recipient_centre_id" text, "category" text, "kind" text NOT NULL, "case_id" uuid NOT NULL, "case_reference" text NOT NULL, "centre_id" text, "trial_id" text, "outcome" text, "summary" text NOT NULL, "amount_due_minor" text, "amount_due_currency" text, "due_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "notification_id_key" UNIQUE ("id"), CONSTRAINT "notification_pkey" PRIMARY KEY ("seq"))`,
    );
    await queryRunner.query(`CREATE INDEX "notification_centre_idx" ON "intake"."notification" ("recipient_centre_id", "seq")`);
    await queryRunner.query(`CREATE INDEX "notification_subject_idx" ON "intake"."notification" ("recipient_subject", "seq")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "notification_source_key" ON "intake"."notification" ("source_event_id", "audience")`);
    await queryRunner.query(
      `CREATE TABLE "intake"."notification_read" ("notification_id" uuid NOT NULL, "subject" text NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "notification_read_pkey" PRIMARY KEY ("notification_id", "subject"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "intake"."notification_stale_records" ("case_id" uuid NOT NULL, "stale" text array NOT NULL, "evaluated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "notification_stale_records_pkey" PRIMARY KEY ("case_id"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "intake"."notification_stale_records"`);
    await queryRunner.query(`DROP TABLE "intake"."notification_read"`);
    await queryRunner.query(`DROP TABLE "intake"."notification"`);
  }
}
