import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The centre's Chinese name and address (letters print them, the family's calendar locates events by
 * them), each trial site's principal investigator, and the family's calendar subscriptions: revocable
 * capability URLs, kept as token hashes.
 */
export class JourneyCalendar1797000005000 implements MigrationInterface {
  name = 'JourneyCalendar1797000005000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "travel"."centre_profile" ADD "name_zh" text`);
    await queryRunner.query(`ALTER TABLE "travel"."centre_profile" ADD "address" jsonb`);
    await queryRunner.query(`ALTER TABLE "travel"."trial_terms" ADD "principal_investigators" jsonb`);
    await queryRunner.query(
      `CREATE TABLE "travel"."calendar_subscription" ("id" uuid NOT NULL, "case_id" uuid NOT NULL, "token_sha256" text NOT NULL, "created_by" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "last_fetched_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "calendar_subscription_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "calendar_subscription_token_key" ON "travel"."calendar_subscription" ("token_sha256") `);
    await queryRunner.query(`CREATE INDEX "calendar_subscription_case_idx" ON "travel"."calendar_subscription" ("case_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "travel"."calendar_subscription"`);
    await queryRunner.query(`ALTER TABLE "travel"."trial_terms" DROP COLUMN "principal_investigators"`);
    await queryRunner.query(`ALTER TABLE "travel"."centre_profile" DROP COLUMN "address"`);
    await queryRunner.query(`ALTER TABLE "travel"."centre_profile" DROP COLUMN "name_zh"`);
  }
}
