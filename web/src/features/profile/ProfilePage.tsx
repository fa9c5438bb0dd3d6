import { Link } from 'wouter';
import { useQuery } from '../../graphql/use-query';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { useDocumentMeta } from '../../ui/use-document-meta';
import { ResearcherProfileQuery } from './profile-query';

export default function ProfilePage({ slug }: { slug: string }) {
  const { data, error, loading, refetch } = useQuery(ResearcherProfileQuery, { slug: decodeURIComponent(slug) });
  const r = data?.researcher;
  useDocumentMeta(r ? r.fullName : r === null ? 'Fant ikke profilen' : 'Profil', r ? describe(r) : null);

  if (error) return <div className="page"><h1>Profil</h1><ErrorMessage error={error} onRetry={refetch} /></div>;
  if (loading && !data) return <div className="page"><Loading /></div>;
  if (!r) {
    return (
      <div className="page">
        <h1>Fant ikke profilen</h1>
        <p>Profilen finnes ikke, eller den er ikke publisert.</p>
        <p><Link href="/">Søk etter en ekspert</Link></p>
      </div>
    );
  }
  return (
    <article className="page profile">
      <h1>{r.fullName}</h1>
      <p className="profile__byline">{[r.title, r.organization?.name].filter(Boolean).join(', ')}</p>
      {r.bio && <p>{r.bio}</p>}
    </article>
  );
}

function describe(r: { fullName: string; title?: string | null; organization?: { name: string } | null; competenceAreas: { name: string }[] }): string {
  const who = [r.title, r.organization?.name].filter(Boolean).join(', ');
  const areas = r.competenceAreas.map((a) => a.name).join(', ');
  return `${r.fullName}${who ? `, ${who}` : ''}.${areas ? ` Kompetanse: ${areas}.` : ''} Profil i Kompetansekatalogen.`;
}
