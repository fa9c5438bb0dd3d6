import { useLocation, useSearch } from 'wouter';
import { RequireSignIn } from '../../auth/RequireSignIn';
import { useQuery } from '../../graphql/use-query';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { useDocumentMeta } from '../../ui/use-document-meta';
import { EditorNav } from './EditorNav';
import { FacetBarChart } from './FacetBarChart';
import { FigureSection } from './FigureSection';
import { MonthlyChart } from './MonthlyChart';
import { CatalogueStatisticsQuery } from './statistics-operations';

const FIRST_YEAR = 2020;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'des'];
const monthLabel = (month: string) => `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

export default function StatisticsPage() {
  useDocumentMeta('Årstall', 'Tallene kompetansetjenesten rapporterer hvert år: profiler, nettverk og søknader.');
  return (
    <RequireSignIn>
      <Statistics />
    </RequireSignIn>
  );
}

function Statistics() {
  const search = useSearch();
  const [, navigate] = useLocation();
  const thisYear = new Date().getFullYear();
  const asked = Number(new URLSearchParams(search).get('ar'));
  const year = Number.isInteger(asked) && asked >= FIRST_YEAR && asked <= thisYear ? asked : thisYear;
  const { data, error, loading, refetch } = useQuery(CatalogueStatisticsQuery, { year });
  const stats = data?.catalogueStatistics;
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => thisYear - i);

  return (
    <div className="page">
      <EditorNav />
      <h1>Årstall for katalogen</h1>
      <p className="lead">
        Katalogen slik den sto ved utgangen av året (i dag, for inneværende år), og det som skjedde i løpet av året.
      </p>
      <div className="field field--inline">
        <label htmlFor="ar" className="field__label">
          År
        </label>
        <select id="ar" value={year} onChange={(e) => navigate(`/redaksjon/tall?ar=${e.target.value}`)}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      {error ? (
        <ErrorMessage error={error} onRetry={refetch} />
      ) : loading && !stats ? (
        <Loading label="Regner ut tallene …" />
      ) : stats ? (
        <div aria-busy={loading}>
          <dl className="key-figures">
            <div>
              <dt>Publiserte profiler</dt>
              <dd>{stats.publishedProfiles}</dd>
            </div>
            <div>
              <dt>Søknader til nettverk avgjort</dt>
              <dd>
                {stats.applicationsDecided} ({stats.applicationsApproved} godkjent, {stats.applicationsDeclined} avslått)
              </dd>
            </div>
            <div>
              <dt>Median tid til avgjørelse</dt>
              <dd>
                {stats.medianDaysToDecision === null || stats.medianDaysToDecision === undefined
                  ? 'Ingen avgjørelser'
                  : `${stats.medianDaysToDecision.toLocaleString('nb-NO')} dager`}
              </dd>
            </div>
          </dl>
          <FigureSection
            id="region"
            title="Publiserte profiler etter helseregion"
            chart={<FacetBarChart title="Publiserte profiler etter helseregion" data={stats.byRegion} />}
            header={['Helseregion', 'Profiler']}
            rows={stats.byRegion.map((f) => [f.label, f.count])}
            fileName={`profiler-etter-region-${stats.year}.csv`}
          />
          <FigureSection
            id="omrade"
            title="Publiserte profiler etter kompetanseområde"
            chart={<FacetBarChart title="Publiserte profiler etter kompetanseområde" data={stats.byCompetenceArea} />}
            header={['Kompetanseområde', 'Profiler']}
            rows={stats.byCompetenceArea.map((f) => [f.label, f.count])}
            fileName={`profiler-etter-kompetanseomrade-${stats.year}.csv`}
          />
          <FigureSection
            id="arbeidssted"
            title="Publiserte profiler etter type arbeidssted"
            chart={<FacetBarChart title="Publiserte profiler etter type arbeidssted" data={stats.byOrganizationKind} />}
            header={['Type arbeidssted', 'Profiler']}
            rows={stats.byOrganizationKind.map((f) => [f.label, f.count])}
            fileName={`profiler-etter-type-arbeidssted-${stats.year}.csv`}
          />
          <FigureSection
            id="maned"
            title="Profiler måned for måned"
            chart={
              <MonthlyChart
                title="Profiler måned for måned"
                data={stats.profilesByMonth.map((m) => ({ ...m, label: MONTHS[Number(m.month.slice(5, 7)) - 1] }))}
              />
            }
            header={['Måned', 'Nye', 'Oppdaterte', 'Ikke bekreftet på 12 måneder']}
            rows={stats.profilesByMonth.map((m) => [monthLabel(m.month), m.newProfiles, m.updatedProfiles, m.unconfirmedProfiles])}
            fileName={`profiler-per-maned-${stats.year}.csv`}
          />
          <FigureSection
            id="nettverk"
            title="Medlemmer i nettverkene ved utgangen av året"
            header={['Nettverk', 'Rolle', 'Medlemmer']}
            rows={stats.networkMembers.map((m) => [m.networkName, m.roleLabel, m.count])}
            fileName={`nettverksmedlemmer-${stats.year}.csv`}
          />
        </div>
      ) : null}
    </div>
  );
}
