import { Link, useSearch } from 'wouter';
import { useQuery } from '../../graphql/use-query';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { useDocumentMeta } from '../../ui/use-document-meta';
import { type Grouping, parseGrouping } from './group-members';
import { EventList } from './EventList';
import { formatDate, memberCountText, REGION_LABELS } from './labels';
import { NewsSubscribeForm } from './NewsSubscribeForm';
import './network.css';
import { MemberList } from './MemberList';
import { MembershipPanel } from './MembershipPanel';
import { MEMBER_PAGE_SIZE, NetworkPageQuery } from './network-queries';
import { PendingApplications } from './PendingApplications';
import { loginHref, useNetworkViewer } from './use-network-viewer';

export default function NetworkPage({ slug }: { slug: string }) {
  const viewer = useNetworkViewer();
  // Wait for a stored session, else the page would first be fetched as if signed out.
  if (!viewer.ready) return <div className="page"><Loading /></div>;
  // A new viewer (signed in or out) gets a fresh page: what they may see differs.
  return <NetworkPageFor key={viewer.sessionKey} slug={decodeURIComponent(slug)} signedIn={viewer.signedIn} />;
}

function NetworkPageFor({ slug, signedIn }: { slug: string; signedIn: boolean }) {
  const search = useSearch();
  const grouping = parseGrouping(search);
  const pageNumber = parsePage(search);
  const { data, error, loading, refetch } = useQuery(NetworkPageQuery, {
    slug,
    first: MEMBER_PAGE_SIZE,
    offset: (pageNumber - 1) * MEMBER_PAGE_SIZE,
  });
  const n = data?.network;
  useDocumentMeta(n ? n.name : n === null ? 'Fant ikke nettverket' : 'Nettverk', n ? describe(n) : null);

  if (error && !data) {
    return (
      <div className="page">
        <h1>Nettverk</h1>
        <ErrorMessage error={error} onRetry={refetch} />
      </div>
    );
  }
  if (!n) {
    if (loading || !data) return <div className="page"><Loading /></div>;
    return (
      <div className="page">
        <h1>Fant ikke nettverket</h1>
        <p>Nettverket finnes ikke, eller adressen er skrevet feil.</p>
        <p><Link href="/nettverk">Se alle nettverkene</Link></p>
      </div>
    );
  }

  const path = `/nettverk/${encodeURIComponent(n.slug)}`;
  const pages = Math.max(1, Math.ceil(n.memberCount / MEMBER_PAGE_SIZE));
  const href = (g: Grouping, p: number) => {
    const params = new URLSearchParams();
    if (g === 'region') params.set('vis', 'region');
    if (p > 1) params.set('side', String(p));
    const query = params.toString();
    return query ? `${path}?${query}` : path;
  };

  return (
    <article className="page network">
      <p className="breadcrumb"><Link href="/nettverk">Alle nettverk</Link></p>
      <h1>{n.name}</h1>
      {n.archivedAt ? <p className="notice">Nettverket ble arkivert {formatDate(n.archivedAt)} og er ikke lenger aktivt.</p> : null}
      <p className="lead">{n.description}</p>
      {n.viewerCanDecide ? (
        <p><Link href={`${path}/admin`}>Administrer nettverket</Link></p>
      ) : null}

      <div className="network__columns">
        <section aria-labelledby="kriterier-tittel" className="network__criteria">
          <h2 id="kriterier-tittel">Hvem kan bli med</h2>
          <p>{n.criteria}</p>
        </section>
        <MembershipPanel network={n} signedIn={signedIn} loginHref={loginHref(path)} onChanged={refetch} />
      </div>

      {n.representsRegions ? (
        <section aria-labelledby="regioner-tittel" className="network__regions">
          <h2 id="regioner-tittel">Representasjon fra helseregionene</h2>
          {n.regionsWithoutRepresentative.length === 0 ? (
            <p>Alle helseregionene er representert.</p>
          ) : (
            <>
              <p>Disse helseregionene mangler representant:</p>
              <ul>
                {n.regionsWithoutRepresentative.map((r) => <li key={r}>{REGION_LABELS[r]}</li>)}
              </ul>
            </>
          )}
        </section>
      ) : null}

      {n.viewerCanDecide && <PendingApplications networkSlug={n.slug} onDecided={refetch} />}

      <section aria-labelledby="medlemmer-tittel" aria-busy={loading} className="network__members">
        <h2 id="medlemmer-tittel">Medlemsliste ({n.memberCount.toLocaleString('nb-NO')})</h2>
        {error ? <ErrorMessage error={error} onRetry={refetch} /> : null}
        {n.memberCount > 0 && (
          <nav aria-label="Vis medlemmene" className="view-switch">
            <span className="view-switch__label">Vis etter:</span>
            <Link href={href('rolle', pageNumber)} aria-current={grouping === 'rolle' ? 'true' : undefined}>
              Rolle
            </Link>
            <Link href={href('region', pageNumber)} aria-current={grouping === 'region' ? 'true' : undefined}>
              Helseregion
            </Link>
          </nav>
        )}
        <MemberList members={n.members} grouping={grouping} />
        {pages > 1 && (
          <nav aria-label="Sider i medlemslisten" className="pager">
            {pageNumber > 1 ? <Link href={href(grouping, pageNumber - 1)}>Forrige side</Link> : <span />}
            <span>
              Side {pageNumber} av {pages}
            </span>
            {pageNumber < pages ? <Link href={href(grouping, pageNumber + 1)}>Neste side</Link> : <span />}
          </nav>
        )}
      </section>

      <section aria-labelledby="moter-tittel" className="network__events">
        <h2 id="moter-tittel">Møter</h2>
        <h3>Kommende møter</h3>
        <EventList events={n.upcomingEvents} empty="Ingen møter er planlagt." />
        <h3>Tidligere møter</h3>
        <EventList events={n.pastEvents} empty="Ingen tidligere møter." />
      </section>

      <section aria-labelledby="nyhetsbrev-arkiv-tittel" className="network__news">
        <h2 id="nyhetsbrev-arkiv-tittel">Nyhetsbrev</h2>
        {n.newsletters.length === 0 ? <p className="empty">Ingen nyhetsbrev er sendt ennå.</p> : null}
        {n.newsletters.map((letter) => (
          <details key={letter.id} className="newsletter">
            <summary>{letter.subject} ({formatDate(letter.createdAt)})</summary>
            <p className="application__text">{letter.body}</p>
          </details>
        ))}
        {!n.archivedAt ? <NewsSubscribeForm networkSlug={n.slug} /> : null}
      </section>
    </article>
  );
}

function parsePage(search: string): number {
  const page = Number.parseInt(new URLSearchParams(search).get('side') ?? '1', 10);
  return Number.isFinite(page) && page > 0 ? page : 1;
}

function describe(n: { name: string; description: string; memberCount: number }): string {
  const text = `${n.name}: ${n.description}`;
  const short = text.length > 200 ? `${text.slice(0, 197).replace(/\s+\S*$/, '')} …` : text;
  return `${short} ${memberCountText(n.memberCount)}.`;
}
