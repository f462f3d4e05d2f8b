import { MigrationInterface, QueryRunner } from 'typeorm';

export class Checklists1763800000100 implements MigrationInterface {
  name = 'Checklists1763800000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "documents"."checklist" ("case_id" uuid NOT NULL, "completeness" text NOT NULL, "evaluated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "checklist_pkey" PRIMARY KEY ("case_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "documents"."checklist_item" ("case_id" uuid NOT NULL, "kind" text NOT NULL, "status" text NOT NULL, CONSTRAINT "checklist_item_pkey" PRIMARY KEY ("case_id", "kind"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "documents"."checklist_item"`);
    await queryRunner.query(`DROP TABLE "documents"."checklist"`);
  }
}
