import { Link } from 'wouter';
import type { SearchResearchersQuery } from '../../gql/graphql';
import { Highlight } from './Highlight';

type Edge = SearchResearchersQuery['researchers']['edges'][number];

export function ResultCard({ edge }: { edge: Edge }) {
  const r = edge.node;
  const byline = [r.title, r.organization?.name].filter(Boolean).join(', ');
  return (
    <li className="result">
      <h3 className="result__name">
        <Link href={`/forsker/${encodeURIComponent(r.slug)}`}>{r.fullName}</Link>
      </h3>
      {byline && <p className="result__byline">{byline}</p>}
      {r.competenceAreas.length > 0 && (
        <ul className="tags" aria-label="Kompetanseområder">
          {r.competenceAreas.map((a) => (
            <li key={a.slug} className="tag">
              {a.name}
            </li>
          ))}
        </ul>
      )}
      {edge.highlight && (
        <p className="result__snippet">
          <Highlight html={edge.highlight} />
        </p>
      )}
      {(r.availableAsSpeaker || r.availableForMedia) && (
        <p className="result__availability">
          {[r.availableAsSpeaker && 'Tilgjengelig som foredragsholder', r.availableForMedia && 'Tilgjengelig for media']
            .filter(Boolean)
            .join(' · ')}
        </p>
      )}
    </li>
  );
}
