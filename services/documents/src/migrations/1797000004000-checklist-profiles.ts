import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The checklist follows the case's profile (diagnosis, prior cellular therapy) and a coordinator's
 * "not applicable" notes. Items evaluated before this stay required until the case is re-evaluated.
 */
export class ChecklistProfiles1797000004000 implements MigrationInterface {
  name = 'ChecklistProfiles1797000004000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "documents"."case_profile" ("case_id" uuid NOT NULL, "icd10" text NOT NULL, "prior_cellular_therapy" boolean, "stated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "case_profile_pkey" PRIMARY KEY ("case_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "documents"."checklist_not_applicable" ("case_id" uuid NOT NULL, "kind" text NOT NULL, "reason" text NOT NULL, "marked_by" text NOT NULL, "marked_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "checklist_not_applicable_pkey" PRIMARY KEY ("case_id", "kind"))`,
    );
    await queryRunner.query(`ALTER TABLE "documents"."checklist_item" ADD "required" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE "documents"."checklist_item" ADD "requirement_reason" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "documents"."checklist_item" DROP COLUMN "requirement_reason"`);
    await queryRunner.query(`ALTER TABLE "documents"."checklist_item" DROP COLUMN "required"`);
    await queryRunner.query(`DROP TABLE "documents"."checklist_not_applicable"`);
    await queryRunner.query(`DROP TABLE "documents"."case_profile"`);
  }
}
