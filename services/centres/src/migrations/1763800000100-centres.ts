import { MigrationInterface, QueryRunner } from 'typeorm';

export class Centres1763800000100 implements MigrationInterface {
  name = 'Centres1763800000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "centres"."centre" ("id" text NOT NULL, "name" text NOT NULL, "city" text NOT NULL, "active_targets" text array NOT NULL, "international_office" text NOT NULL, "international_office_note" text NOT NULL, CONSTRAINT "centre_pkey" PRIMARY KEY ("id"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "centres"."centre"`);
  }
}
