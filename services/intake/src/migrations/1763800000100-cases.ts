import { MigrationInterface, QueryRunner } from 'typeorm';

export class Cases1763800000100 implements MigrationInterface {
  name = 'Cases1763800000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "intake"."patient" ("id" text NOT NULL, "given_name" text NOT NULL, "family_name" text NOT NULL, "birth_date" date NOT NULL, "nationality" text NOT NULL, "passport_number" text, "passport_expiry" date, "email" text, "phone" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "patient_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "intake"."case" ("id" uuid NOT NULL, "patient_id" text NOT NULL, "diagnosis_icd10" text NOT NULL, "diagnosis_description" text NOT NULL, "coordinator_id" text NOT NULL, "status" text NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "home_team_review" jsonb, CONSTRAINT "case_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "intake"."companion" ("id" uuid NOT NULL, "case_id" uuid NOT NULL, "given_name" text NOT NULL, "family_name" text NOT NULL, "relationship" text NOT NULL, "passport_number" text, "passport_expiry" date, CONSTRAINT "companion_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "intake"."consent" ("id" uuid NOT NULL, "case_id" uuid NOT NULL, "centre_id" text NOT NULL, "purpose" text NOT NULL, "categories" text array NOT NULL, "direction" text NOT NULL, "recipient_name" text NOT NULL, "recipient_contact" text NOT NULL, "processing_method" text NOT NULL, "rights_contact" text NOT NULL, "signed_form_document_id" uuid NOT NULL, "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "recorded_by" text NOT NULL, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "withdrawal_reason" text, CONSTRAINT "consent_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "consent_case_idx" ON "intake"."consent" ("case_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "intake"."consent"`);
    await queryRunner.query(`DROP TABLE "intake"."companion"`);
    await queryRunner.query(`DROP TABLE "intake"."case"`);
    await queryRunner.query(`DROP TABLE "intake"."patient"`);
  }
}
