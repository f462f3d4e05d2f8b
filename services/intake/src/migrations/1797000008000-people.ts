import { MigrationInterface, QueryRunner } from 'typeorm';

/** People entered once: the patient's person id (what PersonRecorded names), a companion's birth date and nationality. */
export class People1797000008000 implements MigrationInterface {
  name = 'People1797000008000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "intake"."patient" ADD "person_id" uuid`);
    await queryRunner.query(`UPDATE "intake"."patient" SET "person_id" = gen_random_uuid()`);
    await queryRunner.query(`ALTER TABLE "intake"."patient" ALTER COLUMN "person_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "intake"."patient" ADD CONSTRAINT "patient_person_id_key" UNIQUE ("person_id")`);
    await queryRunner.query(`ALTER TABLE "intake"."companion" ADD "birth_date" date`);
    await queryRunner.query(`ALTER TABLE "intake"."companion" ADD "nationality" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "intake"."companion" DROP COLUMN "nationality"`);
    await queryRunner.query(`ALTER TABLE "intake"."companion" DROP COLUMN "birth_date"`);
    await queryRunner.query(`ALTER TABLE "intake"."patient" DROP CONSTRAINT "patient_person_id_key"`);
    await queryRunner.query(`ALTER TABLE "intake"."patient" DROP COLUMN "person_id"`);
  }
}
