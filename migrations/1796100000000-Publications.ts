import { MigrationInterface, QueryRunner } from 'typeorm';

/** Publications on profiles: typed by the owner or imported from ORCID or NVA (issue 17). */
export class Publications1796100000000 implements MigrationInterface {
    name = 'Publications1796100000000';

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."publication_source" AS ENUM('ORCID', 'NVA', 'MANUAL')`);
        await queryRunner.query(`CREATE TABLE "publication" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "researcher_id" uuid NOT NULL, "title" text NOT NULL, "year" integer, "venue" text, "doi" text, "url" text, "source" "public"."publication_source" NOT NULL, "external_key" text, "shown" boolean NOT NULL DEFAULT false, "position" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_8aea8363d5213896a78d8365fab" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_publication_external_key" ON "publication"  ("researcher_id", "source", "external_key") WHERE external_key IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "IDX_publication_researcher" ON "publication"  ("researcher_id", "position") `);
        await queryRunner.query(`ALTER TABLE "publication" ADD CONSTRAINT "FK_854250f3f82d860d25a7f478df7" FOREIGN KEY ("researcher_id") REFERENCES "researcher"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "publication" DROP CONSTRAINT "FK_854250f3f82d860d25a7f478df7"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_publication_researcher"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_publication_external_key"`);
        await queryRunner.query(`DROP TABLE "publication"`);
        await queryRunner.query(`DROP TYPE "public"."publication_source"`);
    }

}
