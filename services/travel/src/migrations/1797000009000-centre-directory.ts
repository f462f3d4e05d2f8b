import { MigrationInterface, QueryRunner } from 'typeorm';
import { CentreDirectoryTable1797000009000 } from '@carta/centre-directory';

/**
 * Centres as published move from travel's own `centre_profile` to the shared `centre_directory`.
 * travel never kept when a profile was published: its rows take the epoch, so any publication
 * that arrives from now on (all are later) replaces them.
 */
export class CentreDirectory1797000009000 implements MigrationInterface {
  name = 'CentreDirectory1797000009000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await new CentreDirectoryTable1797000009000().up(queryRunner);
    await queryRunner.query(
      `INSERT INTO "travel"."centre_directory" ("centre_id", "name", "name_zh", "address", "city", "hotel_monitoring_after_day14", "office_email", "office_phone", "published_at")
       SELECT "centre_id", "name", "name_zh", "address", "city", "hotel_monitoring_after_day14", "office_email", "office_phone", 'epoch' FROM "travel"."centre_profile"`,
    );
    await queryRunner.query(`DROP TABLE "travel"."centre_profile"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "travel"."centre_profile" ("centre_id" text NOT NULL, "name" text NOT NULL, "city" text NOT NULL, "hotel_monitoring_after_day14" boolean NOT NULL, "office_email" text, "office_phone" text, "name_zh" text, "address" jsonb, CONSTRAINT "centre_profile_pkey" PRIMARY KEY ("centre_id"))`,
    );
    await queryRunner.query(
      `INSERT INTO "travel"."centre_profile" SELECT "centre_id", "name", "city", "hotel_monitoring_after_day14", "office_email", "office_phone", "name_zh", "address" FROM "travel"."centre_directory"`,
    );
    await new CentreDirectoryTable1797000009000().down(queryRunner);
  }
}
