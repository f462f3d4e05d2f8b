import { MigrationInterface, QueryRunner } from 'typeorm';

/** Journeys and their timelines, invitation letters, travellers, visa routes and applications, and the projections they plan with. */
export class Travel1763800000100 implements MigrationInterface {
  name = 'Travel1763800000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "travel"."journey" ("case_id" uuid NOT NULL, "referral_id" uuid NOT NULL, "centre_id" text NOT NULL, "trial_id" text NOT NULL, "product_type" text NOT NULL, "manufacturing_weeks" jsonb, "hotel_monitoring_after_day14" boolean NOT NULL, "first_contact_on" date NOT NULL, "accepted_on" date NOT NULL, "facts" jsonb NOT NULL, "revision" integer NOT NULL, "timeline" jsonb NOT NULL, "arrived_on" date, "planned_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "journey_pkey" PRIMARY KEY ("case_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "travel"."centre_profile" ("centre_id" text NOT NULL, "name" text NOT NULL, "city" text NOT NULL, "hotel_monitoring_after_day14" boolean NOT NULL, "office_email" text, "office_phone" text, CONSTRAINT "centre_profile_pkey" PRIMARY KEY ("centre_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "travel"."trial_terms" ("trial_id" text NOT NULL, "product_type" text NOT NULL, "manufacturing_weeks" jsonb, CONSTRAINT "trial_terms_pkey" PRIMARY KEY ("trial_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "travel"."case_opening" ("case_id" uuid NOT NULL, "opened_on" date NOT NULL, CONSTRAINT "case_opening_pkey" PRIMARY KEY ("case_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "travel"."traveller" ("id" uuid NOT NULL, "case_id" uuid NOT NULL, "role" text NOT NULL, "given_name" text NOT NULL, "family_name" text NOT NULL, "birth_date" date NOT NULL, "nationality" text NOT NULL, "passport_number" text NOT NULL, "passport_expiry" date NOT NULL, "relationship" text, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "traveller_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "traveller_case_idx" ON "travel"."traveller" ("case_id") `);
    await queryRunner.query(
      `CREATE TABLE "travel"."invitation_letter" ("id" uuid NOT NULL, "case_id" uuid NOT NULL, "centre_id" text NOT NULL, "trial_id" text NOT NULL, "status" text NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL, "office_reference" text, "planned_arrival" date, "planned_departure" date, "valid_until" date, "travellers" jsonb, "issued_by" text, "issued_at" TIMESTAMP WITH TIME ZONE, "object_key" text, "sha256" text, CONSTRAINT "invitation_letter_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "invitation_letter_centre_idx" ON "travel"."invitation_letter" ("centre_id", "status") `);
    await queryRunner.query(`CREATE INDEX "invitation_letter_case_idx" ON "travel"."invitation_letter" ("case_id") `);
    await queryRunner.query(
      `CREATE TABLE "travel"."visa_route" ("nationality" text NOT NULL, "applicant_role" text NOT NULL, "category" text NOT NULL, "max_stay_days" integer NOT NULL, "processing_days" jsonb NOT NULL, "note" text NOT NULL, CONSTRAINT "visa_route_pkey" PRIMARY KEY ("nationality", "applicant_role"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "travel"."visa_application" ("id" uuid NOT NULL, "case_id" uuid NOT NULL, "traveller_id" uuid NOT NULL, "applicant_role" text NOT NULL, "route" jsonb NOT NULL, "status" text NOT NULL, "planned_arrival" date NOT NULL, "planned_departure" date NOT NULL, "submitted_on" date, "decided_on" date, "valid_until" date, "refusal_reason" text, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "visa_application_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "visa_application_case_idx" ON "travel"."visa_application" ("case_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "travel"."visa_application"`);
    await queryRunner.query(`DROP TABLE "travel"."visa_route"`);
    await queryRunner.query(`DROP TABLE "travel"."invitation_letter"`);
    await queryRunner.query(`DROP TABLE "travel"."traveller"`);
    await queryRunner.query(`DROP TABLE "travel"."case_opening"`);
    await queryRunner.query(`DROP TABLE "travel"."trial_terms"`);
    await queryRunner.query(`DROP TABLE "travel"."centre_profile"`);
    await queryRunner.query(`DROP TABLE "travel"."journey"`);
  }
}
