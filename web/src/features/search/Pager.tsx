import type { SearchState } from './search-params';
import { SEARCH_PAGE_SIZE } from './search-query';

interface Props {
  state: SearchState;
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  onChange: (next: SearchState) => void;
}

/** Forward by the API's cursor; back by the cursors kept in the URL. */
export function Pager({ state, totalCount, pageInfo, onChange }: Props) {
  const page = state.after ? state.previous.length + 2 : 1;
  const pages = Math.max(1, Math.ceil(totalCount / SEARCH_PAGE_SIZE));
  if (pages <= 1 && page === 1) return null;

  const next = () =>
    onChange({ ...state, after: pageInfo.endCursor ?? null, previous: state.after ? [...state.previous, state.after] : [] });
  const back = () => {
    const previous = state.previous.slice(0, -1);
    onChange({ ...state, after: state.previous.at(-1) ?? null, previous });
  };

  return (
    <nav className="pager" aria-label="Sider med treff">
      <button type="button" className="button button--secondary" onClick={back} disabled={page === 1}>
        Forrige side
      </button>
      <span className="pager__position">
        Side {page} av {pages}
      </span>
      <button type="button" className="button button--secondary" onClick={next} disabled={!pageInfo.hasNextPage}>
        Neste side
      </button>
    </nav>
  );
}
