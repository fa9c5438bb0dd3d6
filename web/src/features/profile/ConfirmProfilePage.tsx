import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'wouter';
import { request } from '../../graphql/client';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useDocumentMeta } from '../../ui/use-document-meta';
import { ConfirmProfileByTokenMutation } from './confirm-profile-operations';

/**
 * Where a reminder's link leads: /profil/bekreft?token=... The profile is confirmed by the
 * button, not on opening the page, since mail scanners open links and the link works once.
 */
export default function ConfirmProfilePage() {
  useDocumentMeta('Bekreft profilen din');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [state, setState] = useState<{ busy: boolean; done: boolean; error: unknown }>({ busy: false, done: false, error: null });

  const confirm = (event: FormEvent) => {
    event.preventDefault();
    setState({ busy: true, done: false, error: null });
    request(ConfirmProfileByTokenMutation, { token }, { anonymous: true }).then(
      () => setState({ busy: false, done: true, error: null }),
      (error: unknown) => setState({ busy: false, done: false, error }),
    );
  };

  return (
    <div className="page page--narrow">
      <h1>Er profilen din fortsatt riktig?</h1>
      {state.done ? (
        <p role="status">
          Takk! Profilen er bekreftet i dag. <Link href="/min-profil">Se eller endre profilen din</Link>.
        </p>
      ) : (
        <>
          <p>Bekreft at opplysningene i profilen din i Kompetansekatalogen fortsatt stemmer. Du trenger ikke logge inn.</p>
          {state.error != null && <ErrorMessage error={state.error} />}
          <form onSubmit={confirm}>
            <button type="submit" className="button" disabled={state.busy || !token}>
              Ja, profilen er riktig
            </button>
          </form>
          <p>
            <Link href="/min-profil">Nei, jeg vil endre profilen min</Link>
          </p>
        </>
      )}
    </div>
  );
}
