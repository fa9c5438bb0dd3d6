import { Link } from 'wouter';
import { formatSearch, parseSearch } from '../search/search-params';

interface Area {
  slug: string;
  name: string;
  parent?: { slug: string; name: string } | null;
}

interface Group {
  slug: string;
  name: string;
  /** Whether the person chose the area itself, not only some of its sub-areas. */
  chosen: boolean;
  children: Area[];
}

/** Groups sub-areas under their area, in the order the API gave. */
export function groupAreas(areas: Area[]): Group[] {
  const groups = new Map<string, Group>();
  for (const a of areas) {
    const top = a.parent ?? a;
    let group = groups.get(top.slug);
    if (!group) groups.set(top.slug, (group = { slug: top.slug, name: top.name, chosen: false, children: [] }));
    if (a.parent) group.children.push(a);
    else group.chosen = true;
  }
  return [...groups.values()];
}

const searchFor = (slug: string) => `/${formatSearch({ ...parseSearch(''), areas: [slug] })}`;

/** The profile's areas, sub-areas under their area; each a link to a search for others in it. */
export function AreaList({ areas }: { areas: Area[] }) {
  return (
    <ul className="area-list">
      {groupAreas(areas).map((g) => (
        <li key={g.slug}>
          {g.chosen ? <Link href={searchFor(g.slug)}>{g.name}</Link> : g.name}
          {g.children.length > 0 && (
            <ul>
              {g.children.map((c) => (
                <li key={c.slug}>
                  <Link href={searchFor(c.slug)}>{c.name}</Link>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
