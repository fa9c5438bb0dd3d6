import type { Visibility } from '../../gql/graphql';
import { Field } from '../../ui/Field';
import { type FormSectionProps, fieldId } from './form-section';
import { VISIBILITY_LABELS } from './labels';
import type { ProfileValues } from './profile-form-values';
import { VisibilityPreview } from './VisibilityPreview';

/** Availability, consent to network mail, and the contact details with who may see each. */
export function ContactFields({ values, set, errors }: FormSectionProps) {
  const check = (field: 'availableAsSpeaker' | 'availableForMedia' | 'acceptsNetworkMail', label: string) => (
    <label className="checkbox">
      <input type="checkbox" id={fieldId(field)} checked={values[field]} onChange={(e) => set(field, e.target.checked)} />
      {label}
    </label>
  );
  const visibility = (field: 'emailVisibility' | 'phoneVisibility', what: string) => (
    <fieldset id={fieldId(field)} tabIndex={-1} className="radio-group">
      <legend className="field__label">Hvem kan se {what}?</legend>
      {errors[field] && <p className="field__error">{errors[field]}</p>}
      {(Object.keys(VISIBILITY_LABELS) as Visibility[]).map((v) => (
        <label key={v} className="checkbox">
          <input
            type="radio"
            name={field}
            value={v}
            checked={values[field] === v}
            onChange={() => set(field, v as ProfileValues[typeof field])}
          />
          {VISIBILITY_LABELS[v]}
        </label>
      ))}
    </fieldset>
  );
  return (
    <fieldset className="form-section">
      <legend>Tilgjengelighet og kontakt</legend>
      <div className="checkbox-stack">
        {check('availableAsSpeaker', 'Jeg kan holde foredrag og kurs')}
        {check('availableForMedia', 'Jeg kan uttale meg til media')}
        {check('acceptsNetworkMail', 'Jeg vil ha nyhetsbrev og e-post fra nettverkene jeg er med i')}
      </div>
      <Field id={fieldId('email')} label="E-post på profilen" hint="Kan være en annen enn den du logger inn med." error={errors.email}>
        {(p) => <input {...p} type="email" autoComplete="email" value={values.email} onChange={(e) => set('email', e.target.value)} />}
      </Field>
      {visibility('emailVisibility', 'e-postadressen')}
      <Field id={fieldId('phone')} label="Telefon" error={errors.phone}>
        {(p) => <input {...p} type="tel" autoComplete="tel" value={values.phone} onChange={(e) => set('phone', e.target.value)} />}
      </Field>
      {visibility('phoneVisibility', 'telefonnummeret')}
      <Field id={fieldId('website')} label="Nettside" hint="Full adresse, for eksempel https://www.uio.no/personer/..." error={errors.website}>
        {(p) => <input {...p} type="url" autoComplete="url" value={values.website} onChange={(e) => set('website', e.target.value)} />}
      </Field>
      <VisibilityPreview
        email={values.email}
        emailVisibility={values.emailVisibility}
        phone={values.phone}
        phoneVisibility={values.phoneVisibility}
      />
    </fieldset>
  );
}
