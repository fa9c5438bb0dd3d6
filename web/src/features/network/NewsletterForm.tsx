import { type FormEvent, useState } from 'react';
import { ApiRequestError, describeError } from '../../graphql/api-error';
import { request } from '../../graphql/client';
import { Field } from '../../ui/Field';
import { SendNewsletterMutation } from './admin-queries';

/** Write and send a newsletter to members who accept network mail and to confirmed subscribers. */
export function NewsletterForm({ networkSlug, onSent }: { networkSlug: string; onSent: (message: string) => void }) {
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function send(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setErrors({});
    setError(null);
    try {
      const res = await request(SendNewsletterMutation, { network: networkSlug, subject, body });
      const count = res.sendNetworkNewsletter.recipientCount ?? 0;
      onSent(`Nyhetsbrevet «${subject.trim()}» sendes til ${count} ${count === 1 ? 'mottaker' : 'mottakere'}.`);
      setSubject('');
      setBody('');
    } catch (err) {
      if (err instanceof ApiRequestError && Object.keys(err.fieldErrors()).length) setErrors(err.fieldErrors());
      else setError(describeError(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel admin-section" aria-labelledby="nyhetsbrev-tittel">
      <h2 id="nyhetsbrev-tittel">Send nyhetsbrev</h2>
      <form onSubmit={send} className="form" noValidate>
        <Field id="nyhetsbrev-emne" label="Emne" error={errors.subject}>
          {(p) => <input {...p} type="text" value={subject} onChange={(e) => setSubject(e.target.value)} maxLength={200} />}
        </Field>
        <Field id="nyhetsbrev-tekst" label="Tekst" error={errors.body}>
          {(p) => <textarea {...p} rows={8} value={body} onChange={(e) => setBody(e.target.value)} />}
        </Field>
        {error ? <p className="form__error" role="alert">{error}</p> : null}
        <button type="submit" className="button" disabled={busy}>Send nyhetsbrevet</button>
      </form>
    </section>
  );
}
