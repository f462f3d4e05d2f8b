import { MigrationInterface, QueryRunner } from 'typeorm';

/** A consulate-ready letter carries its version, what it printed, and which letter a re-issue superseded. */
export class PrintedLetters1797000006000 implements MigrationInterface {
  name = 'PrintedLetters1797000006000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "travel"."invitation_letter" ADD "version" integer NOT NULL DEFAULT 1`);
    await queryRunner.query(`ALTER TABLE "travel"."invitation_letter" ADD "printed" jsonb`);
    await queryRunner.query(`ALTER TABLE "travel"."invitation_letter" ADD "supersedes_letter_id" uuid`);
    await queryRunner.query(`ALTER TABLE "travel"."invitation_letter" ADD "superseded_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "travel"."invitation_letter" ADD "reissue_reason" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of ['reissue_reason', 'superseded_at', 'supersedes_letter_id', 'printed', 'version'])
      await queryRunner.query(`ALTER TABLE "travel"."invitation_letter" DROP COLUMN "${column}"`);
  }
}
