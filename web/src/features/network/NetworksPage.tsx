import { Link } from 'wouter';
import { useQuery } from '../../graphql/use-query';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { useDocumentMeta } from '../../ui/use-document-meta';
import { memberCountText } from './labels';
import { NetworksQuery } from './network-queries';
import './network.css';

export default function NetworksPage() {
  useDocumentMeta(
    'Nettverk',
    'Nettverkene til Nasjonal kompetansetjeneste for læring og mestring innen helse: hvem de er for, medlemmene og hvordan du søker medlemskap.',
  );
  const { data, error, loading, refetch } = useQuery(NetworksQuery, {});

  return (
    <div className="page networks-page">
      <h1>Nettverk</h1>
      <p className="lead">
        Kompetansetjenesten driver nettverk for forskere og fagfolk innen læring og mestring i helse. Her ser du hvem
        nettverkene er for, hvem som er med, og hvordan du søker om å bli medlem.
      </p>
      {error ? <ErrorMessage error={error} onRetry={refetch} /> : null}
      {loading && !data ? <Loading /> : null}
      {data && data.networks.length === 0 ? <p className="empty">Det er ingen nettverk ennå.</p> : null}
      {data && data.networks.length > 0 ? (
        <ul className="network-list">
          {data.networks.map((n) => (
            <li key={n.id} className="network-card">
              <h2 className="network-card__name">
                <Link href={`/nettverk/${encodeURIComponent(n.slug)}`}>{n.name}</Link>
              </h2>
              <p className="network-card__meta">
                {memberCountText(n.memberCount)} · {n.applicationsOpen ? 'Åpent for søknader' : 'Medlemmer oppnevnes'}
              </p>
              <p>{n.description}</p>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
