import { MigrationInterface, QueryRunner } from 'typeorm';
import { auditActionSpec, purposeOf } from './audit-catalogue';
import { auditHash, GENESIS_HASH } from './audit-chain';

const schemaOf = (queryRunner: QueryRunner) => `"${queryRunner.connection.driver.schema}"`;

/** The audit trail every service keeps (AuditRecord). */
export class AuditTable1763800000001 implements MigrationInterface {
  name = 'AuditTable1763800000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner);
    await queryRunner.query(
      `CREATE TABLE ${s}."audit_record" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "actor" text NOT NULL, "roles" text array NOT NULL, "centre_id" text, "action" text NOT NULL, "case_id" uuid, "target_id" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "audit_record_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "audit_record_case_idx" ON ${s}."audit_record" ("case_id", "at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE ${schemaOf(queryRunner)}."audit_record"`);
  }
}

/**
 * The audit trail as evidence: outcome, purpose and target type; a per-service hash chain
 * (`seq`, `previous_hash`, `hash`) that existing rows join in the order they were written; and a
 * trigger that refuses UPDATE, DELETE and TRUNCATE.
 */
export class AuditEvidence1763900000000 implements MigrationInterface {
  name = 'AuditEvidence1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner);
    const table = `${s}."audit_record"`;
    await queryRunner.query(
      `ALTER TABLE ${table} ADD "seq" bigint, ADD "outcome" text NOT NULL DEFAULT 'ALLOWED', ADD "purpose" text, ADD "target_type" text, ADD "previous_hash" text, ADD "hash" text`,
    );
    await queryRunner.query(`ALTER TABLE ${table} ALTER COLUMN "outcome" DROP DEFAULT`);
    // The hash seals what the application reads back: milliseconds, like a JavaScript Date.
    await queryRunner.query(`UPDATE ${table} SET "at" = date_trunc('milliseconds', "at")`);
    const rows: {
      id: string;
      actor: string;
      roles: string[];
      centre_id: string | null;
      action: string;
      case_id: string | null;
      target_id: string | null;
      at: Date;
    }[] = await queryRunner.query(`SELECT "id", "actor", "roles", "centre_id", "action", "case_id", "target_id", "at" FROM ${table} ORDER BY "at", "id"`);
    let previousHash = GENESIS_HASH;
    for (const [index, row] of rows.entries()) {
      // Earlier rows were all allowed acts; whether one was team cover was not kept, so it reads as its role's purpose.
      const fields = {
        seq: index + 1,
        id: row.id,
        at: new Date(row.at),
        actor: row.actor,
        roles: row.roles,
        centreId: row.centre_id,
        action: row.action,
        outcome: 'ALLOWED',
        purpose: purposeOf(row, false),
        caseId: row.case_id,
        targetType: row.target_id !== null ? (auditActionSpec(row.action)?.target ?? null) : null,
        targetId: row.target_id,
      };
      const hash = auditHash(previousHash, fields);
      await queryRunner.query(`UPDATE ${table} SET "seq" = $1, "purpose" = $2, "target_type" = $3, "previous_hash" = $4, "hash" = $5 WHERE "id" = $6`, [
        fields.seq,
        fields.purpose,
        fields.targetType,
        previousHash,
        hash,
        row.id,
      ]);
      previousHash = hash;
    }
    await queryRunner.query(
      `ALTER TABLE ${table} ALTER COLUMN "seq" SET NOT NULL, ALTER COLUMN "purpose" SET NOT NULL, ALTER COLUMN "previous_hash" SET NOT NULL, ALTER COLUMN "hash" SET NOT NULL`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "audit_record_seq_idx" ON ${table} ("seq")`);
    await queryRunner.query(
      `CREATE FUNCTION ${s}."audit_record_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_record is append-only' USING ERRCODE = 'insufficient_privilege'; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "audit_record_append_only" BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION ${s}."audit_record_append_only"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "audit_record_no_truncate" BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION ${s}."audit_record_append_only"()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner);
    const table = `${s}."audit_record"`;
    await queryRunner.query(`DROP TRIGGER "audit_record_no_truncate" ON ${table}`);
    await queryRunner.query(`DROP TRIGGER "audit_record_append_only" ON ${table}`);
    await queryRunner.query(`DROP FUNCTION ${s}."audit_record_append_only"()`);
    await queryRunner.query(`DROP INDEX ${s}."audit_record_seq_idx"`);
    await queryRunner.query(
      `ALTER TABLE ${table} DROP COLUMN "hash", DROP COLUMN "previous_hash", DROP COLUMN "target_type", DROP COLUMN "purpose", DROP COLUMN "outcome", DROP COLUMN "seq"`,
    );
  }
}
