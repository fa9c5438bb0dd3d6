import { useState, type FormEvent } from 'react';
import { RequireSignIn } from '../../auth/RequireSignIn';
import { request } from '../../graphql/client';
import { useQuery } from '../../graphql/use-query';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { Loading } from '../../ui/Loading';
import { useDocumentMeta } from '../../ui/use-document-meta';
import { EditorNav } from './EditorNav';
import { RemoveSearchSynonymMutation, SearchSynonymsQuery, SetSearchSynonymMutation } from './synonym-operations';
import { useAction } from './use-action';

export default function SynonymsPage() {
  useDocumentMeta('Synonymer i søket', 'Ord og forkortelser som søket skal behandle som det samme.');
  return (
    <RequireSignIn>
      <Synonyms />
    </RequireSignIn>
  );
}

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

function Synonyms() {
  const { data, error, loading, refetch } = useQuery(SearchSynonymsQuery, {});
  const action = useAction();
  const [notice, setNotice] = useState('');
  const [term, setTerm] = useState('');
  const [expansions, setExpansions] = useState('');

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (await action.run(() => request(SetSearchSynonymMutation, { term, expansions: lines(expansions) }))) {
      setNotice(`Et søk etter «${term.trim()}» finner nå også ${lines(expansions).map((x) => `«${x}»`).join(', ')}.`);
      setTerm('');
      setExpansions('');
      refetch();
    }
  };
  const remove = async (t: string) => {
    if (await action.run(() => request(RemoveSearchSynonymMutation, { term: t }))) {
      setNotice(`«${t}» er fjernet.`);
      refetch();
    }
  };
  const edit = (t: string, x: string[]) => {
    setTerm(t);
    setExpansions(x.join('\n'));
    document.getElementById('synonym-ord')?.focus();
  };

  return (
    <div className="page page--medium">
      <EditorNav />
      <h1>Synonymer i søket</h1>
      <p className="lead">Et søk etter ordet finner også synonymene, og omvendt. Endringer gjelder fra neste søk.</p>
      <p role="status" className="ok-message">
        {notice}
      </p>
      <form onSubmit={save}>
        {action.error && Object.keys(action.fieldErrors).length === 0 ? <ErrorMessage error={action.error} /> : null}
        <Field id="synonym-ord" label="Søkeord" hint="For eksempel KOLS eller LMS." error={action.fieldErrors.term}>
          {(control) => <input type="text" {...control} value={term} onChange={(e) => setTerm(e.target.value)} required maxLength={100} />}
        </Field>
        <Field id="synonym-utvidelser" label="Synonymer, ett per linje" hint="Erstatter det ordet hadde fra før." error={action.fieldErrors.expansions}>
          {(control) => <textarea {...control} value={expansions} onChange={(e) => setExpansions(e.target.value)} rows={3} required />}
        </Field>
        <button type="submit" className="button" disabled={action.busy}>
          Lagre synonymer
        </button>
      </form>
      <h2>Synonymer i bruk</h2>
      {error ? (
        <ErrorMessage error={error} onRetry={refetch} />
      ) : loading && !data ? (
        <Loading label="Henter synonymene …" />
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Synonymer i bruk">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Søkeord</th>
                <th scope="col">Finner også</th>
                <th scope="col">
                  <span className="visually-hidden">Handlinger</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {(data?.searchSynonyms ?? []).map((s) => (
                <tr key={s.term}>
                  <th scope="row">{s.term}</th>
                  <td>{s.expansions.join(', ')}</td>
                  <td>
                    <button type="button" className="link-button" onClick={() => edit(s.term, s.expansions)}>
                      Endre<span className="visually-hidden"> {s.term}</span>
                    </button>{' '}
                    <button type="button" className="link-button" disabled={action.busy} onClick={() => remove(s.term)}>
                      Fjern<span className="visually-hidden"> {s.term}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
