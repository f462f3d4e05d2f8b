import { MigrationInterface, QueryRunner } from 'typeorm';

/** A fact imported from a FHIR bundle keeps the resource it came from; one resource is imported once per case. */
export class FactSourceReference1797000019000 implements MigrationInterface {
  name = 'FactSourceReference1797000019000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "eligibility"."summary_fact" ADD "source_reference" text`);
    await queryRunner.query(`CREATE UNIQUE INDEX "summary_fact_source_reference_key" ON "eligibility"."summary_fact" ("case_id", "source_reference")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "eligibility"."summary_fact_source_reference_key"`);
    await queryRunner.query(`ALTER TABLE "eligibility"."summary_fact" DROP COLUMN "source_reference"`);
  }
}
