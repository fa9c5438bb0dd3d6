import { useState, type FormEvent } from 'react';
import { request } from '../../graphql/client';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { AreaForm } from './AreaForm';
import { MergeAreasMutation, RetireAreaMutation, UpdateAreaMutation } from './taxonomy-operations';
import { useAction } from './use-action';

export interface EditableArea {
  slug: string;
  name: string;
  nameEn: string;
  description?: string | null;
  parent?: { slug: string } | null;
}

/** One live area: rename or move it, merge it into another, or take it out of use. */
export function AreaEditor({
  area,
  parents,
  others,
  onDone,
}: {
  area: EditableArea;
  parents: Array<{ slug: string; name: string }>;
  others: Array<{ slug: string; name: string }>;
  onDone: (message: string) => void;
}) {
  const action = useAction();
  const [into, setInto] = useState('');
  const id = `omrade-${area.slug}`;

  const merge = async (e: FormEvent) => {
    e.preventDefault();
    const target = others.find((o) => o.slug === into);
    if (!target) return;
    if (await action.run(() => request(MergeAreasMutation, { from: area.slug, into }))) {
      onDone(`«${area.name}» er slått sammen med «${target.name}».`);
    }
  };
  const retire = async () => {
    if (await action.run(() => request(RetireAreaMutation, { slug: area.slug }))) onDone(`«${area.name}» er tatt ut av bruk.`);
  };

  return (
    <details className="area-editor">
      <summary>
        {area.name} <span className="hint">({area.slug})</span>
      </summary>
      {action.error && Object.keys(action.fieldErrors).length === 0 ? <ErrorMessage error={action.error} /> : null}
      <h3>Endre</h3>
      <AreaForm
        idPrefix={id}
        initial={{ name: area.name, nameEn: area.nameEn, parent: area.parent?.slug ?? '', description: area.description ?? '' }}
        parents={parents.filter((p) => p.slug !== area.slug)}
        submitLabel="Lagre endringene"
        busy={action.busy}
        fieldErrors={action.fieldErrors}
        onSubmit={async (v) => {
          const input = { name: v.name, nameEn: v.nameEn, parent: v.parent || null, description: v.description || null };
          if (await action.run(() => request(UpdateAreaMutation, { slug: area.slug, input }))) onDone(`«${v.name}» er lagret.`);
        }}
      />
      <h3>Slå sammen</h3>
      <form onSubmit={merge} className="inline-form">
        <div className="field">
          <label htmlFor={`${id}-inn-i`} className="field__label">
            Slå «{area.name}» sammen med
          </label>
          <p id={`${id}-inn-i-hjelp`} className="hint">
            Alle med «{area.name}» får det valgte området. Gamle lenker til «{area.slug}» viser dem fortsatt.
          </p>
          {action.fieldErrors.into && (
            <p id={`${id}-inn-i-feil`} className="field__error">
              {action.fieldErrors.into}
            </p>
          )}
          <select
            id={`${id}-inn-i`}
            value={into}
            onChange={(e) => setInto(e.target.value)}
            aria-describedby={[action.fieldErrors.into && `${id}-inn-i-feil`, `${id}-inn-i-hjelp`].filter(Boolean).join(' ')}
          >
            <option value="">Velg område</option>
            {others.map((o) => (
              <option key={o.slug} value={o.slug}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button" disabled={action.busy || !into}>
          Slå sammen
        </button>
      </form>
      <h3>Ta ut av bruk</h3>
      <p className="hint">Området forsvinner fra valgene og filtrene, men blir stående på profilene som har det.</p>
      <button type="button" className="button button--secondary" disabled={action.busy} onClick={retire}>
        Ta «{area.name}» ut av bruk
      </button>
    </details>
  );
}
