import { useState } from 'react';
import { useLocation } from 'wouter';
import { useSession } from '../../auth/use-session';
import { request } from '../../graphql/client';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LogoutEverywhereMutation } from './my-profile-operations';

/** Ends every session of the account (a lost phone, a shared computer), this one included. */
export function LogoutEverywherePanel() {
  const { logout } = useSession();
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const logoutEverywhere = async () => {
    setBusy(true);
    setError(null);
    try {
      await request(LogoutEverywhereMutation, {});
    } catch (err) {
      setError(err);
      setBusy(false);
      return;
    }
    // To the login page first: signed out here, this page would send the person there anyway,
    // and without the message that says why.
    navigate('/logg-inn?utlogget=overalt', { replace: true });
    await logout();
  };

  return (
    <section className="panel" aria-labelledby="innlogging-tittel">
      <h2 id="innlogging-tittel">Innlogging</h2>
      <p>Har du vært logget inn på en delt maskin, eller mistet en telefon? Du kan logge ut på alle enheter, også denne.</p>
      {error != null && <ErrorMessage error={error} />}
      <button type="button" className="button button--secondary" disabled={busy} onClick={logoutEverywhere}>
        Logg ut overalt
      </button>
    </section>
  );
}
