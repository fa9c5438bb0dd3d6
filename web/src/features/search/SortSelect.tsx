import type { ResearcherOrder } from '../../gql/graphql';

const OPTIONS: { value: ResearcherOrder; label: string }[] = [
  { value: 'RELEVANCE', label: 'Beste treff' },
  { value: 'NAME', label: 'Navn (A–Å)' },
  { value: 'RECENTLY_UPDATED', label: 'Sist oppdatert' },
];

export function SortSelect({ value, onChange }: { value: ResearcherOrder; onChange: (order: ResearcherOrder) => void }) {
  return (
    <div className="sort-select">
      <label htmlFor="sorter">Sorter etter</label>
      <select id="sorter" value={value} onChange={(e) => onChange(e.target.value as ResearcherOrder)}>
        {OPTIONS.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
