import { useState } from 'react';
import { RequireSignIn } from '../../auth/RequireSignIn';
import { request } from '../../graphql/client';
import { useQuery } from '../../graphql/use-query';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { useDocumentMeta } from '../../ui/use-document-meta';
import { AreaEditor } from './AreaEditor';
import { AreaForm } from './AreaForm';
import { EditorNav } from './EditorNav';
import { CreateAreaMutation, EditorAreasQuery } from './taxonomy-operations';
import { useAction } from './use-action';

export default function TaxonomyPage() {
  useDocumentMeta('Kompetanseområder', 'Legg til, endre, slå sammen og ta ut av bruk kompetanseområder.');
  return (
    <RequireSignIn>
      <Taxonomy />
    </RequireSignIn>
  );
}

function Taxonomy() {
  const { data, error, loading, refetch } = useQuery(EditorAreasQuery, {});
  const [notice, setNotice] = useState('');
  const [formKey, setFormKey] = useState(0);
  const create = useAction();
  const done = (message: string) => {
    setNotice(message);
    refetch();
  };
  const areas = data?.competenceAreas ?? [];
  const live = areas.filter((a) => !a.retired && !a.mergedInto);
  const topLevel = live.filter((a) => !a.parent);
  const byParent = (slug: string) => live.filter((a) => a.parent?.slug === slug);
  const gone = areas.filter((a) => a.retired || a.mergedInto);
  const choices = live.map((a) => ({ slug: a.slug, name: a.name }));

  return (
    <div className="page page--medium">
      <EditorNav />
      <h1>Kompetanseområder</h1>
      <p role="status" className="ok-message">
        {notice}
      </p>
      {error ? (
        <ErrorMessage error={error} onRetry={refetch} />
      ) : loading && !data ? (
        <Loading label="Henter områdene …" />
      ) : (
        <>
          <section aria-labelledby="nytt-omrade">
            <h2 id="nytt-omrade">Nytt kompetanseområde</h2>
            {create.error && Object.keys(create.fieldErrors).length === 0 ? <ErrorMessage error={create.error} /> : null}
            <AreaForm
              key={formKey}
              idPrefix="nytt"
              initial={{ name: '', nameEn: '', parent: '', description: '' }}
              parents={topLevel}
              submitLabel="Legg til"
              busy={create.busy}
              fieldErrors={create.fieldErrors}
              onSubmit={async (v) => {
                const input = { name: v.name, nameEn: v.nameEn || null, parent: v.parent || null, description: v.description || null };
                if (await create.run(() => request(CreateAreaMutation, { input }))) {
                  setFormKey((k) => k + 1);
                  done(`«${v.name}» er lagt til.`);
                }
              }}
            />
          </section>
          <section aria-labelledby="i-bruk">
            <h2 id="i-bruk">I bruk</h2>
            <ul className="area-tree">
              {topLevel.map((top) => (
                <li key={top.slug}>
                  <AreaEditor area={top} parents={topLevel} others={choices.filter((c) => c.slug !== top.slug)} onDone={done} />
                  {byParent(top.slug).length > 0 && (
                    <ul>
                      {byParent(top.slug).map((child) => (
                        <li key={child.slug}>
                          <AreaEditor area={child} parents={topLevel} others={choices.filter((c) => c.slug !== child.slug)} onDone={done} />
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          </section>
          {gone.length > 0 && (
            <section aria-labelledby="ute-av-bruk">
              <h2 id="ute-av-bruk">Slått sammen eller tatt ut av bruk</h2>
              <ul>
                {gone.map((a) => (
                  <li key={a.slug}>
                    {a.name} ({a.slug}) –{' '}
                    {a.mergedInto ? `slått sammen med «${a.mergedInto.name}»` : 'tatt ut av bruk'}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </div>
  );
}
