import { useState } from 'react';
import { Link } from 'wouter';
import { RequireSignIn } from '../../auth/RequireSignIn';
import { AbuseReports } from '../contact/AbuseReports';
import { useQuery } from '../../graphql/use-query';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { useDocumentMeta } from '../../ui/use-document-meta';
import { EditorQueuesQuery } from './editor-operations';
import { EditorNav } from './EditorNav';
import { ReviewCard } from './ReviewCard';
import { UnconfirmedCard } from './UnconfirmedCard';

export default function EditorPage() {
  useDocumentMeta('Redaksjon', 'Profiler som venter på vurdering, og profiler som ikke er bekreftet på ett år.');
  return (
    <RequireSignIn>
      <EditorQueues />
    </RequireSignIn>
  );
}

// The API decides who may see the queues: anyone else gets its refusal, in words.
function EditorQueues() {
  const { data, error, loading, refetch } = useQuery(EditorQueuesQuery, {});
  const [notice, setNotice] = useState('');
  const decided = (message: string) => {
    setNotice(message);
    refetch();
  };

  return (
    <div className="page page--medium">
      <EditorNav />
      <h1>Redaksjon</h1>
      <p><Link href="/redaksjon/nettverk">Administrer nettverkene</Link></p>
      <p role="status" className="ok-message">
        {notice}
      </p>
      {error ? (
        <ErrorMessage error={error} onRetry={refetch} />
      ) : loading && !data ? (
        <Loading label="Henter køen …" />
      ) : data ? (
        <>
          <section aria-labelledby="ko-tittel">
            <h2 id="ko-tittel">Venter på vurdering ({data.pendingProfiles.length})</h2>
            {data.pendingProfiles.length === 0 ? (
              <p className="empty">Ingen profiler venter på vurdering.</p>
            ) : (
              <ul className="review-list">
                {data.pendingProfiles.map((p) => (
                  <ReviewCard key={p.id} profile={p} onDecided={decided} />
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="ferskhet-tittel">
            <h2 id="ferskhet-tittel">Hvor oppdaterte er profilene?</h2>
            <dl className="facts">
              <div>
                <dt>Publiserte profiler</dt>
                <dd>{data.profileFreshness.published}</dd>
              </div>
              <div>
                <dt>Bekreftet siste 11 måneder</dt>
                <dd>{data.profileFreshness.current}</dd>
              </div>
              <div>
                <dt>11–12 måneder (første påminnelse sendt)</dt>
                <dd>{data.profileFreshness.firstReminder}</dd>
              </div>
              <div>
                <dt>12–13 måneder (andre påminnelse sendt)</dt>
                <dd>{data.profileFreshness.secondReminder}</dd>
              </div>
              <div>
                <dt>13 måneder eller mer (vises med dato, lavere i søk)</dt>
                <dd>{data.profileFreshness.stale}</dd>
              </div>
            </dl>
          </section>
          <section aria-labelledby="ubekreftet-tittel">
            <h2 id="ubekreftet-tittel">Ikke bekreftet på 12 måneder ({data.unconfirmedProfiles.length})</h2>
            <p className="hint">Publiserte profiler der eieren ikke har bekreftet at opplysningene er oppdaterte det siste året.</p>
            {data.unconfirmedProfiles.length === 0 ? (
              <p className="empty">Alle publiserte profiler er bekreftet det siste året.</p>
            ) : (
              <ul className="unconfirmed-list">
                {data.unconfirmedProfiles.map((p) => (
                  <UnconfirmedCard key={p.id} profile={p} />
                ))}
              </ul>
            )}
          </section>
          <AbuseReports />
        </>
      ) : null}
    </div>
  );
}
