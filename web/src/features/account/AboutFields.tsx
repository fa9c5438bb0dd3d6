import type { AcademicDegree, HealthRegion, ProfileChoicesQuery } from '../../gql/graphql';
import { Field } from '../../ui/Field';
import { CheckboxGroup } from './CheckboxGroup';
import { type FormSectionProps, fieldId } from './form-section';
import { DEGREE_LABELS, languageLabel, OFFERED_LANGUAGES, REGION_LABELS } from './labels';

const KIND_LABELS: Record<string, string> = {
  HEALTH_TRUST: 'Helseforetak',
  UNIVERSITY: 'Universiteter og høgskoler',
  MUNICIPALITY: 'Kommuner',
  LMS_CENTRE: 'Lærings- og mestringssentre',
  USER_ORGANIZATION: 'Brukerorganisasjoner',
  OTHER: 'Andre',
};

/** Name, title, degree, ORCID, workplace, region, bio, keywords and languages. */
export function AboutFields({
  values,
  set,
  errors,
  organizations,
}: FormSectionProps & { organizations: ProfileChoicesQuery['organizations'] }) {
  const kinds = Object.keys(KIND_LABELS).filter((k) => organizations.some((o) => o.kind === k));
  const languages = [...OFFERED_LANGUAGES, ...values.languages.filter((l) => !OFFERED_LANGUAGES.includes(l))];
  return (
    <fieldset className="form-section">
      <legend>Om deg</legend>
      <div className="field-row">
        <Field id={fieldId('givenName')} label="Fornavn" error={errors.givenName}>
          {(p) => <input {...p} autoComplete="given-name" value={values.givenName} onChange={(e) => set('givenName', e.target.value)} />}
        </Field>
        <Field id={fieldId('familyName')} label="Etternavn" error={errors.familyName}>
          {(p) => <input {...p} autoComplete="family-name" value={values.familyName} onChange={(e) => set('familyName', e.target.value)} />}
        </Field>
      </div>
      <Field id={fieldId('title')} label="Stillingstittel" hint="For eksempel førsteamanuensis eller spesialrådgiver." error={errors.title}>
        {(p) => <input {...p} autoComplete="organization-title" value={values.title} onChange={(e) => set('title', e.target.value)} />}
      </Field>
      <Field id={fieldId('degree')} label="Høyeste grad" error={errors.degree}>
        {(p) => (
          <select {...p} value={values.degree} onChange={(e) => set('degree', e.target.value as AcademicDegree | '')}>
            <option value="">Ikke oppgitt</option>
            {Object.entries(DEGREE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={fieldId('orcid')} label="ORCID iD" hint="16 tegn, for eksempel 0000-0002-1825-0097." error={errors.orcid}>
        {(p) => <input {...p} inputMode="text" spellCheck={false} value={values.orcid} onChange={(e) => set('orcid', e.target.value)} />}
      </Field>
      <Field id={fieldId('organizationId')} label="Arbeidssted" error={errors.organizationId}>
        {(p) => (
          <select {...p} value={values.organizationId} onChange={(e) => set('organizationId', e.target.value)}>
            <option value="">Ikke oppgitt</option>
            {kinds.map((kind) => (
              <optgroup key={kind} label={KIND_LABELS[kind]}>
                {organizations
                  .filter((o) => o.kind === kind)
                  .map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        )}
      </Field>
      <Field id={fieldId('region')} label="Helseregion" error={errors.region}>
        {(p) => (
          <select {...p} value={values.region} onChange={(e) => set('region', e.target.value as HealthRegion | '')}>
            <option value="">Ikke oppgitt</option>
            {Object.entries(REGION_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={fieldId('bio')} label="Om meg og min forskning" hint="Høyst 5000 tegn." error={errors.bio}>
        {(p) => <textarea {...p} rows={6} value={values.bio} onChange={(e) => set('bio', e.target.value)} />}
      </Field>
      <Field id={fieldId('keywords')} label="Stikkord" hint="Skill med komma, for eksempel: diabetes, gruppeopplæring." error={errors.keywords}>
        {(p) => <input {...p} value={values.keywords} onChange={(e) => set('keywords', e.target.value)} />}
      </Field>
      <CheckboxGroup
        id={fieldId('languages')}
        legend="Språk jeg kan holde foredrag og undervise på"
        options={languages.map((value) => ({ value, label: languageLabel(value) }))}
        selected={values.languages}
        onChange={(next) => set('languages', next)}
        error={errors.languages}
      />
    </fieldset>
  );
}
