import { MigrationInterface, QueryRunner } from 'typeorm';

/** Travellers derived from intake's people: which person each one is, and the latest record heard of each person. */
export class DerivedTravellers1797000008000 implements MigrationInterface {
  name = 'DerivedTravellers1797000008000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "travel"."traveller" ADD "person_id" uuid`);
    await queryRunner.query(`CREATE UNIQUE INDEX "traveller_person_idx" ON "travel"."traveller" ("case_id", "person_id") `);
    await queryRunner.query(
      `CREATE TABLE "travel"."person_record" ("case_id" uuid NOT NULL, "person_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "removed" boolean NOT NULL, CONSTRAINT "person_record_pkey" PRIMARY KEY ("case_id", "person_id"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "travel"."person_record"`);
    await queryRunner.query(`DROP INDEX "travel"."traveller_person_idx"`);
    await queryRunner.query(`ALTER TABLE "travel"."traveller" DROP COLUMN "person_id"`);
  }
}
