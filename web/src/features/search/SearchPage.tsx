import { useDocumentMeta } from '../../ui/use-document-meta';
import { useQuery } from '../../graphql/use-query';
import { FilterPanel } from './FilterPanel';
import { SearchForm } from './SearchForm';
import { SearchResults } from './SearchResults';
import { firstPage, toFilter } from './search-params';
import { SEARCH_PAGE_SIZE, SearchResearchersQuery } from './search-query';
import { useSearchState } from './use-search-state';

/** The front page: find an expert. Everything on it is driven by the URL. */
export function SearchPage() {
  const [state, setState] = useSearchState();
  useDocumentMeta(
    state.query ? `Søk: ${state.query}` : 'Finn en ekspert',
    'Finn forskere og fagfolk innen læring og mestring i helse – etter tema, region, språk og om de holder foredrag eller uttaler seg til media.',
  );
  const search = useQuery(SearchResearchersQuery, {
    query: state.query || null,
    filter: toFilter(state),
    orderBy: state.order,
    first: SEARCH_PAGE_SIZE,
    after: state.after,
  });

  return (
    <div className="page search-page">
      <h1>Finn en ekspert</h1>
      <p className="lead">Forskere og fagfolk innen pasient- og pårørendeopplæring, læring og mestring i helse.</p>
      <SearchForm query={state.query} onSearch={(query) => setState(firstPage({ ...state, query }))} />
      <div className="search-layout">
        <FilterPanel state={state} facets={search.data?.researchers.facets} onChange={setState} />
        <SearchResults state={state} search={search} onChange={setState} />
      </div>
    </div>
  );
}
