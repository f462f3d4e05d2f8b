import { MigrationInterface, QueryRunner } from 'typeorm';

/** An assessment keeps the line it judged: a later criteria version that leaves the line unchanged keeps it valid. */
export class AssessedCriterion1797000021000 implements MigrationInterface {
  name = 'AssessedCriterion1797000021000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "eligibility"."criterion_assessment" ADD "criterion" jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "eligibility"."criterion_assessment" DROP COLUMN "criterion"`);
  }
}
