import { MigrationInterface, QueryRunner } from 'typeorm';

/** Centres' own tariffs, which replace the illustrative price list in their estimates. */
export class CentreTariffs1763800000200 implements MigrationInterface {
  name = 'CentreTariffs1763800000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "billing"."centre_tariff" ("centre_id" text NOT NULL, "tariff" jsonb NOT NULL, "updated_by" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "centre_tariff_pkey" PRIMARY KEY ("centre_id"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "billing"."centre_tariff"`);
  }
}
