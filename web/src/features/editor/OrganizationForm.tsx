import { useState, type FormEvent } from 'react';
import type { HealthRegion, OrganizationKind } from '../../gql/graphql';
import { Field } from '../../ui/Field';
import { REGION_LABELS } from '../../ui/labels';
import { ORGANIZATION_KIND_LABELS } from './organization-labels';

export interface OrganizationFormValues {
  name: string;
  shortName: string;
  kind: OrganizationKind | '';
  region: HealthRegion | '';
  aliases: string;
  parent: string;
}

/** Name, abbreviation, kind, region, other names (one per line) and the parent organisation. */
export function OrganizationForm({
  idPrefix,
  initial,
  parents,
  submitLabel,
  busy,
  fieldErrors,
  onSubmit,
}: {
  idPrefix: string;
  initial: OrganizationFormValues;
  parents: Array<{ id: string; name: string }>;
  submitLabel: string;
  busy: boolean;
  fieldErrors: Record<string, string>;
  onSubmit: (values: OrganizationFormValues) => void;
}) {
  const [values, setValues] = useState(initial);
  const set = (key: keyof OrganizationFormValues) => (e: { target: { value: string } }) =>
    setValues({ ...values, [key]: e.target.value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(values);
  };
  return (
    <form onSubmit={submit}>
      <Field id={`${idPrefix}-navn`} label="Navn" error={fieldErrors.name}>
        {(c) => <input type="text" {...c} value={values.name} onChange={set('name')} required maxLength={200} />}
      </Field>
      <Field id={`${idPrefix}-kort`} label="Forkortelse" error={fieldErrors.shortName}>
        {(c) => <input type="text" {...c} value={values.shortName} onChange={set('shortName')} maxLength={40} />}
      </Field>
      <Field id={`${idPrefix}-type`} label="Type" error={fieldErrors.kind}>
        {(c) => (
          <select {...c} value={values.kind} onChange={set('kind')} required>
            <option value="">Velg type</option>
            {(Object.keys(ORGANIZATION_KIND_LABELS) as OrganizationKind[]).map((k) => (
              <option key={k} value={k}>
                {ORGANIZATION_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={`${idPrefix}-region`} label="Helseregion" error={fieldErrors.region}>
        {(c) => (
          <select {...c} value={values.region} onChange={set('region')}>
            <option value="">Ingen (nasjonal)</option>
            {(Object.keys(REGION_LABELS) as HealthRegion[]).map((r) => (
              <option key={r} value={r}>
                {REGION_LABELS[r]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id={`${idPrefix}-andre-navn`}
        label="Andre navn, ett per linje"
        hint="Tidligere navn og andre skrivemåter. Søk på dem finner organisasjonen."
        error={fieldErrors.aliases}
      >
        {(c) => <textarea {...c} value={values.aliases} onChange={set('aliases')} rows={3} />}
      </Field>
      <Field id={`${idPrefix}-del-av`} label="Del av" error={fieldErrors.parent}>
        {(c) => (
          <select {...c} value={values.parent} onChange={set('parent')}>
            <option value="">Ingen</option>
            {parents.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className="button" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}

export const toOrganizationInput = (v: OrganizationFormValues) => ({
  name: v.name,
  shortName: v.shortName || null,
  kind: v.kind || null,
  region: v.region || null,
  aliases: v.aliases
    .split('\n')
    .map((a) => a.trim())
    .filter(Boolean),
  parent: v.parent || null,
});
