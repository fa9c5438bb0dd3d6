import { useState } from 'react';
import { useSearch } from 'wouter';
import { describeError } from '../../graphql/api-error';
import { request } from '../../graphql/client';
import { useDocumentMeta } from '../../ui/use-document-meta';
import { ConfirmSubscriptionMutation, UnsubscribeMutation } from './admin-queries';

/**
 * The pages the newsletter links open. Opening a page changes nothing (link scanners open
 * links too); the button does.
 */
function NewsTokenPage({ kind }: { kind: 'confirm' | 'unsubscribe' }) {
  const token = new URLSearchParams(useSearch()).get('token') ?? '';
  const [state, setState] = useState<'idle' | 'busy' | 'done'>('idle');
  const [error, setError] = useState<string | null>(null);
  const text =
    kind === 'confirm'
      ? { title: 'Bekreft abonnement', button: 'Bekreft abonnementet', done: 'Abonnementet er bekreftet. Du får nyhetsbrevet fra nå av.' }
      : { title: 'Meld deg av nyhetsbrevet', button: 'Meld meg av', done: 'Du er meldt av og får ikke flere nyhetsbrev fra dette nettverket.' };
  useDocumentMeta(text.title, null);

  async function act() {
    setState('busy');
    setError(null);
    try {
      if (kind === 'confirm') await request(ConfirmSubscriptionMutation, { token });
      else await request(UnsubscribeMutation, { token });
      setState('done');
    } catch (e) {
      setError(describeError(e));
      setState('idle');
    }
  }

  return (
    <div className="page">
      <h1>{text.title}</h1>
      {state === 'done' ? (
        <p role="status">{text.done}</p>
      ) : (
        <>
          {error ? <p className="form__error" role="alert">{error}</p> : null}
          <button type="button" className="button" disabled={state === 'busy' || !token} onClick={() => void act()}>
            {text.button}
          </button>
        </>
      )}
    </div>
  );
}

export function ConfirmNewsPage() {
  return <NewsTokenPage kind="confirm" />;
}

export function UnsubscribeNewsPage() {
  return <NewsTokenPage kind="unsubscribe" />;
}
