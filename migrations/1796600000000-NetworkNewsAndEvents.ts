import { MigrationInterface, QueryRunner } from "typeorm";

export class NetworkNewsAndEvents1796600000000 implements MigrationInterface {
    name = 'NetworkNewsAndEvents1796600000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "network_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "network_id" uuid NOT NULL, "title" text NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "place" text, "digital" boolean NOT NULL DEFAULT false, "agenda" text NOT NULL DEFAULT '', "minutes_text" text, "minutes_url" text, CONSTRAINT "PK_3d6ebebfde6f404577b5bb4f6e6" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_network_event_network_starts" ON "network_event"  ("network_id", "starts_at") `);
        await queryRunner.query(`CREATE TABLE "network_news_subscription" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "network_id" uuid NOT NULL, "email" text NOT NULL, "confirm_token_hash" text, "confirm_token_expires_at" TIMESTAMP WITH TIME ZONE, "confirmed_at" TIMESTAMP WITH TIME ZONE, "unsubscribed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a97421351216756a7ff79828084" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_network_news_subscription_address" ON "network_news_subscription"  ("network_id", "email") `);
        await queryRunner.query(`CREATE TABLE "newsletter" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "network_id" uuid NOT NULL, "subject" text NOT NULL, "body" text NOT NULL, "sent_by_id" uuid, "recipient_count" integer NOT NULL DEFAULT '0', "unsubscribe_key" text NOT NULL, CONSTRAINT "PK_036bb790d1d19efeacfd2f3740c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_newsletter_network" ON "newsletter"  ("network_id", "created_at") `);
        await queryRunner.query(`CREATE TABLE "newsletter_delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "newsletter_id" uuid NOT NULL, "email" text NOT NULL, CONSTRAINT "PK_ed49081e0ed0befe56663dd6628" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_newsletter_delivery_address" ON "newsletter_delivery"  ("newsletter_id", "email") `);
        await queryRunner.query(`ALTER TABLE "network" ADD "represents_regions" boolean NOT NULL DEFAULT false`);
        await queryRunner.query(`ALTER TABLE "network" ADD "archived_at" TIMESTAMP WITH TIME ZONE`);
        // Dialogforum's members are one leader per health region.
        await queryRunner.query(`UPDATE "network" SET "represents_regions" = true WHERE "slug" = 'dialogforum'`);
        await queryRunner.query(`ALTER TABLE "network_event" ADD CONSTRAINT "FK_c52330275f71c96d49445ca7594" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "network_news_subscription" ADD CONSTRAINT "FK_ddc4fec3cc84424f2e33d1e7c28" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "newsletter" ADD CONSTRAINT "FK_7b52f9cb4f3497d65b9bd246856" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "newsletter" ADD CONSTRAINT "FK_60e6ce80a404f81efa64c7c17ca" FOREIGN KEY ("sent_by_id") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "newsletter_delivery" ADD CONSTRAINT "FK_733ddff5c47958a19e367817816" FOREIGN KEY ("newsletter_id") REFERENCES "newsletter"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "newsletter_delivery" DROP CONSTRAINT "FK_733ddff5c47958a19e367817816"`);
        await queryRunner.query(`ALTER TABLE "newsletter" DROP CONSTRAINT "FK_60e6ce80a404f81efa64c7c17ca"`);
        await queryRunner.query(`ALTER TABLE "newsletter" DROP CONSTRAINT "FK_7b52f9cb4f3497d65b9bd246856"`);
        await queryRunner.query(`ALTER TABLE "network_news_subscription" DROP CONSTRAINT "FK_ddc4fec3cc84424f2e33d1e7c28"`);
        await queryRunner.query(`ALTER TABLE "network_event" DROP CONSTRAINT "FK_c52330275f71c96d49445ca7594"`);
        await queryRunner.query(`ALTER TABLE "network" DROP COLUMN "archived_at"`);
        await queryRunner.query(`ALTER TABLE "network" DROP COLUMN "represents_regions"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_newsletter_delivery_address"`);
        await queryRunner.query(`DROP TABLE "newsletter_delivery"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_newsletter_network"`);
        await queryRunner.query(`DROP TABLE "newsletter"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_network_news_subscription_address"`);
        await queryRunner.query(`DROP TABLE "network_news_subscription"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_network_event_network_starts"`);
        await queryRunner.query(`DROP TABLE "network_event"`);
    }

}
