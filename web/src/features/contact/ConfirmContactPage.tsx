import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'wouter';
import { request } from '../../graphql/client';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { useDocumentMeta } from '../../ui/use-document-meta';
import { ConfirmContactSenderMutation } from './contact-operations';

/** Where the link in the sender's confirmation mail leads: /kontakt/bekreft?token=… */
export default function ConfirmContactPage() {
  useDocumentMeta('Bekreft og send meldingen');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [state, setState] = useState<{ done: boolean; error: unknown }>({ done: false, error: null });

  useEffect(() => {
    let current = true;
    request(ConfirmContactSenderMutation, { token }, { anonymous: true }).then(
      () => current && setState({ done: true, error: null }),
      (error: unknown) => current && setState({ done: false, error }),
    );
    return () => {
      current = false;
    };
  }, [token]);

  return (
    <div className="page page--narrow">
      <h1>Bekreft og send meldingen</h1>
      {state.error != null ? (
        <ErrorMessage error={state.error} />
      ) : state.done ? (
        <p role="status">
          <strong>Meldingen er sendt.</strong> Takk for at du bekreftet e-postadressen. Svaret kommer direkte til deg, og de neste
          30 dagene går meldinger fra denne adressen rett fram. <Link href="/">Tilbake til søket</Link>.
        </p>
      ) : (
        <Loading label="Sender meldingen …" />
      )}
    </div>
  );
}
