import { MigrationInterface, QueryRunner } from 'typeorm';

/** Invitation letters remember when their expiry was announced, so it is announced once. */
export class LetterExpiry1763800000200 implements MigrationInterface {
  name = 'LetterExpiry1763800000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "travel"."invitation_letter" ADD "expiry_noticed_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "travel"."invitation_letter" DROP COLUMN "expiry_noticed_at"`);
  }
}
