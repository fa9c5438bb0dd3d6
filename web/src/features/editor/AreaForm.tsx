import { useState, type FormEvent } from 'react';
import { Field } from '../../ui/Field';

export interface AreaFormValues {
  name: string;
  nameEn: string;
  parent: string;
  description: string;
}

/** Name in Bokmål and English, the parent (or the top level), and a description. */
export function AreaForm({
  idPrefix,
  initial,
  parents,
  submitLabel,
  busy,
  fieldErrors,
  onSubmit,
}: {
  idPrefix: string;
  initial: AreaFormValues;
  parents: Array<{ slug: string; name: string }>;
  submitLabel: string;
  busy: boolean;
  fieldErrors: Record<string, string>;
  onSubmit: (values: AreaFormValues) => void;
}) {
  const [values, setValues] = useState(initial);
  const set = (key: keyof AreaFormValues) => (e: { target: { value: string } }) => setValues({ ...values, [key]: e.target.value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(values);
  };
  return (
    <form onSubmit={submit} className="area-form">
      <Field id={`${idPrefix}-navn`} label="Navn (bokmål)" error={fieldErrors.name}>
        {(control) => <input type="text" {...control} value={values.name} onChange={set('name')} required maxLength={100} />}
      </Field>
      <Field id={`${idPrefix}-navn-en`} label="Navn (engelsk)" error={fieldErrors.nameEn}>
        {(control) => <input type="text" {...control} value={values.nameEn} onChange={set('nameEn')} maxLength={100} />}
      </Field>
      <Field id={`${idPrefix}-over`} label="Ligger under" error={fieldErrors.parent}>
        {(control) => (
          <select {...control} value={values.parent} onChange={set('parent')}>
            <option value="">Øverste nivå</option>
            {parents.map((p) => (
              <option key={p.slug} value={p.slug}>
                {p.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={`${idPrefix}-beskrivelse`} label="Beskrivelse" error={fieldErrors.description}>
        {(control) => <textarea {...control} value={values.description} onChange={set('description')} maxLength={1000} rows={2} />}
      </Field>
      <button type="submit" className="button" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}
