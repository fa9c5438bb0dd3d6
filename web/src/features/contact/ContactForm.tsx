import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { ContactPurpose } from '../../gql/graphql';
import { ApiRequestError, describeError } from '../../graphql/api-error';
import { request } from '../../graphql/client';
import { ContactResearcherMutation } from './contact-operations';
import { PURPOSE_LABELS, PURPOSE_ORDER } from './labels';

interface Props {
  researcherId: string;
  researcherName: string;
  purposes: ContactPurpose[];
}

type Outcome =
  | { kind: 'sent' }
  | { kind: 'check-inbox'; email: string }
  | { kind: 'limited'; message: string }
  | { kind: 'refused'; message: string };

const FIELDS = ['senderName', 'senderEmail', 'senderOrganization', 'purpose', 'subject', 'message', 'deadline'];

/**
 * Write to a researcher without learning her address: the site sends the message on, and her
 * answer comes straight to the sender. The API decides everything; the form shows its answer.
 */
export function ContactForm({ researcherId, researcherName, purposes }: Props) {
  const id = useId();
  const offered = PURPOSE_ORDER.filter((p) => purposes.includes(p));
  const [values, setValues] = useState({
    senderName: '',
    senderEmail: '',
    senderOrganization: '',
    purpose: offered[0] ?? '',
    subject: '',
    message: '',
    deadline: '',
  });
  // Left empty by people; bots that fill every field give themselves away.
  const [honeypot, setHoneypot] = useState('');
  const [busy, setBusy] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const first = FIELDS.find((f) => fieldErrors[f]);
    if (first) document.getElementById(`${id}-${first}`)?.focus();
  }, [fieldErrors, id]);
  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);

  const set = (field: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: e.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (honeypot) {
      setOutcome({ kind: 'sent' });
      return;
    }
    setBusy(true);
    setFieldErrors({});
    setFormError(null);
    try {
      const { contactResearcher } = await request(
        ContactResearcherMutation,
        {
          researcher: researcherId,
          input: {
            senderName: values.senderName,
            senderEmail: values.senderEmail,
            senderOrganization: values.senderOrganization || null,
            purpose: values.purpose as ContactPurpose,
            subject: values.subject,
            message: values.message,
            deadline: values.deadline ? new Date(values.deadline).toISOString() : null,
          },
        },
      );
      setOutcome(contactResearcher.status === 'SENT' ? { kind: 'sent' } : { kind: 'check-inbox', email: values.senderEmail });
    } catch (error) {
      if (error instanceof ApiRequestError && error.find('RATE_LIMITED')) {
        setOutcome({ kind: 'limited', message: describeError(error) });
        return;
      }
      const byField = error instanceof ApiRequestError ? error.fieldErrors() : {};
      if (byField.researcher) {
        setOutcome({ kind: 'refused', message: byField.researcher });
        return;
      }
      setFieldErrors(byField);
      if (!FIELDS.some((f) => byField[f])) setFormError(describeError(error));
    } finally {
      setBusy(false);
    }
  }

  if (outcome) {
    return (
      <div className="contact-outcome" role="status" tabIndex={-1} ref={outcomeRef}>
        {outcome.kind === 'sent' && (
          <p>
            <strong>Meldingen er sendt.</strong> {researcherName} får den på e-post, og svaret kommer direkte til deg. Du får en
            kopi på e-post.
          </p>
        )}
        {outcome.kind === 'check-inbox' && (
          <p>
            <strong>Sjekk e-posten din.</strong> Vi har sendt en lenke til {outcome.email}. Følg den innen 24 timer, så sender vi
            meldingen. Etterpå går meldinger fra denne adressen rett fram i 30 dager.
          </p>
        )}
        {outcome.kind === 'limited' && (
          <p>
            <strong>Meldingen ble ikke sendt.</strong> {outcome.message}
          </p>
        )}
        {outcome.kind === 'refused' && (
          <p>
            <strong>Meldingen ble ikke sendt.</strong> {outcome.message}
          </p>
        )}
        {(outcome.kind === 'limited' || outcome.kind === 'refused') && (
          <button type="button" className="button button--secondary" onClick={() => setOutcome(null)}>
            Tilbake til skjemaet
          </button>
        )}
      </div>
    );
  }

  const control = (field: string) => ({
    id: `${id}-${field}`,
    'aria-invalid': fieldErrors[field] ? (true as const) : undefined,
    'aria-describedby': fieldErrors[field] ? `${id}-${field}-feil` : undefined,
  });
  const error = (field: string) =>
    fieldErrors[field] ? (
      <p className="field__error" id={`${id}-${field}-feil`}>
        {fieldErrors[field]}
      </p>
    ) : null;

  return (
    <form className="form contact-form" onSubmit={submit} noValidate aria-labelledby={`${id}-tittel`}>
      <h3 id={`${id}-tittel`}>Send en melding til {researcherName}</h3>
      <p className="hint">
        Vi sender meldingen videre. Adressen til {researcherName} vises ikke; svarer hun eller han, kommer svaret til e-postadressen
        din.
      </p>
      <div className="field">
        <label htmlFor={`${id}-senderName`}>Navnet ditt</label>
        <input {...control('senderName')} autoComplete="name" maxLength={100} value={values.senderName} onChange={set('senderName')} />
        {error('senderName')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-senderEmail`}>E-postadressen din</label>
        <input {...control('senderEmail')} type="email" autoComplete="email" maxLength={254} value={values.senderEmail} onChange={set('senderEmail')} />
        {error('senderEmail')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-senderOrganization`}>Redaksjon eller organisasjon (valgfritt)</label>
        <input {...control('senderOrganization')} autoComplete="organization" maxLength={150} value={values.senderOrganization} onChange={set('senderOrganization')} />
        {error('senderOrganization')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-purpose`}>Hva gjelder det?</label>
        <select {...control('purpose')} value={values.purpose} onChange={set('purpose')}>
          {offered.map((p) => (
            <option key={p} value={p}>
              {PURPOSE_LABELS[p]}
            </option>
          ))}
        </select>
        {error('purpose')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-subject`}>Emne</label>
        <input {...control('subject')} maxLength={150} value={values.subject} onChange={set('subject')} />
        {error('subject')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-message`}>Melding</label>
        <textarea {...control('message')} rows={6} maxLength={5000} value={values.message} onChange={set('message')} />
        {error('message')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-deadline`}>Frist (valgfritt)</label>
        <input {...control('deadline')} type="datetime-local" value={values.deadline} onChange={set('deadline')} />
        {error('deadline')}
      </div>
      <div className="visually-hidden" aria-hidden="true">
        <label htmlFor={`${id}-website`}>Ikke fyll ut dette feltet</label>
        <input id={`${id}-website`} name="website" tabIndex={-1} autoComplete="off" value={honeypot} onChange={(e) => setHoneypot(e.target.value)} />
      </div>
      {formError && (
        <p className="form__error" role="alert">
          {formError}
        </p>
      )}
      <button type="submit" className="button" disabled={busy}>
        {busy ? 'Sender …' : 'Send melding'}
      </button>
    </form>
  );
}
