import { MigrationInterface, QueryRunner } from "typeorm";

export class ContactRelay1796400100000 implements MigrationInterface {
    name = 'ContactRelay1796400100000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."contact_purpose" AS ENUM('MEDIA', 'SPEAKER', 'COLLABORATION', 'OTHER')`);
        await queryRunner.query(`CREATE TYPE "public"."contact_message_state" AS ENUM('AWAITING_CONFIRMATION', 'DELIVERED', 'WITHHELD')`);
        await queryRunner.query(`CREATE TABLE "contact_message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "researcher_id" uuid NOT NULL, "sender_name" text NOT NULL, "sender_email" text NOT NULL, "sender_organization" text, "sender_account_id" uuid, "purpose" "public"."contact_purpose" NOT NULL, "subject" text NOT NULL, "message" text NOT NULL, "deadline" TIMESTAMP WITH TIME ZONE, "state" "public"."contact_message_state" NOT NULL, "confirm_token_hash" text, "confirm_expires_at" TIMESTAMP WITH TIME ZONE, "delivered_at" TIMESTAMP WITH TIME ZONE, "answered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_97ac942b0dd5aa8433e5088dc0f" UNIQUE ("confirm_token_hash"), CONSTRAINT "PK_1476ca9a6265a586f618ea918fd" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_contact_message_created" ON "contact_message"  ("created_at") `);
        await queryRunner.query(`CREATE INDEX "IDX_contact_message_sender" ON "contact_message"  ("sender_email", "created_at") `);
        await queryRunner.query(`CREATE INDEX "IDX_contact_message_recipient" ON "contact_message"  ("researcher_id", "state", "created_at") `);
        await queryRunner.query(`CREATE TABLE "contact_abuse_report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "message_id" uuid, "researcher_id" uuid NOT NULL, "sender_name" text NOT NULL, "sender_email" text NOT NULL, "purpose" "public"."contact_purpose" NOT NULL, "subject" text NOT NULL, "message" text NOT NULL, "reason" text, "handled_at" TIMESTAMP WITH TIME ZONE, "handled_by_id" uuid, CONSTRAINT "PK_b248bb05c71cddee24f1d2223c0" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_contact_abuse_report_open" ON "contact_abuse_report"  ("handled_at", "created_at") `);
        await queryRunner.query(`CREATE TABLE "contact_block" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "researcher_id" uuid, "sender_email" text NOT NULL, "blocked_by_id" uuid, CONSTRAINT "PK_3851d4125d1e1a3261398a88707" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_contact_block_global_sender" ON "contact_block"  ("sender_email") WHERE "researcher_id" IS NULL`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_contact_block_researcher_sender" ON "contact_block"  ("researcher_id", "sender_email") WHERE "researcher_id" IS NOT NULL`);
        await queryRunner.query(`CREATE TABLE "contact_trusted_sender" ("email" text NOT NULL, "confirmed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "trusted_until" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_023750b538abe8dafe584cae0cc" PRIMARY KEY ("email"))`);
        await queryRunner.query(`ALTER TABLE "researcher" ADD "media_topics" text array NOT NULL DEFAULT '{}'`);
        await queryRunner.query(`ALTER TABLE "researcher" ADD "media_available_until" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "researcher" ADD "speaker_topics" text array NOT NULL DEFAULT '{}'`);
        await queryRunner.query(`CREATE TYPE "public"."speaker_format" AS ENUM('IN_PERSON', 'DIGITAL')`);
        await queryRunner.query(`ALTER TABLE "researcher" ADD "speaker_formats" "public"."speaker_format" array NOT NULL DEFAULT '{}'`);
        await queryRunner.query(`ALTER TABLE "researcher" ADD "travel_regions" "public"."health_region" array NOT NULL DEFAULT '{}'`);
        await queryRunner.query(`ALTER TABLE "researcher" ADD "course_leader" boolean NOT NULL DEFAULT false`);
        await queryRunner.query(`ALTER TABLE "researcher" ADD "accepts_messages" boolean NOT NULL DEFAULT true`);
        await queryRunner.query(`ALTER TABLE "researcher" ADD "accepted_contact_purposes" "public"."contact_purpose" array NOT NULL DEFAULT '{MEDIA,SPEAKER,COLLABORATION,OTHER}'`);
        await queryRunner.query(`ALTER TABLE "contact_message" ADD CONSTRAINT "FK_e11be3407e7b523105332d3413c" FOREIGN KEY ("researcher_id") REFERENCES "researcher"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "contact_message" ADD CONSTRAINT "FK_d6dfab7275aa3dea2a8d95af626" FOREIGN KEY ("sender_account_id") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "contact_abuse_report" ADD CONSTRAINT "FK_e9b9db4da212d66023caff9efc4" FOREIGN KEY ("message_id") REFERENCES "contact_message"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "contact_abuse_report" ADD CONSTRAINT "FK_033db34775537f55f86056eaf04" FOREIGN KEY ("researcher_id") REFERENCES "researcher"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "contact_abuse_report" ADD CONSTRAINT "FK_007be9498bbc3cfeb7e0210316b" FOREIGN KEY ("handled_by_id") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "contact_block" ADD CONSTRAINT "FK_40d6f565ed1c322451cfbf913ae" FOREIGN KEY ("researcher_id") REFERENCES "researcher"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "contact_block" ADD CONSTRAINT "FK_1447be1c8869b30a875d6f0a4f2" FOREIGN KEY ("blocked_by_id") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "contact_block" DROP CONSTRAINT "FK_1447be1c8869b30a875d6f0a4f2"`);
        await queryRunner.query(`ALTER TABLE "contact_block" DROP CONSTRAINT "FK_40d6f565ed1c322451cfbf913ae"`);
        await queryRunner.query(`ALTER TABLE "contact_abuse_report" DROP CONSTRAINT "FK_007be9498bbc3cfeb7e0210316b"`);
        await queryRunner.query(`ALTER TABLE "contact_abuse_report" DROP CONSTRAINT "FK_033db34775537f55f86056eaf04"`);
        await queryRunner.query(`ALTER TABLE "contact_abuse_report" DROP CONSTRAINT "FK_e9b9db4da212d66023caff9efc4"`);
        await queryRunner.query(`ALTER TABLE "contact_message" DROP CONSTRAINT "FK_d6dfab7275aa3dea2a8d95af626"`);
        await queryRunner.query(`ALTER TABLE "contact_message" DROP CONSTRAINT "FK_e11be3407e7b523105332d3413c"`);
        await queryRunner.query(`ALTER TABLE "researcher" DROP COLUMN "accepted_contact_purposes"`);
        await queryRunner.query(`ALTER TABLE "researcher" DROP COLUMN "accepts_messages"`);
        await queryRunner.query(`ALTER TABLE "researcher" DROP COLUMN "course_leader"`);
        await queryRunner.query(`ALTER TABLE "researcher" DROP COLUMN "travel_regions"`);
        await queryRunner.query(`ALTER TABLE "researcher" DROP COLUMN "speaker_formats"`);
        await queryRunner.query(`DROP TYPE "public"."speaker_format"`);
        await queryRunner.query(`ALTER TABLE "researcher" DROP COLUMN "speaker_topics"`);
        await queryRunner.query(`ALTER TABLE "researcher" DROP COLUMN "media_available_until"`);
        await queryRunner.query(`ALTER TABLE "researcher" DROP COLUMN "media_topics"`);
        await queryRunner.query(`DROP TABLE "contact_trusted_sender"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_contact_block_researcher_sender"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_contact_block_global_sender"`);
        await queryRunner.query(`DROP TABLE "contact_block"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_contact_abuse_report_open"`);
        await queryRunner.query(`DROP TABLE "contact_abuse_report"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_contact_message_recipient"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_contact_message_sender"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_contact_message_created"`);
        await queryRunner.query(`DROP TABLE "contact_message"`);
        await queryRunner.query(`DROP TYPE "public"."contact_message_state"`);
        await queryRunner.query(`DROP TYPE "public"."contact_purpose"`);
    }

}
