import type { ProfileValues } from './profile-form-values';

/** What each part of the profile form gets: the values, a setter, and the API's messages by field. */
export interface FormSectionProps {
  values: ProfileValues;
  set: <K extends keyof ProfileValues>(field: K, value: ProfileValues[K]) => void;
  errors: Record<string, string>;
}

/** The element id of a profile field's control (also where focus goes when it is refused). */
export const fieldId = (field: string) => `profil-${field}`;

export function toggle(list: string[], value: string, on: boolean): string[] {
  return on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);
}
