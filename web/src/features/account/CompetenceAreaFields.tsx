import type { ProfileChoicesQuery } from '../../gql/graphql';
import { CheckboxGroup } from './CheckboxGroup';
import { type FormSectionProps, fieldId } from './form-section';

/** The two-level taxonomy as checkboxes, each sub-area under its area. */
export function CompetenceAreaFields({
  values,
  set,
  errors,
  areas,
}: FormSectionProps & { areas: ProfileChoicesQuery['competenceAreas'] }) {
  const options = areas
    .filter((a) => !a.parent)
    .flatMap((top) => [
      { value: top.slug, label: top.name },
      ...areas.filter((a) => a.parent?.slug === top.slug).map((a) => ({ value: a.slug, label: a.name, indent: true })),
    ]);
  return (
    <CheckboxGroup
      id={fieldId('competenceAreas')}
      legend="Kompetanseområder"
      options={options}
      selected={values.competenceAreas}
      onChange={(next) => set('competenceAreas', next)}
      error={errors.competenceAreas}
    />
  );
}
