import { MigrationInterface, QueryRunner } from "typeorm";

export class MemberListByName1796800000000 implements MigrationInterface {
    name = 'MemberListByName1796800000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "IDX_researcher_published_name" ON "researcher"  ("family_name", "given_name", "id") WHERE "status" = 'PUBLISHED'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."IDX_researcher_published_name"`);
    }

}
