import { MigrationInterface, QueryRunner } from 'typeorm';
import { newCaseReference } from '../cases/case-reference.rules';

/** Case reference and profile, the projections the case list filters on, and what a consent derives from. */
export class CaseList1797000002000 implements MigrationInterface {
  name = 'CaseList1797000002000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "intake"."case" ADD "reference" text`);
    await queryRunner.query(`ALTER TABLE "intake"."case" ADD "prior_cellular_therapy" boolean`);
    // Existing cases get a reference too, drawn like new ones (unique among themselves).
    const rows: { id: string }[] = await queryRunner.query(`SELECT "id" FROM "intake"."case"`);
    const taken = new Set<string>();
    for (const { id } of rows) {
      let reference = newCaseReference();
      while (taken.has(reference)) reference = newCaseReference();
      taken.add(reference);
      await queryRunner.query(`UPDATE "intake"."case" SET "reference" = $1 WHERE "id" = $2`, [reference, id]);
    }
    await queryRunner.query(`ALTER TABLE "intake"."case" ALTER COLUMN "reference" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "intake"."case" ADD CONSTRAINT "case_reference_key" UNIQUE ("reference")`);
    await queryRunner.query(`CREATE INDEX "case_list_order_idx" ON "intake"."case" ("opened_at", "id")`);
    await queryRunner.query(
      `CREATE TABLE "intake"."case_review" ("referral_id" uuid NOT NULL, "case_id" uuid NOT NULL, "centre_id" text NOT NULL, "due_on" date NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE, "overdue_noticed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "case_review_pkey" PRIMARY KEY ("referral_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "case_review_case_idx" ON "intake"."case_review" ("case_id")`);
    await queryRunner.query(
      `CREATE TABLE "intake"."case_checklist" ("case_id" uuid NOT NULL, "completeness" text NOT NULL, "stale" text array NOT NULL, "evaluated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "case_checklist_pkey" PRIMARY KEY ("case_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "intake"."centre_contact" ("centre_id" text NOT NULL, "name" text NOT NULL, "name_zh" text, "address" jsonb, "office_email" text, "office_phone" text, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "centre_contact_pkey" PRIMARY KEY ("centre_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "intake"."consent_form" ("document_id" uuid NOT NULL, "case_id" uuid NOT NULL, "verified_at" TIMESTAMP WITH TIME ZONE, "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "consent_form_pkey" PRIMARY KEY ("document_id"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "intake"."consent_form"`);
    await queryRunner.query(`DROP TABLE "intake"."centre_contact"`);
    await queryRunner.query(`DROP TABLE "intake"."case_checklist"`);
    await queryRunner.query(`DROP TABLE "intake"."case_review"`);
    await queryRunner.query(`DROP INDEX "intake"."case_list_order_idx"`);
    await queryRunner.query(`ALTER TABLE "intake"."case" DROP CONSTRAINT "case_reference_key"`);
    await queryRunner.query(`ALTER TABLE "intake"."case" DROP COLUMN "prior_cellular_therapy"`);
    await queryRunner.query(`ALTER TABLE "intake"."case" DROP COLUMN "reference"`);
  }
}
