import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The summary fact by fact (summary_fact), manual assessments, and the projections writes are
 * checked against (case_record from CaseOpened, document_record from DocumentVerified/Deleted).
 * The whole-summary table `oncology_summary` is left as it was, unread: its rows cite documents by
 * free text, so they cannot become facts without someone re-entering them against real documents.
 */
export class SummaryFacts1763800000300 implements MigrationInterface {
  name = 'SummaryFacts1763800000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "eligibility"."case_record" ("case_id" uuid NOT NULL, "diagnosis_icd10" text NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "case_record_pkey" PRIMARY KEY ("case_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "eligibility"."document_record" ("document_id" uuid NOT NULL, "case_id" uuid NOT NULL, "version_id" uuid, "version" integer, "kind" text NOT NULL, "record_date" date, "verified_at" TIMESTAMP WITH TIME ZONE, "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "document_record_pkey" PRIMARY KEY ("document_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "document_record_case_idx" ON "eligibility"."document_record" ("case_id")`);
    await queryRunner.query(
      `CREATE TABLE "eligibility"."criterion_assessment" ("id" uuid NOT NULL, "case_id" uuid NOT NULL, "trial_id" text NOT NULL, "criterion_id" text NOT NULL, "criteria_version" integer NOT NULL, "status" text NOT NULL, "source_document_id" uuid NOT NULL, "note" text, "assessed_by" text NOT NULL, "assessed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "criterion_assessment_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "criterion_assessment_case_trial_idx" ON "eligibility"."criterion_assessment" ("case_id", "trial_id")`);
    await queryRunner.query(
      `CREATE TABLE "eligibility"."summary_fact" ("id" uuid NOT NULL, "case_id" uuid NOT NULL, "kind" text NOT NULL, "payload" jsonb NOT NULL, "observed_on" date NOT NULL, "source_document_id" uuid NOT NULL, "version" integer NOT NULL, "supersedes_fact_id" uuid, "recorded_by" text NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "correction_reason" text, "retracted_at" TIMESTAMP WITH TIME ZONE, "retracted_by" text, "retraction_reason" text, CONSTRAINT "summary_fact_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "summary_fact_supersedes_key" ON "eligibility"."summary_fact" ("supersedes_fact_id")`);
    await queryRunner.query(`CREATE INDEX "summary_fact_case_idx" ON "eligibility"."summary_fact" ("case_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "eligibility"."summary_fact"`);
    await queryRunner.query(`DROP TABLE "eligibility"."criterion_assessment"`);
    await queryRunner.query(`DROP TABLE "eligibility"."document_record"`);
    await queryRunner.query(`DROP TABLE "eligibility"."case_record"`);
  }
}
