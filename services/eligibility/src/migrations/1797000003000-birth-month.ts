import { MigrationInterface, QueryRunner } from 'typeorm';

/** The birth month intake records with a case: age is derived from it at each screening date. */
export class BirthMonth1797000003000 implements MigrationInterface {
  name = 'BirthMonth1797000003000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "eligibility"."case_record" ADD "birth_year_month" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "eligibility"."case_record" DROP COLUMN "birth_year_month"`);
  }
}
