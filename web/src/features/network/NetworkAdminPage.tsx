import { useRef, useState } from 'react';
import { Link } from 'wouter';
import { useQuery } from '../../graphql/use-query';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { useDocumentMeta } from '../../ui/use-document-meta';
import { NetworkAdminQuery } from './admin-queries';
import { AppointMember } from './AppointMember';
import { EventsAdmin } from './EventsAdmin';
import { REGION_LABELS } from './labels';
import { MailingListPanel } from './MailingListPanel';
import { MemberHistory } from './MemberHistory';
import './network.css';
import { NewsletterForm } from './NewsletterForm';
import { PendingApplications } from './PendingApplications';
import { loginHref, useNetworkViewer } from './use-network-viewer';

/** The coordinator's workspace: appoint, roles, end, history, applications, mailing list, newsletters, meetings. */
export default function NetworkAdminPage({ slug }: { slug: string }) {
  const viewer = useNetworkViewer();
  if (!viewer.ready) return <div className="page"><Loading /></div>;
  return <AdminFor key={viewer.sessionKey} slug={decodeURIComponent(slug)} signedIn={viewer.signedIn} />;
}

function AdminFor({ slug, signedIn }: { slug: string; signedIn: boolean }) {
  const path = `/nettverk/${encodeURIComponent(slug)}`;
  const { data, error, loading, refetch } = useQuery(NetworkAdminQuery, { slug }, { skip: !signedIn });
  const [message, setMessage] = useState<string | null>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const n = data?.network;
  useDocumentMeta(n ? `Administrer ${n.name}` : 'Administrer nettverk', null);

  if (!signedIn) {
    return (
      <div className="page">
        <h1>Administrer nettverk</h1>
        <p><Link href={loginHref(`${path}/admin`)}>Logg inn</Link> for å administrere nettverket.</p>
      </div>
    );
  }
  if (error && !data) {
    return (
      <div className="page">
        <h1>Administrer nettverk</h1>
        <ErrorMessage error={error} onRetry={refetch} />
        <p><Link href={path}>Til nettverkets side</Link></p>
      </div>
    );
  }
  if (!n || !data) return <div className="page">{loading ? <Loading /> : <h1>Fant ikke nettverket</h1>}</div>;

  const changed = (text: string) => {
    setMessage(text);
    refetch();
  };
  return (
    <article className="page network-admin">
      <p className="breadcrumb"><Link href={path}>{n.name}</Link></p>
      <h1>Administrer {n.name}</h1>
      <p role="status" ref={status} className="decision-message">{message}</p>
      {n.representsRegions ? (
        <p>
          {n.regionsWithoutRepresentative.length === 0
            ? 'Alle helseregionene er representert.'
            : `Helseregioner uten representant: ${n.regionsWithoutRepresentative.map((r) => REGION_LABELS[r]).join(', ')}.`}
        </p>
      ) : null}
      <AppointMember networkSlug={n.slug} onAppointed={changed} />
      <PendingApplications networkSlug={n.slug} onDecided={refetch} />
      <MemberHistory memberships={data.networkMemberships} onChanged={changed} />
      <MailingListPanel networkSlug={n.slug} />
      <NewsletterForm networkSlug={n.slug} onSent={changed} />
      <EventsAdmin networkSlug={n.slug} onChanged={changed} />
    </article>
  );
}
