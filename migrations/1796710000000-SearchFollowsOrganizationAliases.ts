import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Since EditorsCatalogue1796500001000 an organisation's aliases are search rules (the view
 * search_synonym_rule): "Høgskolen i Oslo" finds OsloMet's people. The rules are read when a
 * search runs, so no search row changes when an editor adds an alias, approves a proposed
 * workplace or merges one into another, and search_state.version stayed put: the cached
 * counts and facets of expensive searches (SearchStatsCache) kept answering with the old
 * rules. Any change to what the rules are made of (name, aliases, merged_into_id,
 * pending_approval) now tells the caches at commit, as synonym changes already did; a new or
 * deleted organisation too (it may carry aliases, and its name labels facets).
 */
export class SearchFollowsOrganizationAliases1796710000000 implements MigrationInterface {
  name = 'SearchFollowsOrganizationAliases1796710000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE FUNCTION public.search_on_organization_rules_change() RETURNS trigger
      LANGUAGE plpgsql AS $fn$
      BEGIN
        -- Inserts and deletes have no transition tables here: they always count.
        IF TG_OP <> 'UPDATE' THEN
          PERFORM public.search_enqueue_change();
        ELSIF EXISTS (
          SELECT 1 FROM new_rows n JOIN old_rows o ON o.id = n.id
           WHERE n.name IS DISTINCT FROM o.name OR n.aliases IS DISTINCT FROM o.aliases
              OR n.merged_into_id IS DISTINCT FROM o.merged_into_id
              OR n.pending_approval IS DISTINCT FROM o.pending_approval
              OR n.parent_id IS DISTINCT FROM o.parent_id) THEN
          PERFORM public.search_enqueue_change();
        END IF;
        RETURN NULL;
      END
      $fn$`);
    await q(`CREATE TRIGGER search_organization_rules_update AFTER UPDATE ON public.organization
      REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION public.search_on_organization_rules_change()`);
    await q(`CREATE TRIGGER search_organization_rules_insert AFTER INSERT ON public.organization
      FOR EACH STATEMENT EXECUTE FUNCTION public.search_on_organization_rules_change()`);
    await q(`CREATE TRIGGER search_organization_rules_delete AFTER DELETE ON public.organization
      FOR EACH STATEMENT EXECUTE FUNCTION public.search_on_organization_rules_change()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`DROP TRIGGER search_organization_rules_delete ON public.organization`);
    await q(`DROP TRIGGER search_organization_rules_insert ON public.organization`);
    await q(`DROP TRIGGER search_organization_rules_update ON public.organization`);
    await q(`DROP FUNCTION public.search_on_organization_rules_change()`);
  }
}
