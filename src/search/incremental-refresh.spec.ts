import { CachedPage, compareRows, mergePage, RankedRow } from './incremental-refresh';
import { ResearcherOrder } from './types/researcher-order.enum';

const row = (id: string, score: number, name = id): RankedRow => ({ researcherId: id, score: String(score), sortName: name, updatedUs: '0' });
const ids = (page: CachedPage<RankedRow> | null) => page?.rows.map((r) => r.researcherId) ?? null;

describe('mergePage', () => {
  const cached: CachedPage<RankedRow> = { rows: [row('a', 90), row('b', 80), row('c', 70), row('d', 60)], complete: false };

  it('puts a changed profile where it now ranks and keeps the others in place', () => {
    const merged = mergePage(cached, [row('x', 85)], new Set(['x']), ResearcherOrder.RELEVANCE, 3);
    expect(ids(merged)).toEqual(['a', 'x', 'b', 'c', 'd']);
  });

  it('ends the page at the last unchanged row: what ranks below it was never read', () => {
    // b left; x now ranks below d, where unread profiles may rank above it.
    const merged = mergePage(cached, [row('x', 10)], new Set(['b', 'x']), ResearcherOrder.RELEVANCE, 3);
    expect(ids(merged)).toEqual(['a', 'c', 'd']);
  });

  it('gives up when fewer rows than needed are certain', () => {
    expect(mergePage(cached, [], new Set(['a', 'b']), ResearcherOrder.RELEVANCE, 3)).toBeNull();
  });

  it('keeps every row of a complete page, whatever ranks last', () => {
    const merged = mergePage({ ...cached, complete: true }, [row('x', 10)], new Set(['a', 'x']), ResearcherOrder.RELEVANCE, 3);
    expect(ids(merged)).toEqual(['b', 'c', 'd', 'x']);
  });
});

describe('compareRows', () => {
  it('orders relevance by score, then name byte by byte (COLLATE "C"), then id', () => {
    const rows = [row('2', 5, 'Øye'), row('1', 5, 'Aas'), row('3', 7, 'Zed'), row('0', 5, 'Aas')];
    expect(rows.sort((a, b) => compareRows(ResearcherOrder.RELEVANCE, a, b)).map((r) => r.researcherId)).toEqual(['3', '0', '1', '2']);
  });
});
