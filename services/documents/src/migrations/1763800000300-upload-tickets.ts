import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Upload tickets expire, and pending uploads are counted per case. Versions registered before this
 * got the 15 minutes their presigned URL had.
 */
export class UploadTickets1763800000300 implements MigrationInterface {
  name = 'UploadTickets1763800000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "documents"."document_version" ADD "upload_expires_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`UPDATE "documents"."document_version" SET "upload_expires_at" = "created_at" + interval '15 minutes'`);
    await queryRunner.query(`ALTER TABLE "documents"."document_version" ALTER "upload_expires_at" SET NOT NULL`);
    await queryRunner.query(`CREATE INDEX "document_version_case_status_idx" ON "documents"."document_version" ("case_id", "status")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "documents"."document_version_case_status_idx"`);
    await queryRunner.query(`ALTER TABLE "documents"."document_version" DROP COLUMN "upload_expires_at"`);
  }
}
