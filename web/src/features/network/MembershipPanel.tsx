import { useState } from 'react';
import { Link } from 'wouter';
import type { MyMembershipsQuery } from '../../gql/graphql';
import { describeError } from '../../graphql/api-error';
import { request } from '../../graphql/client';
import { useQuery } from '../../graphql/use-query';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { ApplicationForm } from './ApplicationForm';
import { formatDate, ROLE_LABELS } from './labels';
import { LeaveNetworkMutation, MyMembershipsQuery as MyMembershipsDocument } from './membership-queries';

type Membership = NonNullable<NonNullable<MyMembershipsQuery['me']>['profile']>['memberships'][number];

interface Props {
  network: { slug: string; name: string; applicationsOpen: boolean; asksResearchBackground: boolean };
  signedIn: boolean;
  /** Where the login page should send the person back to. */
  loginHref: string;
  /** Called after applying or leaving, so the page shows the new member list. */
  onChanged: () => void;
}

/** The viewer's standing in the network: a prompt to log in, the application form, or their status. */
export function MembershipPanel({ network, signedIn, loginHref, onChanged }: Props) {
  if (!signedIn) {
    return (
      <section className="panel" aria-labelledby="medlemskap-tittel">
        <h2 id="medlemskap-tittel">Bli med</h2>
        {network.applicationsOpen ? (
          <p>
            <Link href={loginHref}>Logg inn</Link> for å søke om medlemskap. Du trenger en forskerprofil i
            Kompetansekatalogen.
          </p>
        ) : (
          <p>Nettverket tar ikke imot søknader. Medlemmene oppnevnes.</p>
        )}
      </section>
    );
  }
  return <SignedInPanel network={network} onChanged={onChanged} />;
}

function SignedInPanel({ network, onChanged }: Pick<Props, 'network' | 'onChanged'>) {
  const { data, error, loading, refetch } = useQuery(MyMembershipsDocument, {});
  const changed = () => {
    refetch();
    onChanged();
  };

  let body;
  if (error) body = <ErrorMessage error={error} onRetry={refetch} />;
  else if (loading && !data) body = <Loading />;
  else if (!data?.me?.profile) {
    body = (
      <p>
        Du trenger en forskerprofil for å søke om medlemskap. <Link href="/min-profil">Lag profilen din</Link>.
      </p>
    );
  } else {
    const profile = data.me.profile;
    const mine = profile.memberships
      .filter((m) => m.network.slug === network.slug)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    const open = mine.find((m) => m.status === 'PENDING' || m.status === 'ACTIVE');
    const latest = open ?? mine[0];
    body = (
      <>
        {latest && <MembershipStatus membership={latest} networkSlug={network.slug} onChanged={changed} />}
        {!open && network.applicationsOpen && (
          <ApplicationForm
            networkSlug={network.slug}
            networkName={network.name}
            asksResearchBackground={network.asksResearchBackground}
            profileDegree={profile.degree}
            onApplied={changed}
          />
        )}
        {!open && !network.applicationsOpen && <p>Nettverket tar ikke imot søknader. Medlemmene oppnevnes.</p>}
        {profile.status !== 'PUBLISHED' && (open || network.applicationsOpen) && (
          <p className="hint">
            Profilen din er ikke publisert ennå. Du vises i medlemslisten først når den er publisert.
          </p>
        )}
      </>
    );
  }

  return (
    <section className="panel" aria-labelledby="medlemskap-tittel">
      <h2 id="medlemskap-tittel">Ditt medlemskap</h2>
      {body}
    </section>
  );
}

function MembershipStatus({
  membership: m,
  networkSlug,
  onChanged,
}: {
  membership: Membership;
  networkSlug: string;
  onChanged: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function leave() {
    setBusy(true);
    setError(null);
    try {
      await request(LeaveNetworkMutation, { network: networkSlug });
      setConfirming(false);
      onChanged();
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  }

  const pending = m.status === 'PENDING';
  const leaveLabel = pending ? 'Trekk søknaden' : 'Meld deg ut';
  return (
    <div className={`membership-status membership-status--${m.status.toLowerCase()}`}>
      <p className="membership-status__text" role="status">
        <strong>{statusText(m)}</strong>
      </p>
      {m.decisionNote && (m.status === 'DECLINED' || m.status === 'ACTIVE') && (
        <p>Merknad fra nettverket: {m.decisionNote}</p>
      )}
      {m.endNote && m.status === 'ENDED' && <p>Begrunnelse: {m.endNote}</p>}
      {(m.status === 'DECLINED' || m.status === 'ENDED') && <p className="hint">Du kan søke på nytt nedenfor.</p>}
      {(pending || m.status === 'ACTIVE') &&
        (confirming ? (
          <div className="confirm" role="group" aria-label={leaveLabel}>
            <p>{pending ? 'Vil du trekke søknaden?' : 'Vil du melde deg ut av nettverket?'}</p>
            <button type="button" className="button button--danger" onClick={leave} disabled={busy}>
              {pending ? 'Ja, trekk søknaden' : 'Ja, meld meg ut'}
            </button>{' '}
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)} disabled={busy}>
              Avbryt
            </button>
          </div>
        ) : (
          <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
            {leaveLabel}
          </button>
        ))}
      {error && (
        <p className="form__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function statusText(m: Membership): string {
  switch (m.status) {
    case 'PENDING':
      return `Søknaden din er til behandling (sendt ${formatDate(m.createdAt)}).`;
    case 'ACTIVE':
      return `Du er medlem${m.role !== 'MEMBER' ? ` (${ROLE_LABELS[m.role].toLowerCase()})` : ''}${m.startedOn ? ` siden ${formatDate(m.startedOn)}` : ''}.`;
    case 'DECLINED':
      return `Søknaden din ble avslått${m.decidedAt ? ` ${formatDate(m.decidedAt)}` : ''}.`;
    case 'ENDED':
      // Withdrawing an application also ends it, before it ever started.
      if (!m.startedOn) return `Du trakk søknaden din${m.endedOn ? ` ${formatDate(m.endedOn)}` : ''}.`;
      return `Medlemskapet ditt ble avsluttet${m.endedOn ? ` ${formatDate(m.endedOn)}` : ''}.`;
  }
}
