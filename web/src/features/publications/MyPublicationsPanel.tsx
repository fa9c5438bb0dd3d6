import { type FormEvent, useEffect, useState } from 'react';
import type { MyPublicationFieldsFragment } from '../../gql/graphql';
import { request } from '../../graphql/client';
import { useQuery } from '../../graphql/use-query';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { Loading } from '../../ui/Loading';
import { toFormErrors, type FormErrors, NO_ERRORS } from '../account/form-errors';
import { PublicationCitation } from './PublicationCitation';
import {
  AddMyPublicationMutation,
  MyPublicationsQuery,
  OrderMyPublicationsMutation,
  RemoveMyPublicationMutation,
  ShowMyPublicationsMutation,
  UpdateMyPublicationMutation,
} from './publication-operations';
import './publications.css';

const MAX_SHOWN = 10;
const SOURCE_LABELS = { ORCID: 'Hentet fra ORCID', NVA: 'Hentet fra NVA', MANUAL: 'Lagt inn av deg' } as const;

/** The owner's publications: pick up to ten to show, order, correct, remove, add by hand. */
export function MyPublicationsPanel({ reloadKey }: { reloadKey: number }) {
  const query = useQuery(MyPublicationsQuery, {});
  const [list, setList] = useState<MyPublicationFieldsFragment[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const { refetch } = query;

  // An import elsewhere on the page adds publications: read them again.
  useEffect(() => {
    if (reloadKey > 0) {
      setList(null);
      refetch();
    }
  }, [reloadKey]);

  const publications = list ?? query.data?.me?.profile?.publications ?? null;
  if (query.error && !publications) return <ErrorMessage error={query.error} onRetry={refetch} />;

  const run = async (action: () => Promise<MyPublicationFieldsFragment[]>, message: string) => {
    setError(null);
    setNotice('');
    try {
      setList(await action());
      setNotice(message);
    } catch (err) {
      setError(err);
    }
  };
  const current = publications ?? [];
  const shownIds = current.filter((p) => p.shown).map((p) => p.id);
  const setShown = (id: string, on: boolean) =>
    run(
      async () => (await request(ShowMyPublicationsMutation, { ids: on ? [...shownIds, id] : shownIds.filter((s) => s !== id) })).showMyPublications,
      on ? 'Publikasjonen vises på profilen.' : 'Publikasjonen vises ikke lenger på profilen.',
    );
  const move = (index: number, by: -1 | 1) => {
    const ids = current.map((p) => p.id);
    [ids[index], ids[index + by]] = [ids[index + by], ids[index]];
    return run(async () => (await request(OrderMyPublicationsMutation, { ids })).orderMyPublications, 'Rekkefølgen er lagret.');
  };
  const remove = (p: MyPublicationFieldsFragment) =>
    run(async () => {
      await request(RemoveMyPublicationMutation, { id: p.id });
      return current.filter((x) => x.id !== p.id);
    }, `«${p.title}» er fjernet.`);

  return (
    <section className="panel" aria-labelledby="publikasjoner-tittel">
      <h2 id="publikasjoner-tittel">Mine publikasjoner</h2>
      <p>
        Velg opptil {MAX_SHOWN} som vises på den offentlige profilen. Nye publikasjoner vises så lenge det er plass; titlene du
        viser, er søkbare.
      </p>
      <p role="status" className="ok-message">
        {notice}
      </p>
      {error != null && <ErrorMessage error={error} />}
      {!publications ? (
        <Loading label="Henter publikasjonene dine …" />
      ) : publications.length === 0 ? (
        <p className="hint">Ingen publikasjoner ennå. Hent dem fra ORCID eller NVA, eller legg dem inn selv nedenfor.</p>
      ) : (
        <ol className="publication-list">
          {publications.map((p, i) => (
            <li key={p.id} className="publication-row">
              {editing === p.id ? (
                <PublicationForm
                  idPrefix={`rediger-${p.id}`}
                  initial={p}
                  submitLabel="Lagre publikasjonen"
                  onCancel={() => setEditing(null)}
                  onSubmit={async (input) => {
                    const updated = (await request(UpdateMyPublicationMutation, { id: p.id, input })).updateMyPublication;
                    setList(current.map((x) => (x.id === p.id ? updated : x)));
                    setEditing(null);
                    setNotice('Publikasjonen er lagret.');
                  }}
                />
              ) : (
                <>
                  <PublicationCitation publication={p} />
                  <span className="hint">{SOURCE_LABELS[p.source]}</span>
                  <label className="checkbox">
                    <input
                      type="checkbox"
                      checked={p.shown}
                      disabled={!p.shown && shownIds.length >= MAX_SHOWN}
                      onChange={(e) => void setShown(p.id, e.target.checked)}
                    />
                    Vis på profilen<span className="visually-hidden">: {p.title}</span>
                  </label>
                  <div className="publication-row__actions">
                    <button type="button" className="button button--secondary button--small" disabled={i === 0} onClick={() => void move(i, -1)}>
                      Flytt opp<span className="visually-hidden">: {p.title}</span>
                    </button>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      disabled={i === publications.length - 1}
                      onClick={() => void move(i, 1)}
                    >
                      Flytt ned<span className="visually-hidden">: {p.title}</span>
                    </button>
                    <button type="button" className="button button--secondary button--small" onClick={() => setEditing(p.id)}>
                      Rediger<span className="visually-hidden">: {p.title}</span>
                    </button>
                    <button type="button" className="button button--danger button--small" onClick={() => void remove(p)}>
                      Fjern<span className="visually-hidden">: {p.title}</span>
                    </button>
                  </div>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      <h3>Legg inn en publikasjon</h3>
      <PublicationForm
        idPrefix="ny-publikasjon"
        submitLabel="Legg til publikasjon"
        onSubmit={async (input) => {
          const added = (await request(AddMyPublicationMutation, { input })).addMyPublication;
          setList([added, ...current]);
          setNotice(`«${added.title}» er lagt til.`);
        }}
      />
    </section>
  );
}

interface PublicationValues {
  title: string;
  year: number | null;
  venue: string | null;
  doi: string | null;
  url: string | null;
}

const FIELDS = ['title', 'year', 'venue', 'doi', 'url'] as const;

function PublicationForm({
  idPrefix,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  idPrefix: string;
  initial?: Partial<PublicationValues>;
  submitLabel: string;
  onSubmit: (input: PublicationValues) => Promise<void>;
  onCancel?: () => void;
}) {
  const [values, setValues] = useState({
    title: initial?.title ?? '',
    year: initial?.year ? String(initial.year) : '',
    venue: initial?.venue ?? '',
    doi: initial?.doi ?? '',
    url: initial?.url ?? '',
  });
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const set = (field: keyof typeof values) => (e: { target: { value: string } }) => setValues({ ...values, [field]: e.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setErrors(NO_ERRORS);
    const year = values.year.trim();
    try {
      await onSubmit({
        title: values.title,
        year: year === '' ? null : /^\d+$/.test(year) ? Number(year) : -1,
        venue: values.venue || null,
        doi: values.doi || null,
        url: values.url || null,
      });
      if (!initial) setValues({ title: '', year: '', venue: '', doi: '', url: '' });
    } catch (err) {
      const found = toFormErrors(err, FIELDS);
      setErrors(found);
      const first = FIELDS.find((f) => found.fields[f]);
      if (first) document.getElementById(`${idPrefix}-${first}`)?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      {errors.form != null && <ErrorMessage error={errors.form} />}
      <Field id={`${idPrefix}-title`} label="Tittel" error={errors.fields.title}>
        {(p) => <input {...p} value={values.title} onChange={set('title')} />}
      </Field>
      <div className="field-row">
        <Field id={`${idPrefix}-year`} label="År" error={errors.fields.year}>
          {(p) => <input {...p} inputMode="numeric" value={values.year} onChange={set('year')} />}
        </Field>
        <Field id={`${idPrefix}-venue`} label="Tidsskrift, bok eller utgiver" error={errors.fields.venue}>
          {(p) => <input {...p} value={values.venue} onChange={set('venue')} />}
        </Field>
      </div>
      <Field id={`${idPrefix}-doi`} label="DOI" hint="For eksempel 10.1234/abcd" error={errors.fields.doi}>
        {(p) => <input {...p} value={values.doi} onChange={set('doi')} />}
      </Field>
      <Field id={`${idPrefix}-url`} label="Nettadresse" error={errors.fields.url}>
        {(p) => <input {...p} type="url" value={values.url} onChange={set('url')} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Avbryt
          </button>
        )}
      </div>
    </form>
  );
}
