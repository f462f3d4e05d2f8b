import { MigrationInterface, QueryRunner } from 'typeorm';
import { CentreDirectoryTable1797000009000 } from '@carta/centre-directory';

/**
 * Centres as published move from billing's own `centre_profile` to the shared `centre_directory`.
 * `centre_profile` never kept the city or the monitoring policy, which billing does not read: they
 * stay empty ('' and false) until the centre next publishes, which replaces the whole row.
 */
export class CentreDirectory1797000009000 implements MigrationInterface {
  name = 'CentreDirectory1797000009000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await new CentreDirectoryTable1797000009000().up(queryRunner);
    await queryRunner.query(
      `INSERT INTO "billing"."centre_directory" ("centre_id", "name", "name_zh", "address", "city", "hotel_monitoring_after_day14", "office_email", "office_phone", "published_at")
       SELECT "centre_id", "name", "name_zh", "address", '', false, "office_email", "office_phone", "published_at" FROM "billing"."centre_profile"`,
    );
    await queryRunner.query(`DROP TABLE "billing"."centre_profile"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "billing"."centre_profile" ("centre_id" text NOT NULL, "name" text NOT NULL, "name_zh" text, "address" jsonb, "office_email" text, "office_phone" text, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "centre_profile_pkey" PRIMARY KEY ("centre_id"))`,
    );
    await queryRunner.query(
      `INSERT INTO "billing"."centre_profile" SELECT "centre_id", "name", "name_zh", "address", "office_email", "office_phone", "published_at" FROM "billing"."centre_directory"`,
    );
    await new CentreDirectoryTable1797000009000().down(queryRunner);
  }
}
