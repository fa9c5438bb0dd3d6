import { MigrationInterface, QueryRunner } from "typeorm";

export class ProfilePhotos1796400000000 implements MigrationInterface {
    name = 'ProfilePhotos1796400000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "profile_photo" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "researcher_id" uuid NOT NULL, "hash" text NOT NULL, "source_width" integer NOT NULL, "source_height" integer NOT NULL, CONSTRAINT "UQ_3252456b36a99405ac09bd8c952" UNIQUE ("hash"), CONSTRAINT "REL_f935171c6eabf1320b697123c6" UNIQUE ("researcher_id"), CONSTRAINT "PK_74c861d89cc6b7edf34a211064a" PRIMARY KEY ("id"))`);
        await queryRunner.query(`ALTER TABLE "researcher" ADD "photo_visibility" "public"."visibility" NOT NULL DEFAULT 'PUBLIC'`);
        await queryRunner.query(`ALTER TABLE "profile_photo" ADD CONSTRAINT "FK_f935171c6eabf1320b697123c6b" FOREIGN KEY ("researcher_id") REFERENCES "researcher"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "profile_photo" DROP CONSTRAINT "FK_f935171c6eabf1320b697123c6b"`);
        await queryRunner.query(`ALTER TABLE "researcher" DROP COLUMN "photo_visibility"`);
        await queryRunner.query(`DROP TABLE "profile_photo"`);
    }

}
