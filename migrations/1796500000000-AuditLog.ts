import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The append-only audit log. The table is TypeORM's; the trigger that refuses UPDATE, DELETE
 * and TRUNCATE is ours: "append-only" holds for every client of the database, not only for
 * the app's code.
 */
export class AuditLog1796500000000 implements MigrationInterface {
  name = 'AuditLog1796500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_entry" ("id" BIGSERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "actor_role" text, "action" text NOT NULL, "target_type" text NOT NULL, "target_id" text, "before" jsonb, "after" jsonb, "note" text, CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_audit_entry_target" ON "audit_entry"  ("target_id", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_audit_entry_action" ON "audit_entry"  ("action", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_audit_entry_actor" ON "audit_entry"  ("actor_id", "id") `);
    // One exception, for erasure only (the transaction says so with SET LOCAL audit.erasure):
    // an erased person's ids may be blanked out of a line; what was done, and when, stays.
    await queryRunner.query(`CREATE FUNCTION public.audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP = 'UPDATE' AND current_setting('audit.erasure', true) = 'on'
           AND (NEW.id, NEW.created_at, NEW.action, NEW.target_type, NEW.actor_role, NEW.note)
               IS NOT DISTINCT FROM (OLD.id, OLD.created_at, OLD.action, OLD.target_type, OLD.actor_role, OLD.note)
           AND (NEW.actor_id IS NULL OR NEW.actor_id = OLD.actor_id)
           AND (NEW.target_id IS NULL OR NEW.target_id = OLD.target_id) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_entry is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $fn$`);
    await queryRunner.query(`CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON public.audit_entry
      FOR EACH ROW EXECUTE FUNCTION public.audit_entry_append_only()`);
    await queryRunner.query(`CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON public.audit_entry
      FOR EACH STATEMENT EXECUTE FUNCTION public.audit_entry_append_only()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_entry_no_truncate ON public.audit_entry`);
    await queryRunner.query(`DROP TRIGGER audit_entry_append_only ON public.audit_entry`);
    await queryRunner.query(`DROP FUNCTION public.audit_entry_append_only()`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_entry_actor"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_entry_action"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_entry_target"`);
    await queryRunner.query(`DROP TABLE "audit_entry"`);
  }
}
