import { MigrationInterface, QueryRunner } from 'typeorm';
import { CentreDirectoryTable1797000009000 } from '@carta/centre-directory';

/**
 * Centres as published move from intake's own `centre_contact` to the shared `centre_directory`.
 * `centre_contact` never kept the city or the monitoring policy, which intake does not read: they
 * stay empty ('' and false) until the centre next publishes, which replaces the whole row.
 */
export class CentreDirectory1797000009000 implements MigrationInterface {
  name = 'CentreDirectory1797000009000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await new CentreDirectoryTable1797000009000().up(queryRunner);
    await queryRunner.query(
      `INSERT INTO "intake"."centre_directory" ("centre_id", "name", "name_zh", "address", "city", "hotel_monitoring_after_day14", "office_email", "office_phone", "published_at")
       SELECT "centre_id", "name", "name_zh", "address", '', false, "office_email", "office_phone", "published_at" FROM "intake"."centre_contact"`,
    );
    await queryRunner.query(`DROP TABLE "intake"."centre_contact"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "intake"."centre_contact" ("centre_id" text NOT NULL, "name" text NOT NULL, "name_zh" text, "address" jsonb, "office_email" text, "office_phone" text, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "centre_contact_pkey" PRIMARY KEY ("centre_id"))`,
    );
    await queryRunner.query(
      `INSERT INTO "intake"."centre_contact" SELECT "centre_id", "name", "name_zh", "address", "office_email", "office_phone", "published_at" FROM "intake"."centre_directory"`,
    );
    await new CentreDirectoryTable1797000009000().down(queryRunner);
  }
}
