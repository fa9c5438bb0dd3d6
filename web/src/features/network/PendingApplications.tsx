import { useRef, useState } from 'react';
import { useQuery } from '../../graphql/use-query';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { ApplicationCard } from './ApplicationCard';
import { PendingApplicationsQuery } from './membership-queries';

/** Applications awaiting a decision, for the network's coordinators and editors (the API decides who). */
export function PendingApplications({ networkSlug, onDecided }: { networkSlug: string; onDecided: () => void }) {
  const { data, error, loading, refetch } = useQuery(PendingApplicationsQuery, { network: networkSlug });
  const applications = data?.pendingApplications;
  const heading = useRef<HTMLHeadingElement>(null);
  const [message, setMessage] = useState<string | null>(null);

  return (
    <section className="panel panel--decide" aria-labelledby="soknader-tittel">
      <h2 id="soknader-tittel" ref={heading} tabIndex={-1}>
        Søknader til behandling{applications ? ` (${applications.length})` : ''}
      </h2>
      <p role="status" className="decision-message">
        {message}
      </p>
      {error ? <ErrorMessage error={error} onRetry={refetch} /> : null}
      {loading && !data ? <Loading /> : null}
      {applications && applications.length === 0 ? <p className="empty">Ingen søknader venter på behandling.</p> : null}
      {applications && applications.length > 0 ? (
        <ul className="application-list">
          {applications.map((a) => (
            <ApplicationCard
              key={a.id}
              application={a}
              onDecided={(done) => {
                setMessage(done);
                refetch();
                onDecided();
                // The card is gone: keep the keyboard user in the list rather than at the top of the page.
                heading.current?.focus();
              }}
            />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
