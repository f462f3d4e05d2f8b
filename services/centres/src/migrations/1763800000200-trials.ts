import { MigrationInterface, QueryRunner } from 'typeorm';

export class Trials1763800000200 implements MigrationInterface {
  name = 'Trials1763800000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "centres"."trial" ("id" text NOT NULL, "registry_ids" text array NOT NULL, "title" text NOT NULL, "centre_ids" text array NOT NULL, "targets" text array NOT NULL, "product_type" text NOT NULL, "funding_models" text array NOT NULL, "recruiting" boolean NOT NULL, "open_slots" integer NOT NULL, "criteria" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "trial_pkey" PRIMARY KEY ("id"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "centres"."trial"`);
  }
}
