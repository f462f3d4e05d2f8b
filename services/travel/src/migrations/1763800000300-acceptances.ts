import { MigrationInterface, QueryRunner } from 'typeorm';

/** Acceptances are kept as they arrive, so a journey waits for its case's opening or trial instead of failing. */
export class Acceptances1763800000300 implements MigrationInterface {
  name = 'Acceptances1763800000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "travel"."acceptance" ("case_id" uuid NOT NULL, "referral_id" uuid NOT NULL, "centre_id" text NOT NULL, "trial_id" text NOT NULL, "accepted_on" date NOT NULL, CONSTRAINT "acceptance_pkey" PRIMARY KEY ("case_id"))`,
    );
    // Journeys planned before this table existed came from an acceptance too.
    await queryRunner.query(
      `INSERT INTO "travel"."acceptance" ("case_id", "referral_id", "centre_id", "trial_id", "accepted_on") SELECT "case_id", "referral_id", "centre_id", "trial_id", "accepted_on" FROM "travel"."journey"`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "travel"."acceptance"`);
  }
}
