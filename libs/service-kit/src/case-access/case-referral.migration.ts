import { MigrationInterface, QueryRunner } from 'typeorm';

/** The case_referral projection, for services that import CaseAccessModule. */
export class CaseReferralTable1763800000001 implements MigrationInterface {
  name = 'CaseReferralTable1763800000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = `"${queryRunner.connection.driver.schema}"`;
    await queryRunner.query(`CREATE TABLE ${s}."case_referral" ("case_id" uuid NOT NULL, "centre_id" text NOT NULL, "referral_id" uuid NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "case_referral_pkey" PRIMARY KEY ("case_id", "centre_id"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "${queryRunner.connection.driver.schema}"."case_referral"`);
  }
}
