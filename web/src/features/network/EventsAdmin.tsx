import { type FormEvent, useState } from 'react';
import type { NetworkEventsQuery } from '../../gql/graphql';
import { ApiRequestError, describeError } from '../../graphql/api-error';
import { request } from '../../graphql/client';
import { useQuery } from '../../graphql/use-query';
import { Field } from '../../ui/Field';
import { CreateNetworkEventMutation, DeleteNetworkEventMutation, NetworkEventsQuery as EventsQuery, UpdateNetworkEventMutation } from './admin-queries';
import { formatDateTime } from './EventList';

type NetworkEvent = NonNullable<NetworkEventsQuery['network']>['events'][number];

const EMPTY = { title: '', startsAt: '', place: '', digital: false, agenda: '', minutesText: '', minutesUrl: '' };

/** "2026-03-12T18:00" for a datetime-local field, in the browser's time zone. */
function localInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Plan meetings, add minutes afterwards, delete. */
export function EventsAdmin({ networkSlug, onChanged }: { networkSlug: string; onChanged: (message: string) => void }) {
  const { data, refetch } = useQuery(EventsQuery, { slug: networkSlug });
  const [editing, setEditing] = useState<NetworkEvent | null>(null);
  const [form, setForm] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const set = (patch: Partial<typeof EMPTY>) => setForm((f) => ({ ...f, ...patch }));

  function edit(e: NetworkEvent) {
    setEditing(e);
    setForm({
      title: e.title,
      startsAt: localInput(e.startsAt),
      place: e.place ?? '',
      digital: e.digital,
      agenda: e.agenda,
      minutesText: e.minutesText ?? '',
      minutesUrl: e.minutesUrl ?? '',
    });
  }

  async function save(ev: FormEvent) {
    ev.preventDefault();
    setErrors({});
    setError(null);
    const startsAt = form.startsAt ? new Date(form.startsAt) : null;
    if (!startsAt || Number.isNaN(startsAt.getTime())) {
      setErrors({ 'input.startsAt': 'Oppgi når møtet starter.' });
      return;
    }
    const input = {
      title: form.title,
      startsAt: startsAt.toISOString(),
      place: form.place.trim() || null,
      digital: form.digital,
      agenda: form.agenda,
      minutesText: form.minutesText.trim() || null,
      minutesUrl: form.minutesUrl.trim() || null,
    };
    try {
      if (editing) await request(UpdateNetworkEventMutation, { id: editing.id, input });
      else await request(CreateNetworkEventMutation, { network: networkSlug, input });
      onChanged(editing ? `Møtet «${form.title.trim()}» er endret.` : `Møtet «${form.title.trim()}» er lagt til.`);
      setEditing(null);
      setForm(EMPTY);
      refetch();
    } catch (err) {
      if (err instanceof ApiRequestError && Object.keys(err.fieldErrors()).length) setErrors(err.fieldErrors());
      else setError(describeError(err));
    }
  }

  async function remove(e: NetworkEvent) {
    try {
      await request(DeleteNetworkEventMutation, { id: e.id });
      onChanged(`Møtet «${e.title}» er slettet.`);
      refetch();
    } catch (err) {
      setError(describeError(err));
    }
  }

  const fieldError = (name: string) => errors[`input.${name}`] ?? errors[name];
  return (
    <section className="panel admin-section" aria-labelledby="motes-tittel">
      <h2 id="motes-tittel">Møter</h2>
      <ul className="admin-results">
        {(data?.network?.events ?? []).map((e) => (
          <li key={e.id}>
            <span><strong>{e.title}</strong> – {formatDateTime(e.startsAt)}</span>
            <span className="button-row">
              <button type="button" className="button button--secondary" onClick={() => edit(e)}>Endre {e.title}</button>
              <button type="button" className="button button--danger" onClick={() => void remove(e)}>Slett {e.title}</button>
            </span>
          </li>
        ))}
      </ul>
      <form onSubmit={save} className="form" noValidate aria-label={editing ? `Endre møtet ${editing.title}` : 'Nytt møte'}>
        <h3>{editing ? `Endre «${editing.title}»` : 'Nytt møte'}</h3>
        <Field id="mote-tittel" label="Tittel" error={fieldError('title')}>
          {(p) => <input {...p} type="text" value={form.title} onChange={(e) => set({ title: e.target.value })} />}
        </Field>
        <Field id="mote-tid" label="Starter" error={fieldError('startsAt')}>
          {(p) => <input {...p} type="datetime-local" value={form.startsAt} onChange={(e) => set({ startsAt: e.target.value })} />}
        </Field>
        <Field id="mote-sted" label="Sted" hint="Tomt hvis møtet bare er digitalt." error={fieldError('place')}>
          {(p) => <input {...p} type="text" value={form.place} onChange={(e) => set({ place: e.target.value })} />}
        </Field>
        <div className="field">
          <label>
            <input type="checkbox" checked={form.digital} onChange={(e) => set({ digital: e.target.checked })} /> Digitalt møte
          </label>
        </div>
        <Field id="mote-saksliste" label="Saksliste" error={fieldError('agenda')}>
          {(p) => <textarea {...p} rows={4} value={form.agenda} onChange={(e) => set({ agenda: e.target.value })} />}
        </Field>
        <Field id="mote-referat" label="Referat (tekst)" error={fieldError('minutesText')}>
          {(p) => <textarea {...p} rows={4} value={form.minutesText} onChange={(e) => set({ minutesText: e.target.value })} />}
        </Field>
        <Field id="mote-referat-lenke" label="Referat (lenke)" error={fieldError('minutesUrl')}>
          {(p) => <input {...p} type="url" value={form.minutesUrl} onChange={(e) => set({ minutesUrl: e.target.value })} />}
        </Field>
        {error ? <p className="form__error" role="alert">{error}</p> : null}
        <div className="button-row">
          <button type="submit" className="button">{editing ? 'Lagre møtet' : 'Legg til møtet'}</button>
          {editing ? (
            <button type="button" className="button button--secondary" onClick={() => (setEditing(null), setForm(EMPTY))}>Avbryt</button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
