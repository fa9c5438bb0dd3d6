import { Link } from 'wouter';
import { formatSearch, parseSearch } from '../search/search-params';

interface Area {
  slug: string;
  name: string;
  parent?: { slug: string; name: string } | null;
}

/** The profile's areas as "Area › Sub-area", each a link to a search for others in it. */
export function AreaList({ areas }: { areas: Area[] }) {
  return (
    <ul className="area-list">
      {areas.map((a) => (
        <li key={a.slug}>
          <Link href={`/${formatSearch({ ...parseSearch(''), areas: [a.slug] })}`}>
            {a.parent ? `${a.parent.name} › ${a.name}` : a.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
