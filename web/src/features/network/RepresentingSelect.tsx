import type { HealthRegion, RepresentationInput } from '../../gql/graphql';
import { REGION_LABELS, REGION_ORDER } from './labels';

export interface OrganizationOption {
  id: string;
  name: string;
}

/** The select's value for whom a member represents: `region:<REGION>`, `org:<id>` or '' (no one). */
export function representingValue(region: HealthRegion | null | undefined, organizationId: string | null | undefined): string {
  if (region) return `region:${region}`;
  if (organizationId) return `org:${organizationId}`;
  return '';
}

/** The API's input for a select value; `{}` represents no one. */
export function representationOf(value: string): RepresentationInput {
  if (value.startsWith('region:')) return { region: value.slice('region:'.length) as HealthRegion };
  if (value.startsWith('org:')) return { organizationId: value.slice('org:'.length) };
  return {};
}

/** Whom a member represents: a health region, an organisation, or no one. */
export function RepresentingSelect({
  id,
  label,
  value,
  organizations,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  organizations: readonly OrganizationOption[];
  onChange: (value: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Ingen</option>
        <optgroup label="Helseregion">
          {REGION_ORDER.map((r) => <option key={r} value={`region:${r}`}>{REGION_LABELS[r]}</option>)}
        </optgroup>
        <optgroup label="Organisasjon">
          {organizations.map((o) => <option key={o.id} value={`org:${o.id}`}>{o.name}</option>)}
        </optgroup>
      </select>
    </div>
  );
}
