import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { HEALTH_REGION_LABELS, HealthRegion } from '../common/enums/health-region.enum';
import { MEMBERSHIP_ROLE_LABELS, MembershipRole } from '../common/enums/membership.enum';
import { OrganizationKind } from '../common/enums/organization-kind.enum';
import { badUserInput } from '../common/errors/app-errors';
import type { FacetCount } from '../search/types/facet-count.type';
import type { CatalogueStatistics, MonthlyProfileCount, NetworkMemberCount } from './catalogue-statistics.type';
import { FIRST_YEAR } from './dto/catalogue-statistics.args';
import { NOT_GIVEN, ORGANIZATION_KIND_LABELS } from './statistics-labels';

// The service reports to a Norwegian ministry: years and months are Oslo's.
const ZONE = 'Europe/Oslo';

/** `$1` is the year; `start`..`stop` is the year in Oslo time, cut at now() for the current year. */
const BOUNDS = `b AS (
  SELECT (make_date($1::int, 1, 1)::timestamp AT TIME ZONE '${ZONE}') AS start,
         least(make_date($1::int + 1, 1, 1)::timestamp AT TIME ZONE '${ZONE}', now()) AS stop
)`;

/**
 * Whether profile `r` was published at the instant `at`. The status history (profile_change)
 * says so when it has a status change on either side of `at`; a profile without one (demo or
 * imported data) has had its current status all along.
 */
const publishedAt = (at: string) => `coalesce(
    (SELECT s.value->>'new' FROM profile_change c CROSS JOIN jsonb_array_elements(c.changes) s
      WHERE c.researcher_id = r.id AND c.created_at < ${at} AND s.value->>'field' = 'status'
      ORDER BY c.created_at DESC, c.id DESC LIMIT 1),
    (SELECT s.value->>'old' FROM profile_change c CROSS JOIN jsonb_array_elements(c.changes) s
      WHERE c.researcher_id = r.id AND c.created_at >= ${at} AND s.value->>'field' = 'status'
      ORDER BY c.created_at ASC, c.id ASC LIMIT 1),
    r.status::text) = 'PUBLISHED' AND r.created_at < ${at}`;

const PUBLISHED = `${BOUNDS}, published AS (SELECT r.* FROM researcher r CROSS JOIN b WHERE ${publishedAt('b.stop')})`;

/** The yearly figures, computed by SQL over the catalogue's tables and the profiles' history. */
@Injectable()
export class StatisticsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forYear(requested: number | null | undefined): Promise<CatalogueStatistics> {
    const currentYear = Number(new Intl.DateTimeFormat('en', { timeZone: ZONE, year: 'numeric' }).format(new Date()));
    const year = requested ?? currentYear;
    if (year < FIRST_YEAR || year > currentYear) {
      throw badUserInput('year', `Oppgi et år fra ${FIRST_YEAR} til ${currentYear}.`);
    }
    const [totals, byRegion, byArea, byKind, months, members, decisions] = await Promise.all([
      this.query<{ n: number }>(`WITH ${PUBLISHED} SELECT count(*)::int AS n FROM published`, year),
      this.query<{ value: string | null; n: number }>(
        `WITH ${PUBLISHED} SELECT region::text AS value, count(*)::int AS n FROM published GROUP BY region`,
        year,
      ),
      this.byCompetenceArea(year),
      this.query<{ value: string | null; n: number }>(
        `WITH ${PUBLISHED}
         SELECT o.kind::text AS value, count(*)::int AS n
           FROM published p LEFT JOIN organization o ON o.id = p.organization_id
          GROUP BY o.kind`,
        year,
      ),
      this.profilesByMonth(year),
      this.networkMembers(year),
      this.query<{ decided: number; approved: number; declined: number; median: number | null }>(
        `WITH ${BOUNDS}, decided AS (
           SELECT m.status, extract(epoch FROM m.decided_at - m.created_at) / 86400 AS days
             FROM network_membership m CROSS JOIN b
            WHERE m.decided_at >= b.start AND m.decided_at < b.stop
              -- An application was inserted PENDING and decided later; a member added directly
              -- is inserted already decided (decided_at taken just before the insert).
              AND (m.decided_at > m.created_at OR m.status = 'DECLINED'))
         SELECT count(*)::int AS decided,
                count(*) FILTER (WHERE status IN ('ACTIVE', 'ENDED'))::int AS approved,
                count(*) FILTER (WHERE status = 'DECLINED')::int AS declined,
                round((percentile_cont(0.5) WITHIN GROUP (ORDER BY days))::numeric, 1)::float8 AS median
           FROM decided`,
        year,
      ),
    ]);

    return {
      year,
      publishedProfiles: totals[0]?.n ?? 0,
      byRegion: this.everyValue(
        byRegion,
        Object.values(HealthRegion).map((value) => ({ value, label: HEALTH_REGION_LABELS[value] })),
      ),
      byCompetenceArea: byArea,
      byOrganizationKind: this.everyValue(
        byKind,
        Object.values(OrganizationKind).map((value) => ({ value, label: ORGANIZATION_KIND_LABELS[value] })),
      ),
      profilesByMonth: months,
      networkMembers: members,
      applicationsDecided: decisions[0]?.decided ?? 0,
      applicationsApproved: decisions[0]?.approved ?? 0,
      applicationsDeclined: decisions[0]?.declined ?? 0,
      medianDaysToDecision: decisions[0]?.median ?? null,
    };
  }

  /**
   * Every area in taxonomy order; a top-level area counts the people of its sub-areas once.
   * A merged area is left out (its people were tagged with the area it went into); a retired
   * one is listed while people still carry it.
   */
  private async byCompetenceArea(year: number): Promise<FacetCount[]> {
    const rows = await this.query<{ value: string; label: string; n: number }>(
      `WITH ${PUBLISHED}
       SELECT a.slug AS value, a.name AS label,
              (SELECT count(DISTINCT rca.researcher_id)::int
                 FROM researcher_competence_area rca
                 JOIN competence_area t ON t.id = rca.competence_area_id
                 JOIN published p ON p.id = rca.researcher_id
                WHERE t.id = a.id OR t.parent_id = a.id) AS n
         FROM competence_area a
         LEFT JOIN competence_area parent ON parent.id = a.parent_id
        WHERE a.merged_into_id IS NULL
          AND (a.retired_at IS NULL OR EXISTS (SELECT 1 FROM researcher_competence_area x WHERE x.competence_area_id = a.id))
        ORDER BY coalesce(parent.position, a.position), a.parent_id IS NOT NULL, a.position, a.name`,
      year,
    );
    return rows.map((row) => ({ value: row.value, label: row.label, count: row.n }));
  }

  private async profilesByMonth(year: number): Promise<MonthlyProfileCount[]> {
    const rows = await this.query<{ month: string; created: number; updated: number; unconfirmed: number }>(
      `WITH ${BOUNDS},
       months AS (
         SELECT to_char(m, 'YYYY-MM') AS month,
                m::timestamp AT TIME ZONE '${ZONE}' AS start,
                least((m + interval '1 month')::timestamp AT TIME ZONE '${ZONE}', now()) AS stop
           FROM b CROSS JOIN generate_series(make_date($1::int, 1, 1), make_date($1::int, 12, 1), interval '1 month') AS m
          WHERE m::timestamp AT TIME ZONE '${ZONE}' < b.stop)
       SELECT mo.month,
              (SELECT count(*)::int FROM researcher r WHERE r.published_at >= mo.start AND r.published_at < mo.stop) AS created,
              (SELECT count(DISTINCT c.researcher_id)::int FROM profile_change c
                WHERE c.action = 'UPDATED' AND c.created_at >= mo.start AND c.created_at < mo.stop) AS updated,
              (SELECT count(*)::int FROM researcher r
                WHERE r.account_id IS NOT NULL AND ${publishedAt('mo.stop')}
                  AND coalesce(
                        (SELECT max(c.created_at) FROM profile_change c
                          WHERE c.researcher_id = r.id AND c.action = 'CONFIRMED' AND c.created_at < mo.stop),
                        CASE WHEN r.confirmed_at < mo.stop THEN r.confirmed_at END,
                        r.created_at) < mo.stop - interval '12 months') AS unconfirmed
         FROM months mo
        ORDER BY mo.month`,
      year,
    );
    return rows.map((row) => ({
      month: row.month,
      newProfiles: row.created,
      updatedProfiles: row.updated,
      unconfirmedProfiles: row.unconfirmed,
    }));
  }

  /** Members at the end of the year: started by then, and not ended or declined by then. */
  private async networkMembers(year: number): Promise<NetworkMemberCount[]> {
    const rows = await this.query<{ network: string; network_name: string; role: MembershipRole; n: number }>(
      `WITH ${BOUNDS}
       SELECT n.slug AS network, n.name AS network_name, m.role::text AS role, count(*)::int AS n
         FROM network_membership m
         JOIN network n ON n.id = m.network_id
        CROSS JOIN b
        WHERE coalesce(m.started_on::timestamp AT TIME ZONE '${ZONE}', m.decided_at, m.created_at) < b.stop
          AND (m.status = 'ACTIVE'
               OR (m.status = 'ENDED' AND m.ended_on IS NOT NULL AND m.ended_on::timestamp AT TIME ZONE '${ZONE}' >= b.stop))
        GROUP BY n.slug, n.name, m.role
        ORDER BY n.name, m.role`,
      year,
    );
    return rows.map((row) => ({
      network: row.network,
      networkName: row.network_name,
      role: row.role,
      roleLabel: MEMBERSHIP_ROLE_LABELS[row.role] ?? row.role,
      count: row.n,
    }));
  }

  /** Every known value in order, 0 where none, then "not given" if any profile lacks one. */
  private everyValue(rows: Array<{ value: string | null; n: number }>, known: Array<{ value: string; label: string }>): FacetCount[] {
    const counts = new Map(rows.map((row) => [row.value ?? NOT_GIVEN.value, row.n]));
    const list = known.map(({ value, label }) => ({ value, label, count: counts.get(value) ?? 0 }));
    const missing = counts.get(NOT_GIVEN.value);
    if (missing) list.push({ ...NOT_GIVEN, count: missing });
    return list;
  }

  private query<T>(sql: string, year: number): Promise<T[]> {
    return this.dataSource.query(sql, [year]);
  }
}
