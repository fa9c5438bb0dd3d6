import { Link } from 'wouter';
import type { SearchResearchersQuery } from '../../gql/graphql';
import { byline } from '../../ui/byline';
import { mediaAvailability, SPEAKER_FORMAT_LABELS } from '../../ui/labels';
import { Highlight } from './Highlight';

type Edge = SearchResearchersQuery['researchers']['edges'][number];

export function ResultCard({ edge }: { edge: Edge }) {
  const r = edge.node;
  const who = byline(r.title, r.organization?.name);
  const mediaNow = mediaAvailability(r.mediaAvailableUntil);
  const speaking = [
    r.courseLeader && 'Kursleder',
    ...r.speakerFormats.map((f) => `Foredrag: ${SPEAKER_FORMAT_LABELS[f].toLowerCase()}`),
  ].filter(Boolean);
  return (
    <li className="result">
      {r.photoUrl && <img className="portrait portrait--small result__portrait" src={r.photoUrl} alt="" width={48} height={48} />}
      <h3 className="result__name">
        <Link href={`/forsker/${encodeURIComponent(r.slug)}`}>{r.fullName}</Link>
      </h3>
      {who && <p className="result__byline">{who}</p>}
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
      {mediaNow && <p className="badge badge--now">{mediaNow}</p>}
      {speaking.length > 0 && <p className="result__availability">{speaking.join(' · ')}</p>}
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
