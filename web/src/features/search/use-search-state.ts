import { useCallback, useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';
import { formatSearch, parseSearch, type SearchState } from './search-params';

/** The search state read from the URL, and a setter that writes it back as a new history entry. */
export function useSearchState(): [SearchState, (next: SearchState) => void] {
  const search = useSearch();
  const [, navigate] = useLocation();
  const state = useMemo(() => parseSearch(search), [search]);
  const setState = useCallback((next: SearchState) => navigate(`/${formatSearch(next)}`), [navigate]);
  return [state, setState];
}
