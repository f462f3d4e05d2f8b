import { MigrationInterface, QueryRunner } from 'typeorm';

const schemaOf = (queryRunner: QueryRunner) => `"${queryRunner.connection.driver.schema}"`;

/** The case-access projections, for services that import CaseAccessModule. */
export class CaseAccessTables1763800000002 implements MigrationInterface {
  name = 'CaseAccessTables1763800000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner);
    await queryRunner.query(
      `CREATE TABLE ${s}."case_assignment" ("case_id" uuid NOT NULL, "coordinator_id" text NOT NULL, CONSTRAINT "case_assignment_pkey" PRIMARY KEY ("case_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE ${s}."case_referral" ("case_id" uuid NOT NULL, "centre_id" text NOT NULL, "referral_id" uuid NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "case_referral_pkey" PRIMARY KEY ("case_id", "centre_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE ${s}."case_consent" ("consent_id" uuid NOT NULL, "case_id" uuid NOT NULL, "centre_id" text NOT NULL, "categories" text array NOT NULL, "withdrawn_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "case_consent_pkey" PRIMARY KEY ("consent_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "case_consent_case_idx" ON ${s}."case_consent" ("case_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner);
    await queryRunner.query(`DROP TABLE ${s}."case_consent"`);
    await queryRunner.query(`DROP TABLE ${s}."case_referral"`);
    await queryRunner.query(`DROP TABLE ${s}."case_assignment"`);
  }
}

/**
 * The assignment projection keeps the time of the assignment it holds, so an older fact arriving
 * late (the case-opened event after an admin handed the case over) never overwrites a newer one.
 */
export class CaseAssignmentOrder1763900000001 implements MigrationInterface {
  name = 'CaseAssignmentOrder1763900000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner);
    await queryRunner.query(`ALTER TABLE ${s}."case_assignment" ADD "assigned_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT '-infinity'`);
    await queryRunner.query(`ALTER TABLE ${s}."case_assignment" ALTER COLUMN "assigned_at" DROP DEFAULT`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE ${schemaOf(queryRunner)}."case_assignment" DROP COLUMN "assigned_at"`);
  }
}
