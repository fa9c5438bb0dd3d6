import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A network's public member list (active members with published profiles, by family and given
 * name) sorted and counted every member of a large network for each page: 250 ms for a page of
 * the research network at 100,000 profiles. The member's names and published state are copied
 * onto the membership by triggers, so a page is one range of a partial index and a count one
 * index-only scan.
 */
export class MemberListByName1796800000000 implements MigrationInterface {
  name = 'MemberListByName1796800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`ALTER TABLE "network_membership" ADD "member_family_name" text NOT NULL DEFAULT ''`);
    await q(`ALTER TABLE "network_membership" ADD "member_given_name" text NOT NULL DEFAULT ''`);
    await q(`ALTER TABLE "network_membership" ADD "member_published" boolean NOT NULL DEFAULT false`);
    await q(`UPDATE "network_membership" m
                SET member_family_name = r.family_name, member_given_name = r.given_name, member_published = (r.status = 'PUBLISHED')
               FROM "researcher" r WHERE r.id = m.researcher_id`);
    await q(`CREATE INDEX "IDX_network_membership_public_by_name" ON "network_membership"
               ("network_id", "member_family_name", "member_given_name", "id") WHERE "status" = 'ACTIVE' AND "member_published"`);
    await q(`CREATE FUNCTION public.network_membership_copy_member() RETURNS trigger
      LANGUAGE plpgsql AS $fn$
      BEGIN
        SELECT r.family_name, r.given_name, r.status = 'PUBLISHED'
          INTO NEW.member_family_name, NEW.member_given_name, NEW.member_published
          FROM public.researcher r WHERE r.id = NEW.researcher_id;
        RETURN NEW;
      END
      $fn$`);
    await q(`CREATE TRIGGER network_membership_copy_member BEFORE INSERT OR UPDATE OF researcher_id ON public.network_membership
      FOR EACH ROW EXECUTE FUNCTION public.network_membership_copy_member()`);
    await q(`CREATE FUNCTION public.researcher_copy_to_memberships() RETURNS trigger
      LANGUAGE plpgsql AS $fn$
      BEGIN
        UPDATE public.network_membership
           SET member_family_name = NEW.family_name, member_given_name = NEW.given_name, member_published = (NEW.status = 'PUBLISHED')
         WHERE researcher_id = NEW.id;
        RETURN NULL;
      END
      $fn$`);
    await q(`CREATE TRIGGER researcher_copy_to_memberships AFTER UPDATE OF family_name, given_name, status ON public.researcher
      FOR EACH ROW WHEN (OLD.family_name IS DISTINCT FROM NEW.family_name OR OLD.given_name IS DISTINCT FROM NEW.given_name
                         OR OLD.status IS DISTINCT FROM NEW.status)
      EXECUTE FUNCTION public.researcher_copy_to_memberships()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`DROP TRIGGER researcher_copy_to_memberships ON public.researcher`);
    await q(`DROP FUNCTION public.researcher_copy_to_memberships()`);
    await q(`DROP TRIGGER network_membership_copy_member ON public.network_membership`);
    await q(`DROP FUNCTION public.network_membership_copy_member()`);
    await q(`DROP INDEX "public"."IDX_network_membership_public_by_name"`);
    await q(`ALTER TABLE "network_membership" DROP COLUMN "member_published"`);
    await q(`ALTER TABLE "network_membership" DROP COLUMN "member_given_name"`);
    await q(`ALTER TABLE "network_membership" DROP COLUMN "member_family_name"`);
  }
}
