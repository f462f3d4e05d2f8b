import { MigrationInterface, QueryRunner } from 'typeorm';

export class Cases1763800000100 implements MigrationInterface {
  name = 'Cases1763800000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "intake"."patient" ("id" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "patient_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "intake"."case" ("id" uuid NOT NULL, "patient_id" text NOT NULL, "diagnosis_icd10" text NOT NULL, "diagnosis_description" text NOT NULL, "coordinator_id" text NOT NULL, "status" text NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "case_pkey" PRIMARY KEY ("id"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "intake"."case"`);
    await queryRunner.query(`DROP TABLE "intake"."patient"`);
  }
}
