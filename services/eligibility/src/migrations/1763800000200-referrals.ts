import { MigrationInterface, QueryRunner } from 'typeorm';

export class Referrals1763800000200 implements MigrationInterface {
  name = 'Referrals1763800000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "eligibility"."referral" ("id" uuid NOT NULL, "case_id" uuid NOT NULL, "trial_id" text NOT NULL, "centre_id" text NOT NULL, "status" text NOT NULL, "completeness_at_submission" text NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "submitted_by" text NOT NULL, "review_due_on" date NOT NULL, "overdue_noticed_at" TIMESTAMP WITH TIME ZONE, "decision_reason" text, "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by" text, CONSTRAINT "referral_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "referral_centre_idx" ON "eligibility"."referral" ("centre_id", "status")`);
    await queryRunner.query(
      `CREATE TABLE "eligibility"."checklist_status" ("case_id" uuid NOT NULL, "completeness" text NOT NULL, CONSTRAINT "checklist_status_pkey" PRIMARY KEY ("case_id"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "eligibility"."checklist_status"`);
    await queryRunner.query(`DROP TABLE "eligibility"."referral"`);
  }
}
