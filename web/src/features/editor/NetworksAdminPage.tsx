import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { RequireSignIn } from '../../auth/RequireSignIn';
import type { AllNetworksQuery as AllNetworks } from '../../gql/graphql';
import { ApiRequestError, describeError } from '../../graphql/api-error';
import { request } from '../../graphql/client';
import { useQuery } from '../../graphql/use-query';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { Loading } from '../../ui/Loading';
import { useDocumentMeta } from '../../ui/use-document-meta';
import { AllNetworksQuery, ArchiveNetworkMutation, CreateNetworkMutation, UpdateNetworkMutation } from './network-admin-operations';

type Network = AllNetworks['networks'][number];

const EMPTY = { slug: '', name: '', description: '', criteria: '', applicationsOpen: true, asksResearchBackground: false, representsRegions: false };

export default function NetworksAdminPage() {
  useDocumentMeta('Nettverk – redaksjon', null);
  return (
    <RequireSignIn>
      <NetworksAdmin />
    </RequireSignIn>
  );
}

function NetworksAdmin() {
  const { data, error, loading, refetch } = useQuery(AllNetworksQuery, {});
  const [notice, setNotice] = useState('');
  const [editing, setEditing] = useState<Network | null>(null);
  const done = (message: string) => {
    setNotice(message);
    setEditing(null);
    refetch();
  };

  async function archive(n: Network) {
    try {
      await request(ArchiveNetworkMutation, { slug: n.slug });
      done(`${n.name} er arkivert.`);
    } catch (e) {
      setNotice(describeError(e));
    }
  }

  return (
    <div className="page page--medium">
      <p className="breadcrumb"><Link href="/redaksjon">Redaksjon</Link></p>
      <h1>Nettverk</h1>
      <p role="status" className="ok-message">{notice}</p>
      {error ? <ErrorMessage error={error} onRetry={refetch} /> : null}
      {loading && !data ? <Loading /> : null}
      {data ? (
        <ul className="application-list">
          {data.networks.map((n) => (
            <li key={n.id} className="application">
              <h2 className="application__name"><Link href={`/nettverk/${n.slug}`}>{n.name}</Link></h2>
              <p className="application__byline">
                {n.archivedAt ? 'Arkivert' : n.applicationsOpen ? 'Tar imot søknader' : 'Medlemmer oppnevnes'}
              </p>
              <div className="button-row">
                <Link className="button button--secondary" href={`/nettverk/${n.slug}/admin`}>Medlemmer og utsendelser for {n.name}</Link>
                <button type="button" className="button button--secondary" onClick={() => setEditing(n)}>Endre {n.name}</button>
                {!n.archivedAt ? (
                  <button type="button" className="button button--danger" onClick={() => void archive(n)}>Arkiver {n.name}</button>
                ) : null}
              </div>
              {editing?.id === n.id ? <NetworkForm network={n} onDone={done} /> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <section className="panel" aria-labelledby="nytt-nettverk-tittel">
        <h2 id="nytt-nettverk-tittel">Nytt nettverk</h2>
        <NetworkForm network={null} onDone={done} />
      </section>
    </div>
  );
}

function NetworkForm({ network, onDone }: { network: Network | null; onDone: (message: string) => void }) {
  const [form, setForm] = useState(network ? { ...EMPTY, ...network } : EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const set = (patch: Partial<typeof EMPTY>) => setForm((f) => ({ ...f, ...patch }));
  const prefix = network ? `nettverk-${network.slug}` : 'nytt-nettverk';

  async function save(e: FormEvent) {
    e.preventDefault();
    setErrors({});
    setError(null);
    const fields = {
      name: form.name,
      description: form.description,
      criteria: form.criteria,
      applicationsOpen: form.applicationsOpen,
      asksResearchBackground: form.asksResearchBackground,
      representsRegions: form.representsRegions,
    };
    try {
      if (network) await request(UpdateNetworkMutation, { slug: network.slug, input: fields });
      else await request(CreateNetworkMutation, { input: { ...fields, slug: form.slug } });
      onDone(network ? `${form.name.trim()} er lagret.` : `${form.name.trim()} er opprettet.`);
      if (!network) setForm(EMPTY);
    } catch (err) {
      if (err instanceof ApiRequestError && Object.keys(err.fieldErrors()).length) setErrors(err.fieldErrors());
      else setError(describeError(err));
    }
  }
  const fieldError = (name: string) => errors[`input.${name}`] ?? errors[name];
  const check = (key: 'applicationsOpen' | 'asksResearchBackground' | 'representsRegions', label: string) => (
    <div className="field">
      <input id={`${prefix}-${key}`} type="checkbox" checked={form[key]} onChange={(e) => set({ [key]: e.target.checked })} />{' '}
      <label htmlFor={`${prefix}-${key}`} style={{ display: 'inline' }}>{label}</label>
    </div>
  );

  return (
    <form onSubmit={save} className="form" noValidate>
      {!network ? (
        <Field id={`${prefix}-slug`} label="Kortnavn (i adressen)" hint="Små bokstaver, tall og bindestrek. Kan ikke endres senere." error={fieldError('slug')}>
          {(p) => <input {...p} type="text" value={form.slug} onChange={(e) => set({ slug: e.target.value })} />}
        </Field>
      ) : null}
      <Field id={`${prefix}-name`} label="Navn" error={fieldError('name')}>
        {(p) => <input {...p} type="text" value={form.name} onChange={(e) => set({ name: e.target.value })} />}
      </Field>
      <Field id={`${prefix}-description`} label="Beskrivelse" error={fieldError('description')}>
        {(p) => <textarea {...p} rows={4} value={form.description} onChange={(e) => set({ description: e.target.value })} />}
      </Field>
      <Field id={`${prefix}-criteria`} label="Hvem kan bli med" error={fieldError('criteria')}>
        {(p) => <textarea {...p} rows={3} value={form.criteria} onChange={(e) => set({ criteria: e.target.value })} />}
      </Field>
      {check('applicationsOpen', 'Tar imot søknader')}
      {check('asksResearchBackground', 'Søknaden må oppgi grad og forskningserfaring')}
      {check('representsRegions', 'Medlemmene representerer hver sin helseregion')}
      {error ? <p className="form__error" role="alert">{error}</p> : null}
      <button type="submit" className="button">{network ? `Lagre ${network.name}` : 'Opprett nettverket'}</button>
    </form>
  );
}
