import { type FormEvent, useState } from 'react';
import { ApiRequestError, describeError } from '../../graphql/api-error';
import { request } from '../../graphql/client';
import { Field } from '../../ui/Field';
import { SubscribeMutation } from './admin-queries';

/** Anyone may ask for the newsletter; the address is confirmed by a link in a mail. */
export function NewsSubscribeForm({ networkSlug }: { networkSlug: string }) {
  const [email, setEmail] = useState('');
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | undefined>();

  async function subscribe(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    try {
      await request(SubscribeMutation, { network: networkSlug, email });
      setDone(true);
    } catch (err) {
      setError(err instanceof ApiRequestError ? (err.fieldErrors().email ?? err.message) : describeError(err));
    }
  }

  return (
    <section className="panel" aria-labelledby="abonner-tittel">
      <h2 id="abonner-tittel">Få nyhetsbrevet</h2>
      {done ? (
        <p role="status">Takk! Vi har sendt en e-post til {email}. Følg lenken i den for å bekrefte abonnementet.</p>
      ) : (
        <form onSubmit={subscribe} className="form" noValidate>
          <Field id="abonner-epost" label="E-postadresse" error={error}>
            {(p) => <input {...p} type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} />}
          </Field>
          <button type="submit" className="button">Abonner</button>
        </form>
      )}
    </section>
  );
}
