import { MigrationInterface, QueryRunner } from 'typeorm';
import { SEED_CENTRE_DETAILS } from '../centres/seed-centres';

/**
 * What papers print of a centre and a trial site: the centre's Chinese name and bilingual postal
 * address, each site's principal investigator. The seed centres get their public details where the
 * office has not entered its own (a contact an office set is never overwritten).
 */
export class PrintedCentreDetails1797000003000 implements MigrationInterface {
  name = 'PrintedCentreDetails1797000003000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "centres"."centre" ADD "name_zh" text, ADD "address" jsonb`);
    await queryRunner.query(`ALTER TABLE "centres"."trial_site" ADD "principal_investigator" jsonb`);
    for (const [id, details] of Object.entries(SEED_CENTRE_DETAILS)) {
      await queryRunner.query(
        `UPDATE "centres"."centre" SET "name_zh" = $2, "address" = $3::jsonb, "contact_phone" = COALESCE("contact_phone", $4) WHERE "id" = $1`,
        [id, details.nameZh, JSON.stringify(details.address), details.contactPhone],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "centres"."trial_site" DROP COLUMN "principal_investigator"`);
    await queryRunner.query(`ALTER TABLE "centres"."centre" DROP COLUMN "address", DROP COLUMN "name_zh"`);
  }
}
