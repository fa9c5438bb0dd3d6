import { useQuery } from '../../graphql/use-query';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { ApplicationCard } from './ApplicationCard';
import { PendingApplicationsQuery } from './membership-queries';

/** Applications awaiting a decision, for the network's coordinators and editors (the API decides who). */
export function PendingApplications({ networkSlug, onDecided }: { networkSlug: string; onDecided: () => void }) {
  const { data, error, loading, refetch } = useQuery(PendingApplicationsQuery, { network: networkSlug });
  const applications = data?.pendingApplications;

  return (
    <section className="panel panel--decide" aria-labelledby="soknader-tittel">
      <h2 id="soknader-tittel">
        Søknader til behandling{applications ? ` (${applications.length})` : ''}
      </h2>
      {error ? <ErrorMessage error={error} onRetry={refetch} /> : null}
      {loading && !data ? <Loading /> : null}
      {applications && applications.length === 0 ? <p className="empty">Ingen søknader venter på behandling.</p> : null}
      {applications && applications.length > 0 ? (
        <ul className="application-list">
          {applications.map((a) => (
            <ApplicationCard
              key={a.id}
              application={a}
              onDecided={() => {
                refetch();
                onDecided();
              }}
            />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
