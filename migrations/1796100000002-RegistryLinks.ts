import { MigrationInterface, QueryRunner } from 'typeorm';

/** Linked registry records for the weekly re-read, and the suggestions it makes (issue 17, item 4). */
export class RegistryLinks1796100000002 implements MigrationInterface {
    name = 'RegistryLinks1796100000002';

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "publication_suggestion" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "researcher_id" uuid NOT NULL, "source" "public"."publication_source" NOT NULL, "external_key" text NOT NULL, "title" text NOT NULL, "year" integer, "venue" text, "doi" text, "dismissed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_dddddc85fa9abc80589a83781e9" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_publication_suggestion_key" ON "publication_suggestion"  ("researcher_id", "source", "external_key") `);
        await queryRunner.query(`CREATE TABLE "registry_link" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "researcher_id" uuid NOT NULL, "source" "public"."publication_source" NOT NULL, "identifier" text NOT NULL, "etag" text, "last_modified" text, "checked_at" TIMESTAMP WITH TIME ZONE NOT NULL, "known_keys" text array NOT NULL DEFAULT '{}', CONSTRAINT "PK_0c85ea2d5c9b4d35b160d420015" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_registry_link_checked" ON "registry_link"  ("checked_at") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_registry_link_researcher_source" ON "registry_link"  ("researcher_id", "source") `);
        await queryRunner.query(`ALTER TABLE "publication_suggestion" ADD CONSTRAINT "FK_bbae12ca5d08a24865ca4c412a2" FOREIGN KEY ("researcher_id") REFERENCES "researcher"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "registry_link" ADD CONSTRAINT "FK_3e26b1d4e31a568949d870ffd26" FOREIGN KEY ("researcher_id") REFERENCES "researcher"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "registry_link" DROP CONSTRAINT "FK_3e26b1d4e31a568949d870ffd26"`);
        await queryRunner.query(`ALTER TABLE "publication_suggestion" DROP CONSTRAINT "FK_bbae12ca5d08a24865ca4c412a2"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_registry_link_researcher_source"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_registry_link_checked"`);
        await queryRunner.query(`DROP TABLE "registry_link"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_publication_suggestion_key"`);
        await queryRunner.query(`DROP TABLE "publication_suggestion"`);
    }

}
