import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The trial registry: every criteria version is kept (who, when), and each participating centre keeps
 * its own recruitment. Existing trials get their current criteria as their current version, written
 * by "seed", and one site per centre with the trial's flag and slots; the trial-wide columns then go
 * (recruiting anywhere and the participants are read from the sites).
 */
export class TrialRegistry1763800000500 implements MigrationInterface {
  name = 'TrialRegistry1763800000500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "centres"."trial_site" ("trial_id" text NOT NULL, "centre_id" text NOT NULL, "recruiting" boolean NOT NULL, "open_slots" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "trial_site_pkey" PRIMARY KEY ("trial_id", "centre_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "centres"."trial_criteria_version" ("trial_id" text NOT NULL, "version" integer NOT NULL, "criteria" jsonb NOT NULL, "changed_by" text NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "trial_criteria_version_pkey" PRIMARY KEY ("trial_id", "version"))`,
    );
    await queryRunner.query(
      `INSERT INTO "centres"."trial_site" ("trial_id", "centre_id", "recruiting", "open_slots", "updated_at")
       SELECT DISTINCT ON ("trial"."id", "site"."centre_id") "trial"."id", "site"."centre_id", "trial"."recruiting", "trial"."open_slots", "trial"."updated_at"
       FROM "centres"."trial" "trial", unnest("trial"."centre_ids" || "trial"."owner_centre_id") AS "site"("centre_id")`,
    );
    await queryRunner.query(
      `INSERT INTO "centres"."trial_criteria_version" ("trial_id", "version", "criteria", "changed_by", "changed_at")
       SELECT "id", ("criteria"->>'version')::integer, "criteria", 'seed', "updated_at" FROM "centres"."trial"`,
    );
    await queryRunner.query(`ALTER TABLE "centres"."trial" DROP COLUMN "centre_ids", DROP COLUMN "recruiting", DROP COLUMN "open_slots"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "centres"."trial" ADD "centre_ids" text array, ADD "recruiting" boolean, ADD "open_slots" integer`);
    await queryRunner.query(
      `UPDATE "centres"."trial" "trial" SET
         "centre_ids" = (SELECT array_agg("centre_id" ORDER BY "centre_id" <> "trial"."owner_centre_id", "centre_id") FROM "centres"."trial_site" WHERE "trial_id" = "trial"."id"),
         "recruiting" = COALESCE((SELECT bool_or("recruiting") FROM "centres"."trial_site" WHERE "trial_id" = "trial"."id"), false),
         "open_slots" = COALESCE((SELECT sum("open_slots") FILTER (WHERE "recruiting") FROM "centres"."trial_site" WHERE "trial_id" = "trial"."id"), 0)`,
    );
    await queryRunner.query(`UPDATE "centres"."trial" SET "centre_ids" = ARRAY["owner_centre_id"] WHERE "centre_ids" IS NULL`);
    await queryRunner.query(`ALTER TABLE "centres"."trial" ALTER "centre_ids" SET NOT NULL, ALTER "recruiting" SET NOT NULL, ALTER "open_slots" SET NOT NULL`);
    await queryRunner.query(`DROP TABLE "centres"."trial_criteria_version"`);
    await queryRunner.query(`DROP TABLE "centres"."trial_site"`);
  }
}
