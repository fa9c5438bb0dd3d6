import { MigrationInterface, QueryRunner } from "typeorm";

export class InitialSchema1795438815881 implements MigrationInterface {
    name = 'InitialSchema1795438815881'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // Search needs trigram similarity and accent folding (both ship with PostgreSQL and PGlite).
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
        await queryRunner.query(`CREATE TYPE "public"."role" AS ENUM('RESEARCHER', 'EDITOR', 'ADMIN')`);
        await queryRunner.query(`CREATE TABLE "account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "email" text NOT NULL, "password_hash" text NOT NULL, "role" "public"."role" NOT NULL DEFAULT 'RESEARCHER', "email_verified_at" TIMESTAMP WITH TIME ZONE, "disabled_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_54115ee388cdb6d86bb4bf5b2ea" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_account_email_lower" ON "account" (lower("email"))`);
        await queryRunner.query(`CREATE TABLE "competence_area" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "slug" text NOT NULL, "name" text NOT NULL, "name_en" text NOT NULL, "parent_id" uuid, "position" integer NOT NULL DEFAULT '0', CONSTRAINT "UQ_4222d1302a6bc042361fa94c943" UNIQUE ("slug"), CONSTRAINT "PK_4c4941a07d9aff2193691922b86" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TYPE "public"."organization_kind" AS ENUM('HEALTH_TRUST', 'MUNICIPALITY', 'UNIVERSITY', 'USER_ORGANIZATION', 'LMS_CENTRE', 'OTHER')`);
        await queryRunner.query(`CREATE TYPE "public"."health_region" AS ENUM('NORTH', 'CENTRAL', 'WEST', 'SOUTH_EAST')`);
        await queryRunner.query(`CREATE TABLE "organization" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "short_name" text, "kind" "public"."organization_kind" NOT NULL, "region" "public"."health_region", CONSTRAINT "UQ_c21e615583a3ebbb0977452afb0" UNIQUE ("name"), CONSTRAINT "PK_472c1f99a32def1b0abb219cd67" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TYPE "public"."academic_degree" AS ENUM('BACHELOR', 'MASTER', 'PHD', 'MASTER_IN_PROGRESS', 'PHD_IN_PROGRESS', 'OTHER')`);
        await queryRunner.query(`CREATE TYPE "public"."visibility" AS ENUM('PUBLIC', 'REGISTERED', 'PRIVATE')`);
        await queryRunner.query(`CREATE TYPE "public"."profile_status" AS ENUM('DRAFT', 'PENDING_REVIEW', 'PUBLISHED', 'HIDDEN')`);
        await queryRunner.query(`CREATE TABLE "researcher" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "slug" text NOT NULL, "account_id" uuid, "given_name" text NOT NULL DEFAULT '', "family_name" text NOT NULL DEFAULT '', "title" text, "degree" "public"."academic_degree", "orcid" text, "organization_id" uuid, "region" "public"."health_region", "bio" text, "keywords" text array NOT NULL DEFAULT '{}', "languages" text array NOT NULL DEFAULT '{}', "available_as_speaker" boolean NOT NULL DEFAULT false, "available_for_media" boolean NOT NULL DEFAULT false, "accepts_network_mail" boolean NOT NULL DEFAULT false, "email" text, "email_visibility" "public"."visibility" NOT NULL DEFAULT 'REGISTERED', "phone" text, "phone_visibility" "public"."visibility" NOT NULL DEFAULT 'PRIVATE', "website" text, "status" "public"."profile_status" NOT NULL DEFAULT 'DRAFT', "review_note" text, "published_at" TIMESTAMP WITH TIME ZONE, "confirmed_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "UQ_a79391a7e05461884e3ccdc0b40" UNIQUE ("slug"), CONSTRAINT "UQ_26be80c510583bed262304ba317" UNIQUE ("orcid"), CONSTRAINT "REL_2188ac1988d241135e303b8b0c" UNIQUE ("account_id"), CONSTRAINT "PK_7b53850398061862ebe70d4ce44" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_researcher_organization" ON "researcher"  ("organization_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_researcher_status" ON "researcher"  ("status") `);
        await queryRunner.query(`CREATE TABLE "network" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "slug" text NOT NULL, "name" text NOT NULL, "description" text NOT NULL DEFAULT '', "criteria" text NOT NULL DEFAULT '', "applications_open" boolean NOT NULL DEFAULT true, CONSTRAINT "UQ_b13ce705afa22ac337c75a8416e" UNIQUE ("slug"), CONSTRAINT "PK_8f8264c2d37cbbd8282ee9a3c97" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TYPE "public"."membership_role" AS ENUM('MEMBER', 'COORDINATOR', 'LEADER', 'PROJECT_LEADER', 'RESOURCE_GROUP_MEMBER')`);
        await queryRunner.query(`CREATE TYPE "public"."membership_status" AS ENUM('PENDING', 'ACTIVE', 'DECLINED', 'ENDED')`);
        await queryRunner.query(`CREATE TABLE "network_membership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "network_id" uuid NOT NULL, "researcher_id" uuid NOT NULL, "role" "public"."membership_role" NOT NULL DEFAULT 'MEMBER', "status" "public"."membership_status" NOT NULL DEFAULT 'PENDING', "started_on" date, "ended_on" date, "representing_region" "public"."health_region", "representing_organization_id" uuid, "motivation" text, "decision_note" text, "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_network_membership_dates" CHECK ("ended_on" IS NULL OR "started_on" IS NULL OR "ended_on" >= "started_on"), CONSTRAINT "PK_2285cd04012f9c6aebab91fa91e" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_network_membership_researcher" ON "network_membership"  ("researcher_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_network_membership_open" ON "network_membership"  ("network_id", "researcher_id") WHERE "status" IN ('PENDING', 'ACTIVE')`);
        await queryRunner.query(`CREATE TABLE "researcher_competence_area" ("researcher_id" uuid NOT NULL, "competence_area_id" uuid NOT NULL, CONSTRAINT "PK_d0f493d1738ea88baaf235d02b4" PRIMARY KEY ("researcher_id", "competence_area_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_2abf5b857e9e5c98e5e43a50d1" ON "researcher_competence_area"  ("researcher_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_5b8eb95a1b3db0bbf9e503eb2e" ON "researcher_competence_area"  ("competence_area_id") `);
        await queryRunner.query(`ALTER TABLE "competence_area" ADD CONSTRAINT "FK_1e16a5c402c59c59fe8e93069e9" FOREIGN KEY ("parent_id") REFERENCES "competence_area"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "researcher" ADD CONSTRAINT "FK_2188ac1988d241135e303b8b0c5" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "researcher" ADD CONSTRAINT "FK_acfc21aab40a906bd5bb6549086" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "network_membership" ADD CONSTRAINT "FK_4f29cf4b94883c46084bdd9ab24" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "network_membership" ADD CONSTRAINT "FK_f43d981512ba8711139fe466449" FOREIGN KEY ("researcher_id") REFERENCES "researcher"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "network_membership" ADD CONSTRAINT "FK_b11ec59be0180bdba38ed900e90" FOREIGN KEY ("representing_organization_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "network_membership" ADD CONSTRAINT "FK_0e7bd692f51b3d3a0471ebbe7dc" FOREIGN KEY ("decided_by_id") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "researcher_competence_area" ADD CONSTRAINT "FK_2abf5b857e9e5c98e5e43a50d1f" FOREIGN KEY ("researcher_id") REFERENCES "researcher"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "researcher_competence_area" ADD CONSTRAINT "FK_5b8eb95a1b3db0bbf9e503eb2ec" FOREIGN KEY ("competence_area_id") REFERENCES "competence_area"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "researcher_competence_area" DROP CONSTRAINT "FK_5b8eb95a1b3db0bbf9e503eb2ec"`);
        await queryRunner.query(`ALTER TABLE "researcher_competence_area" DROP CONSTRAINT "FK_2abf5b857e9e5c98e5e43a50d1f"`);
        await queryRunner.query(`ALTER TABLE "network_membership" DROP CONSTRAINT "FK_0e7bd692f51b3d3a0471ebbe7dc"`);
        await queryRunner.query(`ALTER TABLE "network_membership" DROP CONSTRAINT "FK_b11ec59be0180bdba38ed900e90"`);
        await queryRunner.query(`ALTER TABLE "network_membership" DROP CONSTRAINT "FK_f43d981512ba8711139fe466449"`);
        await queryRunner.query(`ALTER TABLE "network_membership" DROP CONSTRAINT "FK_4f29cf4b94883c46084bdd9ab24"`);
        await queryRunner.query(`ALTER TABLE "researcher" DROP CONSTRAINT "FK_acfc21aab40a906bd5bb6549086"`);
        await queryRunner.query(`ALTER TABLE "researcher" DROP CONSTRAINT "FK_2188ac1988d241135e303b8b0c5"`);
        await queryRunner.query(`ALTER TABLE "competence_area" DROP CONSTRAINT "FK_1e16a5c402c59c59fe8e93069e9"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_5b8eb95a1b3db0bbf9e503eb2e"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_2abf5b857e9e5c98e5e43a50d1"`);
        await queryRunner.query(`DROP TABLE "researcher_competence_area"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_network_membership_open"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_network_membership_researcher"`);
        await queryRunner.query(`DROP TABLE "network_membership"`);
        await queryRunner.query(`DROP TYPE "public"."membership_status"`);
        await queryRunner.query(`DROP TYPE "public"."membership_role"`);
        await queryRunner.query(`DROP TABLE "network"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_researcher_status"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_researcher_organization"`);
        await queryRunner.query(`DROP TABLE "researcher"`);
        await queryRunner.query(`DROP TYPE "public"."profile_status"`);
        await queryRunner.query(`DROP TYPE "public"."visibility"`);
        await queryRunner.query(`DROP TYPE "public"."academic_degree"`);
        await queryRunner.query(`DROP TABLE "organization"`);
        await queryRunner.query(`DROP TYPE "public"."health_region"`);
        await queryRunner.query(`DROP TYPE "public"."organization_kind"`);
        await queryRunner.query(`DROP TABLE "competence_area"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_account_email_lower"`);
        await queryRunner.query(`DROP TABLE "account"`);
        await queryRunner.query(`DROP TYPE "public"."role"`);
    }

}
