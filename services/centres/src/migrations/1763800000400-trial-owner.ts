import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A trial's criteria belong to one centre (its lead site), not to every site that runs it. Existing
 * trials are owned by their first listed centre, as they were seeded.
 */
export class TrialOwner1763800000400 implements MigrationInterface {
  name = 'TrialOwner1763800000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "centres"."trial" ADD "owner_centre_id" text`);
    await queryRunner.query(`UPDATE "centres"."trial" SET "owner_centre_id" = "centre_ids"[1]`);
    await queryRunner.query(`ALTER TABLE "centres"."trial" ALTER "owner_centre_id" SET NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "centres"."trial" DROP COLUMN "owner_centre_id"`);
  }
}
