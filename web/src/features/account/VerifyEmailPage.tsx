import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'wouter';
import { request } from '../../graphql/client';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { useDocumentMeta } from '../../ui/use-document-meta';
import { VerifyEmailMutation } from './password-operations';

/** Where the confirmation mail's link leads: /bekreft-epost?token=... */
export default function VerifyEmailPage() {
  useDocumentMeta('Bekreft e-postadressen');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [state, setState] = useState<{ done: boolean; error: unknown }>({ done: false, error: null });

  useEffect(() => {
    let current = true;
    request(VerifyEmailMutation, { token }, { anonymous: true }).then(
      () => current && setState({ done: true, error: null }),
      (error: unknown) => current && setState({ done: false, error }),
    );
    return () => {
      current = false;
    };
  }, [token]);

  return (
    <div className="page page--narrow">
      <h1>Bekreft e-postadressen</h1>
      {state.error != null ? (
        <ErrorMessage error={state.error} />
      ) : state.done ? (
        <p role="status">
          Takk! E-postadressen er bekreftet. <Link href="/min-profil">Gå til profilen din</Link>.
        </p>
      ) : (
        <Loading label="Bekrefter …" />
      )}
    </div>
  );
}
