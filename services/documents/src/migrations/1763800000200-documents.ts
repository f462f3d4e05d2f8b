import { MigrationInterface, QueryRunner } from 'typeorm';

/** Documents and their versions; the checklist learns which version counts and when it turns stale. */
export class Documents1763800000200 implements MigrationInterface {
  name = 'Documents1763800000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "documents"."document" ("id" uuid NOT NULL, "case_id" uuid NOT NULL, "kind" text NOT NULL, "created_by" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, "deleted_by" text, "deletion_reason" text, CONSTRAINT "document_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "document_case_idx" ON "documents"."document" ("case_id")`);
    await queryRunner.query(
      `CREATE TABLE "documents"."document_version" ("id" uuid NOT NULL, "document_id" uuid NOT NULL, "case_id" uuid NOT NULL, "version" integer NOT NULL, "object_key" text NOT NULL, "file_name" text NOT NULL, "declared_content_type" text NOT NULL, "declared_size" bigint NOT NULL, "declared_sha256" text NOT NULL, "language" text NOT NULL, "translation_of_version_id" uuid, "record_date" date, "status" text NOT NULL, "status_reason" text, "uploaded_by" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "verified_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "document_version_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "document_version_number_idx" ON "documents"."document_version" ("document_id", "version")`);
    await queryRunner.query(`ALTER TABLE "documents"."checklist" ADD "next_review_on" date`);
    await queryRunner.query(`CREATE INDEX "checklist_next_review_idx" ON "documents"."checklist" ("next_review_on")`);
    await queryRunner.query(`ALTER TABLE "documents"."checklist_item" ADD "version_id" uuid`);
    await queryRunner.query(`ALTER TABLE "documents"."checklist_item" ADD "record_date" date`);
    await queryRunner.query(`ALTER TABLE "documents"."checklist_item" ADD "stale_on" date`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "documents"."checklist_item" DROP COLUMN "stale_on", DROP COLUMN "record_date", DROP COLUMN "version_id"`);
    await queryRunner.query(`ALTER TABLE "documents"."checklist" DROP COLUMN "next_review_on"`);
    await queryRunner.query(`DROP TABLE "documents"."document_version"`);
    await queryRunner.query(`DROP TABLE "documents"."document"`);
  }
}
