import { Link } from 'wouter';
import { useQuery } from '../../graphql/use-query';
import { NetworkContactsQuery } from './profile-query';

/** "Reach them through the network": its coordinators (or project leaders), as profile links. */
export function NetworkContacts({ networks, self }: { networks: string[]; self: string }) {
  return (
    <ul className="network-contacts">
      {networks.map((slug) => (
        <NetworkContact key={slug} slug={slug} self={self} />
      ))}
    </ul>
  );
}

function NetworkContact({ slug, self }: { slug: string; self: string }) {
  const { data } = useQuery(NetworkContactsQuery, { slug });
  const network = data?.network;
  if (!network) return null;
  const people = [
    ...network.coordinators.map((m) => ({ ...m.researcher, role: 'koordinator' })),
    ...network.leaders.map((m) => ({ ...m.researcher, role: 'prosjektleder' })),
  ].filter((p) => p.slug !== self);
  if (people.length === 0) return null;
  return (
    <li>
      Gjennom {network.name}:{' '}
      {people.map((p, i) => (
        <span key={`${p.role}-${p.slug}`}>
          {i > 0 ? ', ' : ''}
          <Link href={`/forsker/${encodeURIComponent(p.slug)}`}>{p.fullName}</Link> ({p.role})
        </span>
      ))}
    </li>
  );
}
