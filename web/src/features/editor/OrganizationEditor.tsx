import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import type { EditorOrganizationFieldsFragment } from '../../gql/graphql';
import { request } from '../../graphql/client';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { OrganizationForm, toOrganizationInput } from './OrganizationForm';
import { ApproveOrganizationMutation, MergeOrganizationsMutation, UpdateOrganizationMutation } from './organization-operations';
import { useAction } from './use-action';

/** One organisation (or a researcher's proposal): edit it, merge it into another, approve it. */
export function OrganizationEditor({
  organization: o,
  all,
  onDone,
}: {
  organization: EditorOrganizationFieldsFragment;
  all: Array<{ id: string; name: string }>;
  onDone: (message: string) => void;
}) {
  const action = useAction();
  const [into, setInto] = useState('');
  const id = `org-${o.id}`;
  const others = all.filter((x) => x.id !== o.id);
  const merge = async (e: FormEvent) => {
    e.preventDefault();
    const target = others.find((x) => x.id === into);
    if (target && (await action.run(() => request(MergeOrganizationsMutation, { from: o.id, into })))) {
      onDone(`«${o.name}» er slått sammen med «${target.name}». Personene er flyttet.`);
    }
  };
  const approve = async () => {
    if (await action.run(() => request(ApproveOrganizationMutation, { id: o.id }))) onDone(`«${o.name}» er godkjent.`);
  };

  return (
    <details className="area-editor">
      <summary>
        {o.name}
        {o.shortName ? ` (${o.shortName})` : ''}
      </summary>
      <p>
        <Link href={`/organisasjon/${o.slug}`}>Organisasjonens side</Link>
      </p>
      {action.error && Object.keys(action.fieldErrors).length === 0 ? <ErrorMessage error={action.error} /> : null}
      {o.pendingApproval && (
        <p>
          <button type="button" className="button" disabled={action.busy} onClick={approve}>
            Godkjenn «{o.name}»
          </button>
        </p>
      )}
      <h3>Endre</h3>
      <OrganizationForm
        idPrefix={id}
        initial={{
          name: o.name,
          shortName: o.shortName ?? '',
          kind: o.kind,
          region: o.region ?? '',
          aliases: o.aliases.join('\n'),
          parent: o.parent?.id ?? '',
        }}
        parents={others}
        submitLabel="Lagre endringene"
        busy={action.busy}
        fieldErrors={action.fieldErrors}
        onSubmit={async (v) => {
          if (await action.run(() => request(UpdateOrganizationMutation, { id: o.id, input: toOrganizationInput(v) }))) {
            onDone(`«${v.name}» er lagret.`);
          }
        }}
      />
      <h3>Slå sammen</h3>
      <form onSubmit={merge} className="inline-form">
        <div className="field">
          <label htmlFor={`${id}-inn-i`} className="field__label">
            Slå «{o.name}» sammen med
          </label>
          {action.fieldErrors.into && <p className="field__error">{action.fieldErrors.into}</p>}
          <select id={`${id}-inn-i`} value={into} onChange={(e) => setInto(e.target.value)}>
            <option value="">Velg organisasjon</option>
            {others.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button" disabled={action.busy || !into}>
          Slå sammen
        </button>
      </form>
    </details>
  );
}
