import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The `centre_directory` table, in the running service's schema. A new service lists it; a service
 * that kept its own copy of centres calls it from the migration that moves that copy over.
 */
export class CentreDirectoryTable1797000009000 implements MigrationInterface {
  name = 'CentreDirectoryTable1797000009000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "${queryRunner.connection.driver.schema}"."centre_directory" ("centre_id" text NOT NULL, "name" text NOT NULL, "name_zh" text, "address" jsonb, "city" text NOT NULL, "hotel_monitoring_after_day14" boolean NOT NULL, "office_email" text, "office_phone" text, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "centre_directory_pkey" PRIMARY KEY ("centre_id"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "${queryRunner.connection.driver.schema}"."centre_directory"`);
  }
}
