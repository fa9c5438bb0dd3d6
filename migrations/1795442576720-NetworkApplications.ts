import { MigrationInterface, QueryRunner } from "typeorm";

export class NetworkApplications1795442576720 implements MigrationInterface {
    name = 'NetworkApplications1795442576720'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "network" ADD "asks_research_background" boolean NOT NULL DEFAULT false`);
        // Databases seeded before this column existed: the researcher network asks for degree and experience.
        await queryRunner.query(`UPDATE "network" SET "asks_research_background" = true WHERE "slug" = 'forskernettverket'`);
        await queryRunner.query(`ALTER TABLE "network_membership" ADD "applicant_degree" "public"."academic_degree"`);
        await queryRunner.query(`ALTER TABLE "network_membership" ADD "research_experience" text`);
        await queryRunner.query(`ALTER TABLE "network_membership" ADD "end_note" text`);
        await queryRunner.query(`ALTER TABLE "network_membership" ADD "ended_by_id" uuid`);
        await queryRunner.query(`CREATE INDEX "IDX_network_membership_network_status" ON "network_membership"  ("network_id", "status") `);
        await queryRunner.query(`ALTER TABLE "network_membership" ADD CONSTRAINT "CHK_network_membership_representing" CHECK ("representing_region" IS NULL OR "representing_organization_id" IS NULL)`);
        await queryRunner.query(`ALTER TABLE "network_membership" ADD CONSTRAINT "FK_f19e974688ebc949478130dced8" FOREIGN KEY ("ended_by_id") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "network_membership" DROP CONSTRAINT "FK_f19e974688ebc949478130dced8"`);
        await queryRunner.query(`ALTER TABLE "network_membership" DROP CONSTRAINT "CHK_network_membership_representing"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_network_membership_network_status"`);
        await queryRunner.query(`ALTER TABLE "network_membership" DROP COLUMN "ended_by_id"`);
        await queryRunner.query(`ALTER TABLE "network_membership" DROP COLUMN "end_note"`);
        await queryRunner.query(`ALTER TABLE "network_membership" DROP COLUMN "research_experience"`);
        await queryRunner.query(`ALTER TABLE "network_membership" DROP COLUMN "applicant_degree"`);
        await queryRunner.query(`ALTER TABLE "network" DROP COLUMN "asks_research_background"`);
    }

}
