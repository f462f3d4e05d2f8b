import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Centre capabilities and languages; trial indications, manufacturing window, delivery, IND, phase.
 * Existing rows get safe values (every seed centre has ICU backup and CRS/ICANS management), then
 * the defaults are dropped so the entities stay the single source of the rules.
 */
export class Profiles1763800000300 implements MigrationInterface {
  name = 'Profiles1763800000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "centres"."centre" ADD "languages" text array NOT NULL DEFAULT '{zh}', ADD "icu_backup" boolean NOT NULL DEFAULT true, ADD "crs_icans_management" boolean NOT NULL DEFAULT true, ADD "hotel_monitoring_after_day14" boolean NOT NULL DEFAULT false, ADD "contact_email" text, ADD "contact_phone" text`,
    );
    await queryRunner.query(
      `ALTER TABLE "centres"."centre" ALTER "languages" DROP DEFAULT, ALTER "icu_backup" DROP DEFAULT, ALTER "crs_icans_management" DROP DEFAULT, ALTER "hotel_monitoring_after_day14" DROP DEFAULT`,
    );
    await queryRunner.query(
      `ALTER TABLE "centres"."trial" ADD "indications" text array NOT NULL DEFAULT '{}', ADD "manufacturing_weeks" jsonb, ADD "deliveries" text array, ADD "nmpa_ind_status" text, ADD "phase" text`,
    );
    await queryRunner.query(`ALTER TABLE "centres"."trial" ALTER "indications" DROP DEFAULT`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "centres"."trial" DROP COLUMN "phase", DROP COLUMN "nmpa_ind_status", DROP COLUMN "deliveries", DROP COLUMN "manufacturing_weeks", DROP COLUMN "indications"`,
    );
    await queryRunner.query(
      `ALTER TABLE "centres"."centre" DROP COLUMN "contact_phone", DROP COLUMN "contact_email", DROP COLUMN "hotel_monitoring_after_day14", DROP COLUMN "crs_icans_management", DROP COLUMN "icu_backup", DROP COLUMN "languages"`,
    );
  }
}
