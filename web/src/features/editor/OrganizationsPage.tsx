import { useState } from 'react';
import { RequireSignIn } from '../../auth/RequireSignIn';
import { request } from '../../graphql/client';
import { useQuery } from '../../graphql/use-query';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { useDocumentMeta } from '../../ui/use-document-meta';
import { EditorNav } from './EditorNav';
import { OrganizationEditor } from './OrganizationEditor';
import { OrganizationForm, toOrganizationInput } from './OrganizationForm';
import { CreateOrganizationMutation, EditorOrganizationsQuery } from './organization-operations';
import { useAction } from './use-action';

export default function OrganizationsPage() {
  useDocumentMeta('Organisasjoner', 'Legg til, endre og slå sammen organisasjoner, og godkjenn foreslåtte arbeidssteder.');
  return (
    <RequireSignIn>
      <Organizations />
    </RequireSignIn>
  );
}

const fold = (s: string) => s.toLocaleLowerCase('nb').normalize('NFKD').replace(/[\u0300-\u036f]/g, '');

function Organizations() {
  const { data, error, loading, refetch } = useQuery(EditorOrganizationsQuery, {});
  const create = useAction();
  const [notice, setNotice] = useState('');
  const [filter, setFilter] = useState('');
  const [formKey, setFormKey] = useState(0);
  const done = (message: string) => {
    setNotice(message);
    refetch();
  };
  const all = data?.organizations ?? [];
  const shown = filter
    ? all.filter((o) => [o.name, o.shortName ?? '', ...o.aliases].some((n) => fold(n).includes(fold(filter))))
    : all;

  return (
    <div className="page page--medium">
      <EditorNav />
      <h1>Organisasjoner</h1>
      <p role="status" className="ok-message">
        {notice}
      </p>
      {error ? (
        <ErrorMessage error={error} onRetry={refetch} />
      ) : loading && !data ? (
        <Loading label="Henter organisasjonene …" />
      ) : data ? (
        <>
          <section aria-labelledby="foreslatt">
            <h2 id="foreslatt">Foreslått av forskere ({data.proposedOrganizations.length})</h2>
            {data.proposedOrganizations.length === 0 ? (
              <p className="empty">Ingen forslag venter.</p>
            ) : (
              <ul className="plain-list">
                {data.proposedOrganizations.map((o) => (
                  <li key={o.id}>
                    <OrganizationEditor organization={o} all={all} onDone={done} />
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="alle-org">
            <h2 id="alle-org">Alle organisasjoner</h2>
            <div className="field">
              <label htmlFor="org-filter" className="field__label">
                Finn organisasjon
              </label>
              <input id="org-filter" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
            </div>
            <p>{shown.length === 1 ? '1 organisasjon' : `${shown.length} organisasjoner`}</p>
            <ul className="plain-list">
              {shown.map((o) => (
                <li key={`${o.id}-${o.name}-${o.aliases.join('|')}`}>
                  <OrganizationEditor organization={o} all={all} onDone={done} />
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="ny-org">
            <h2 id="ny-org">Ny organisasjon</h2>
            {create.error && Object.keys(create.fieldErrors).length === 0 ? <ErrorMessage error={create.error} /> : null}
            <OrganizationForm
              key={formKey}
              idPrefix="ny-org"
              initial={{ name: '', shortName: '', kind: '', region: '', aliases: '', parent: '' }}
              parents={all}
              submitLabel="Legg til"
              busy={create.busy}
              fieldErrors={create.fieldErrors}
              onSubmit={async (v) => {
                if (await create.run(() => request(CreateOrganizationMutation, { input: toOrganizationInput(v) }))) {
                  setFormKey((k) => k + 1);
                  done(`«${v.name}» er lagt til.`);
                }
              }}
            />
          </section>
        </>
      ) : null}
    </div>
  );
}
