import { MigrationInterface, QueryRunner } from "typeorm";

export class AccountsAndProfiles1795439726315 implements MigrationInterface {
    name = 'AccountsAndProfiles1795439726315'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."one_time_token_purpose" AS ENUM('VERIFY_EMAIL', 'RESET_PASSWORD')`);
        await queryRunner.query(`CREATE TABLE "one_time_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "account_id" uuid NOT NULL, "purpose" "public"."one_time_token_purpose" NOT NULL, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_5a751ff4e9106ceddfd3417de62" UNIQUE ("token_hash"), CONSTRAINT "PK_956e3dd6580e4829e05ab460808" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_one_time_token_account" ON "one_time_token"  ("account_id") `);
        await queryRunner.query(`CREATE TABLE "refresh_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "account_id" uuid NOT NULL, "family_id" uuid NOT NULL, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_f0812282fad2e352cdaf83ef0a9" UNIQUE ("token_hash"), CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_refresh_token_family" ON "refresh_token"  ("family_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_refresh_token_account" ON "refresh_token"  ("account_id") `);
        await queryRunner.query(`CREATE TYPE "public"."profile_change_action" AS ENUM('CREATED', 'UPDATED', 'SUBMITTED', 'PUBLISHED', 'REJECTED', 'HIDDEN', 'CONFIRMED')`);
        await queryRunner.query(`CREATE TABLE "profile_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "researcher_id" uuid NOT NULL, "actor_id" uuid, "action" "public"."profile_change_action" NOT NULL, "changes" jsonb NOT NULL DEFAULT '[]', "note" text, CONSTRAINT "PK_b55c46909857c887cf29df3df28" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_profile_change_researcher" ON "profile_change"  ("researcher_id", "created_at") `);
        await queryRunner.query(`ALTER TABLE "account" ADD "token_version" integer NOT NULL DEFAULT '0'`);
        await queryRunner.query(`ALTER TABLE "one_time_token" ADD CONSTRAINT "FK_a5d49686ed2f529465217ba7ec2" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "refresh_token" ADD CONSTRAINT "FK_f8e6c51db7655e2f7084f615681" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "profile_change" ADD CONSTRAINT "FK_d01e655ce3e3599594d13937f3f" FOREIGN KEY ("researcher_id") REFERENCES "researcher"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "profile_change" ADD CONSTRAINT "FK_9d0cd77657b1584482b44264caf" FOREIGN KEY ("actor_id") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "profile_change" DROP CONSTRAINT "FK_9d0cd77657b1584482b44264caf"`);
        await queryRunner.query(`ALTER TABLE "profile_change" DROP CONSTRAINT "FK_d01e655ce3e3599594d13937f3f"`);
        await queryRunner.query(`ALTER TABLE "refresh_token" DROP CONSTRAINT "FK_f8e6c51db7655e2f7084f615681"`);
        await queryRunner.query(`ALTER TABLE "one_time_token" DROP CONSTRAINT "FK_a5d49686ed2f529465217ba7ec2"`);
        await queryRunner.query(`ALTER TABLE "account" DROP COLUMN "token_version"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_profile_change_researcher"`);
        await queryRunner.query(`DROP TABLE "profile_change"`);
        await queryRunner.query(`DROP TYPE "public"."profile_change_action"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_refresh_token_account"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_refresh_token_family"`);
        await queryRunner.query(`DROP TABLE "refresh_token"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_one_time_token_account"`);
        await queryRunner.query(`DROP TABLE "one_time_token"`);
        await queryRunner.query(`DROP TYPE "public"."one_time_token_purpose"`);
    }

}
