import { useEffect, useRef } from 'react';
import type { SearchResearchersQuery } from '../../gql/graphql';
import type { QueryState } from '../../graphql/use-query';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { countFilters } from './FilterPanel';
import { Pager } from './Pager';
import { ResultCard } from './ResultCard';
import { firstPage, type SearchState } from './search-params';
import { SortSelect } from './SortSelect';

interface Props {
  state: SearchState;
  search: QueryState<SearchResearchersQuery>;
  onChange: (next: SearchState) => void;
}

export function SearchResults({ state, search, onChange }: Props) {
  const { data, error, loading, refetch } = search;
  const heading = useRef<HTMLHeadingElement>(null);
  const shownPage = useRef(state.after);
  // After "Neste side"/"Forrige side", start reading at the top of the new page.
  useEffect(() => {
    if (shownPage.current === state.after) return;
    shownPage.current = state.after;
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'start' });
  }, [state.after]);
  const result = data?.researchers;
  const filtered = countFilters(state) > 0;

  return (
    <section className="results" aria-labelledby="resultater-tittel" aria-busy={loading}>
      <div className="results__header">
        <h2 id="resultater-tittel" className="results__count" aria-live="polite" ref={heading} tabIndex={-1}>
          {result ? countText(result.totalCount, Boolean(state.query) || filtered) : 'Treff'}
        </h2>
        <SortSelect value={state.order} onChange={(order) => onChange(firstPage({ ...state, order }))} />
      </div>
      {error ? <ErrorMessage error={error} onRetry={refetch} /> : null}
      {loading && !result ? <Loading label="Søker …" /> : null}
      {result && result.totalCount === 0 && !error ? (
        <div className="empty">
          <p>Ingen profiler passer{state.query ? ` til «${state.query}»` : ''}{filtered ? ' med filtrene du har valgt' : ''}.</p>
          <p>Prøv færre ord, et annet ord for det samme{filtered ? ', eller fjern noen filtre' : ''}.</p>
        </div>
      ) : null}
      {result && result.edges.length > 0 ? (
        <ol className={loading ? 'result-list result-list--stale' : 'result-list'}>
          {result.edges.map((edge) => (
            <ResultCard key={edge.node.id} edge={edge} />
          ))}
        </ol>
      ) : null}
      {result ? <Pager state={state} totalCount={result.totalCount} pageInfo={result.pageInfo} onChange={onChange} /> : null}
    </section>
  );
}

function countText(count: number, narrowed: boolean): string {
  if (count === 0) return 'Ingen treff';
  const n = count === 1 ? '1 profil' : `${count.toLocaleString('nb-NO')} profiler`;
  return narrowed ? `${n} passer` : `${n} i katalogen`;
}
