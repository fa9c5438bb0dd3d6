import { type FormEvent, useEffect, useState } from 'react';
import type { MyProfileFieldsFragment, ProfileChoicesQuery } from '../../gql/graphql';
import { ApiRequestError } from '../../graphql/api-error';
import { request } from '../../graphql/client';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { AboutFields } from './AboutFields';
import { CompetenceAreaFields } from './CompetenceAreaFields';
import { ContactFields } from './ContactFields';
import { MediaSpeakerFields } from './MediaSpeakerFields';
import { PortraitFields } from './PortraitFields';
import { type FormErrors, NO_ERRORS, toFormErrors } from './form-errors';
import type { FormSectionProps } from './form-section';
import { UpdateMyProfileMutation } from './my-profile-operations';
import { changedInput, fromProfile, PROFILE_FIELDS, type ProfileValues } from './profile-form-values';
import { useFocusFirstError } from './use-focus-first-error';

/**
 * Every field of one's own profile in one form. Saves only what changed, with the version it
 * started from; if someone saved in between, says so and offers to load the newer profile.
 */
export function ProfileEditor({
  profile,
  choices,
  onSaved,
  onReload,
  onDirtyChange,
  onPhotoChanged,
}: {
  profile: MyProfileFieldsFragment;
  choices: ProfileChoicesQuery;
  onSaved: (profile: MyProfileFieldsFragment) => void;
  onReload: () => void;
  onDirtyChange: (dirty: boolean) => void;
  onPhotoChanged: () => void;
}) {
  const [initial] = useState(() => fromProfile(profile));
  const [values, setValues] = useState<ProfileValues>(initial);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);
  useFocusFirstError(errors, PROFILE_FIELDS, 'profil');

  const input = changedInput(initial, values);
  const dirty = Object.keys(input).length > 0;
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const set: FormSectionProps['set'] = (field, value) => setValues((v) => ({ ...v, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!dirty) return;
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      const data = await request(UpdateMyProfileMutation, { input, expectedVersion: profile.version });
      onSaved(data.updateMyProfile);
    } catch (err) {
      if (err instanceof ApiRequestError && err.find('CONFLICT')) setConflict(true);
      else setErrors(toFormErrors(err, PROFILE_FIELDS));
      setBusy(false);
    }
  };

  const section = { values, set, errors: errors.fields };
  return (
    <form className="form profile-form" onSubmit={submit} noValidate aria-labelledby="profil-skjema-tittel">
      <h2 id="profil-skjema-tittel">Profilen din</h2>
      <AboutFields
        {...section}
        // A workplace the owner proposed is not in the list until an editor approves it.
        organizations={
          profile.organization && !choices.organizations.some((o) => o.id === profile.organization?.id)
            ? [...choices.organizations, { ...profile.organization, region: null }]
            : choices.organizations
        }
      />
      <fieldset className="form-section">
        <legend>Fagområder</legend>
        <CompetenceAreaFields {...section} areas={choices.competenceAreas} />
      </fieldset>
      <PortraitFields {...section} photoUrl={profile.photoUrl ?? null} onPhotoChanged={onPhotoChanged} />
      <MediaSpeakerFields {...section} />
      <ContactFields {...section} />
      {conflict && (
        <div className="error-message" role="alert">
          <p>Profilen er endret et annet sted (for eksempel i en annen fane) etter at du åpnet den. Endringene dine er ikke lagret.</p>
          <button type="button" className="button button--secondary" onClick={onReload}>
            Last inn profilen på nytt
          </button>
        </div>
      )}
      {errors.form != null && <ErrorMessage error={errors.form} />}
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy || !dirty}>
          {busy ? 'Lagrer …' : 'Lagre endringer'}
        </button>
        {!dirty && <span className="hint">Ingen ulagrede endringer.</span>}
      </div>
    </form>
  );
}
