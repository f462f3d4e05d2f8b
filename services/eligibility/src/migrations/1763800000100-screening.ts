import { MigrationInterface, QueryRunner } from 'typeorm';

export class Screening1763800000100 implements MigrationInterface {
  name = 'Screening1763800000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "eligibility"."oncology_summary" ("case_id" uuid NOT NULL, "summary" jsonb NOT NULL, "version" integer NOT NULL, "updated_by" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "oncology_summary_pkey" PRIMARY KEY ("case_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "eligibility"."trial_projection" ("trial_id" text NOT NULL, "snapshot" jsonb NOT NULL, CONSTRAINT "trial_projection_pkey" PRIMARY KEY ("trial_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "eligibility"."screening" ("case_id" uuid NOT NULL, "trial_id" text NOT NULL, "verdict" text NOT NULL, "criteria" jsonb NOT NULL, "criteria_version" integer NOT NULL, "screened_on" date NOT NULL, CONSTRAINT "screening_pkey" PRIMARY KEY ("case_id", "trial_id"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "eligibility"."screening"`);
    await queryRunner.query(`DROP TABLE "eligibility"."trial_projection"`);
    await queryRunner.query(`DROP TABLE "eligibility"."oncology_summary"`);
  }
}
