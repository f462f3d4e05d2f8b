import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invoices a bank transfer can use (reference, due date, USD at the estimate's rate), payments in
 * another currency (as received, with their rate), the centres' bank details, and the payee and
 * payer an invoice names.
 */
export class InvoicesPayable1797000001000 implements MigrationInterface {
  name = 'InvoicesPayable1797000001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "billing"."centre_profile" ("centre_id" text NOT NULL, "name" text NOT NULL, "name_zh" text, "address" jsonb, "office_email" text, "office_phone" text, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "centre_profile_pkey" PRIMARY KEY ("centre_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "billing"."case_payer" ("case_id" uuid NOT NULL, "person_id" uuid NOT NULL, "given_name" text NOT NULL, "family_name" text NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "case_payer_pkey" PRIMARY KEY ("case_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "billing"."centre_tariff" ADD "bank" jsonb`);
    await queryRunner.query(`ALTER TABLE "billing"."ledger_entry" ADD "reference" text`);
    await queryRunner.query(`ALTER TABLE "billing"."ledger_entry" ADD "due_on" date`);
    await queryRunner.query(`ALTER TABLE "billing"."ledger_entry" ADD "usd_minor" bigint`);
    await queryRunner.query(`ALTER TABLE "billing"."ledger_entry" ADD "rate" jsonb`);
    await queryRunner.query(`ALTER TABLE "billing"."ledger_entry" ADD "received_minor" bigint`);
    await queryRunner.query(`ALTER TABLE "billing"."ledger_entry" ADD "received_currency" text`);
    await queryRunner.query(`ALTER TABLE "billing"."ledger_entry" ADD "for_invoice" text`);
    await queryRunner.query(`CREATE UNIQUE INDEX "ledger_entry_reference_key" ON "billing"."ledger_entry" ("reference") WHERE "reference" IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "billing"."ledger_entry_reference_key"`);
    for (const column of ['for_invoice', 'received_currency', 'received_minor', 'rate', 'usd_minor', 'due_on', 'reference'])
      await queryRunner.query(`ALTER TABLE "billing"."ledger_entry" DROP COLUMN "${column}"`);
    await queryRunner.query(`ALTER TABLE "billing"."centre_tariff" DROP COLUMN "bank"`);
    await queryRunner.query(`DROP TABLE "billing"."case_payer"`);
    await queryRunner.query(`DROP TABLE "billing"."centre_profile"`);
  }
}
