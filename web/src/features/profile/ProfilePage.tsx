import { useEffect, useRef } from 'react';
import { Link } from 'wouter';
import { useSession } from '../../auth/use-session';
import type { ResearcherProfileQuery as Profile } from '../../gql/graphql';
import { useQuery } from '../../graphql/use-query';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { DEGREE_LABELS, REGION_LABELS, SPEAKER_FORMAT_LABELS, languageLabel, mediaAvailability } from '../../ui/labels';
import { byline } from '../../ui/byline';
import { Loading } from '../../ui/Loading';
import { useDocumentMeta } from '../../ui/use-document-meta';
import { AreaList } from './AreaList';
import { ContactSection } from './ContactSection';
import { EditorProfilePanel } from './EditorProfilePanel';
import { MembershipList } from './MembershipList';
import { PublicationList } from '../publications/PublicationList';
import { ResearcherProfileQuery } from './profile-query';

export type ProfileData = NonNullable<Profile['researcher']>;

/** /forsker/<slug>: a published profile, with exactly what the API lets this viewer see. */
export default function ProfilePage({ slug }: { slug: string }) {
  const { me } = useSession();
  const isEditor = me?.role === 'EDITOR' || me?.role === 'ADMIN';
  const { data, error, loading, refetch } = useQuery(ResearcherProfileQuery, { slug });
  const r = data?.researcher;
  // Asked again when who is signed in changes (a session restored after the first answer, a
  // sign-out): an editor sees hidden profiles and their status, others do not.
  const viewerId = me?.id ?? null;
  const askedAs = useRef(viewerId);
  useEffect(() => {
    if (askedAs.current === viewerId) return;
    askedAs.current = viewerId;
    refetch();
  }, [viewerId, refetch]);
  useDocumentMeta(r ? r.fullName : r === null ? 'Fant ikke profilen' : 'Profil', r ? describe(r) : null);

  if (error) {
    return (
      <div className="page">
        <h1>Profil</h1>
        <ErrorMessage error={error} onRetry={refetch} />
      </div>
    );
  }
  if (loading && !data) return <Loading label="Henter profilen …" />;
  if (!r) {
    return (
      <div className="page">
        <h1>Fant ikke profilen</h1>
        <p>Profilen finnes ikke, eller den er ikke publisert i katalogen.</p>
        <p>
          <Link href="/">Søk etter en ekspert</Link>
        </p>
      </div>
    );
  }

  const who = byline(r.title, r.organization?.name);
  const facts: [string, string][] = [];
  if (r.region) facts.push(['Helseregion', REGION_LABELS[r.region]]);
  if (r.degree) facts.push(['Utdanning', DEGREE_LABELS[r.degree]]);
  if (r.languages.length) facts.push(['Språk', r.languages.map(languageLabel).join(', ')]);
  if (r.speakerFormats.length) facts.push(['Foredragsformat', r.speakerFormats.map((f) => SPEAKER_FORMAT_LABELS[f]).join(', ')]);
  if (r.travelRegions.length) facts.push(['Reiser til', r.travelRegions.map((t) => REGION_LABELS[t]).join(', ')]);
  const mediaNow = mediaAvailability(r.mediaAvailableUntil);

  return (
    <article className="profile" aria-labelledby="profil-navn">
      <p className="back-link">
        <Link href="/">← Til søket</Link>
      </p>
      <header className="profile__header">
        {r.photoUrl && <img className="portrait portrait--medium profile__portrait" src={r.photoUrl} alt={`Portrett av ${r.fullName}`} width={160} height={160} />}
        <h1 id="profil-navn">{r.fullName}</h1>
        {who && <p className="profile__byline">{who}</p>}
        {(r.availableAsSpeaker || r.availableForMedia || mediaNow || r.courseLeader) && (
          <ul className="badges" aria-label="Tilgjengelighet">
            {mediaNow && <li className="badge badge--now">{mediaNow}</li>}
            {r.availableAsSpeaker && <li className="badge">Tilgjengelig som foredragsholder</li>}
            {r.courseLeader && <li className="badge">Kursleder</li>}
            {r.availableForMedia && !mediaNow && <li className="badge">Tilgjengelig for media</li>}
          </ul>
        )}
      </header>

      <div className="profile__layout">
        <div className="profile__main">
          <section aria-labelledby="om-tittel">
            <h2 id="om-tittel">Om {r.fullName}</h2>
            {r.bio ? (
              r.bio
                .split(/\n\s*\n/)
                .filter((p) => p.trim())
                .map((p, i) => <p key={i}>{p.trim()}</p>)
            ) : (
              <p className="hint">Ingen beskrivelse ennå.</p>
            )}
          </section>
          {r.competenceAreas.length > 0 && (
            <section aria-labelledby="kompetanse-tittel">
              <h2 id="kompetanse-tittel">Kompetanseområder</h2>
              <AreaList areas={r.competenceAreas} />
            </section>
          )}
          {r.mediaTopics.length > 0 && (
            <section aria-labelledby="media-tittel">
              <h2 id="media-tittel">Kan kommentere</h2>
              <ul className="tags">
                {r.mediaTopics.map((k) => (
                  <li key={k} className="tag">
                    {k}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {r.speakerTopics.length > 0 && (
            <section aria-labelledby="foredrag-tittel">
              <h2 id="foredrag-tittel">Foredrag</h2>
              <ul>
                {r.speakerTopics.map((k) => (
                  <li key={k}>{k}</li>
                ))}
              </ul>
            </section>
          )}
          {r.keywords.length > 0 && (
            <section aria-labelledby="nokkelord-tittel">
              <h2 id="nokkelord-tittel">Nøkkelord</h2>
              <ul className="tags">
                {r.keywords.map((k) => (
                  <li key={k} className="tag">
                    {k}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {r.publications.length > 0 && (
            <section aria-labelledby="publikasjoner-tittel">
              <h2 id="publikasjoner-tittel">Utvalgte publikasjoner</h2>
              <PublicationList publications={r.publications} />
            </section>
          )}
          <section aria-labelledby="nettverk-tittel">
            <h2 id="nettverk-tittel">Nettverk og roller</h2>
            <MembershipList memberships={r.memberships} />
          </section>
        </div>

        <aside className="profile__side" aria-label="Fakta og kontakt">
          {facts.length > 0 && (
            <dl className="facts">
              {facts.map(([term, value]) => (
                <div key={term}>
                  <dt>{term}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
          )}
          <ContactSection researcher={r} />
          <p className="hint">Sist oppdatert {formatDate(r.updatedAt)}.</p>
          {r.lastConfirmedAt && <p className="hint">Sist bekreftet av eieren {formatDate(r.lastConfirmedAt)}.</p>}
        </aside>
      </div>
      {isEditor && <EditorProfilePanel profile={r} onChanged={refetch} />}
    </article>
  );
}

function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString('nb-NO', { day: 'numeric', month: 'long', year: 'numeric' });
}

function describe(r: ProfileData): string {
  const who = [r.title, r.organization?.name].filter(Boolean).join(', ');
  const areas = r.competenceAreas.map((a) => a.name).join(', ');
  return `${r.fullName}${who ? `, ${who}` : ''}.${areas ? ` Kompetanse: ${areas}.` : ''} Profil i Kompetansekatalogen for læring og mestring i helse.`;
}
