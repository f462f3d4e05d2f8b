import { MigrationInterface, QueryRunner } from 'typeorm';

const schemaOf = (queryRunner: QueryRunner) => `"${queryRunner.connection.driver.schema}"`;

/** The audit trail every service keeps (AuditRecord). */
export class AuditTable1763800000001 implements MigrationInterface {
  name = 'AuditTable1763800000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner);
    await queryRunner.query(`CREATE TABLE ${s}."audit_record" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "actor" text NOT NULL, "roles" text array NOT NULL, "centre_id" text, "action" text NOT NULL, "case_id" uuid, "target_id" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "audit_record_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "audit_record_case_idx" ON ${s}."audit_record" ("case_id", "at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE ${schemaOf(queryRunner)}."audit_record"`);
  }
}

/** The case-access projections, for services that import CaseAccessModule. */
export class CaseAccessTables1763800000002 implements MigrationInterface {
  name = 'CaseAccessTables1763800000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner);
    await queryRunner.query(`CREATE TABLE ${s}."case_assignment" ("case_id" uuid NOT NULL, "coordinator_id" text NOT NULL, CONSTRAINT "case_assignment_pkey" PRIMARY KEY ("case_id"))`);
    await queryRunner.query(`CREATE TABLE ${s}."case_referral" ("case_id" uuid NOT NULL, "centre_id" text NOT NULL, "referral_id" uuid NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "case_referral_pkey" PRIMARY KEY ("case_id", "centre_id"))`);
    await queryRunner.query(`CREATE TABLE ${s}."case_consent" ("consent_id" uuid NOT NULL, "case_id" uuid NOT NULL, "centre_id" text NOT NULL, "categories" text array NOT NULL, "withdrawn_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "case_consent_pkey" PRIMARY KEY ("consent_id"))`);
    await queryRunner.query(`CREATE INDEX "case_consent_case_idx" ON ${s}."case_consent" ("case_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner);
    await queryRunner.query(`DROP TABLE ${s}."case_consent"`);
    await queryRunner.query(`DROP TABLE ${s}."case_referral"`);
    await queryRunner.query(`DROP TABLE ${s}."case_assignment"`);
  }
}
