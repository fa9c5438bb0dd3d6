import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { useDocumentMeta } from '../../ui/use-document-meta';
import { useQuery } from '../../graphql/use-query';
import { ResultCard } from './ResultCard';
import { SearchForm } from './SearchForm';
import { firstPage, toFilter } from './search-params';
import { SEARCH_PAGE_SIZE, SearchResearchersQuery } from './search-query';
import { useSearchState } from './use-search-state';
import { Pager } from './Pager';

export function SearchPage() {
  const [state, setState] = useSearchState();
  useDocumentMeta(
    state.query ? `Søk: ${state.query}` : 'Finn en ekspert',
    'Finn forskere og fagfolk innen læring og mestring i helse – etter tema, region, språk og om de holder foredrag eller uttaler seg til media.',
  );
  const { data, error, loading, refetch } = useQuery(SearchResearchersQuery, {
    query: state.query || null,
    filter: toFilter(state),
    orderBy: state.order,
    first: SEARCH_PAGE_SIZE,
    after: state.after,
  });
  const result = data?.researchers;

  return (
    <div className="page search-page">
      <h1>Finn en ekspert</h1>
      <p className="lead">
        Forskere og fagfolk innen pasient- og pårørendeopplæring, læring og mestring i helse.
      </p>
      <SearchForm query={state.query} onSearch={(query) => setState(firstPage({ ...state, query }))} />

      <section className="results" aria-labelledby="resultater-tittel" aria-busy={loading}>
        <h2 id="resultater-tittel" className="results__count" aria-live="polite">
          {result ? countText(result.totalCount) : 'Resultater'}
        </h2>
        {error ? <ErrorMessage error={error} onRetry={refetch} /> : null}
        {loading && !result ? <Loading label="Søker …" /> : null}
        {result && result.totalCount === 0 && !error ? (
          <p className="empty">Ingen treff. Prøv færre ord, et annet ord for det samme, eller fjern noen filtre.</p>
        ) : null}
        {result && result.edges.length > 0 ? (
          <ol className="result-list">
            {result.edges.map((edge) => (
              <ResultCard key={edge.node.id} edge={edge} />
            ))}
          </ol>
        ) : null}
        {result ? (
          <Pager state={state} totalCount={result.totalCount} pageInfo={result.pageInfo} onChange={setState} />
        ) : null}
      </section>
    </div>
  );
}

function countText(count: number): string {
  if (count === 0) return 'Ingen treff';
  return count === 1 ? '1 treff' : `${count.toLocaleString('nb-NO')} treff`;
}
