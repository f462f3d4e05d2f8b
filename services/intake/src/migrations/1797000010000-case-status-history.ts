import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each move of a case's status, kept with who made it and why (the coordinator's page shows the
 * history). Cases opened before this keep their opening only: earlier moves were not recorded.
 */
export class CaseStatusHistory1797000010000 implements MigrationInterface {
  name = 'CaseStatusHistory1797000010000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "intake"."case_status_change" ("id" uuid NOT NULL, "case_id" uuid NOT NULL, "from_status" text, "to_status" text NOT NULL, "reason" text, "changed_by" text, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "case_status_change_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "case_status_change_case_idx" ON "intake"."case_status_change" ("case_id", "changed_at")`);
    await queryRunner.query(
      `INSERT INTO "intake"."case_status_change" ("id", "case_id", "from_status", "to_status", "reason", "changed_by", "changed_at")
       SELECT gen_random_uuid(), "id", NULL, 'NEW', NULL, NULL, "opened_at" FROM "intake"."case"`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "intake"."case_status_change"`);
  }
}
