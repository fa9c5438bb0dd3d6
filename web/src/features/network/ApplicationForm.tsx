import { type FormEvent, useEffect, useId, useState } from 'react';
import type { AcademicDegree } from '../../gql/graphql';
import { ApiRequestError, describeError } from '../../graphql/api-error';
import { request } from '../../graphql/client';
import { DEGREE_LABELS, DEGREE_ORDER } from './labels';
import { ApplyToNetworkMutation } from './membership-queries';

interface Props {
  networkSlug: string;
  networkName: string;
  /** The research network asks for degree and research experience. */
  asksResearchBackground: boolean;
  /** The degree on the applicant's profile, offered as the answer. */
  profileDegree: AcademicDegree | null | undefined;
  onApplied: () => void;
}

/** The application the API asks for; its validation messages are shown beside the fields. */
export function ApplicationForm({ networkSlug, networkName, asksResearchBackground, profileDegree, onApplied }: Props) {
  const id = useId();
  const [degree, setDegree] = useState<AcademicDegree | ''>(profileDegree ?? '');
  const [experience, setExperience] = useState('');
  const [motivation, setMotivation] = useState('');
  const [busy, setBusy] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  // After a refused submit, a keyboard or screen-reader user lands on the first field to fix.
  useEffect(() => {
    const first = FIELDS.find((f) => fieldErrors[f]);
    if (first) document.getElementById(`${id}-${FIELD_IDS[first]}`)?.focus();
  }, [fieldErrors, id]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setFieldErrors({});
    setFormError(null);
    try {
      await request(ApplyToNetworkMutation, {
        network: networkSlug,
        motivation: motivation.trim() || null,
        ...(asksResearchBackground ? { degree: degree || null, researchExperience: experience.trim() || null } : {}),
      });
      onApplied();
    } catch (error) {
      const byField = error instanceof ApiRequestError ? error.fieldErrors() : {};
      const shown = Object.keys(byField).filter((f) => FIELDS.includes(f));
      setFieldErrors(byField);
      // Errors that name no field of this form are shown above the button.
      if (shown.length === 0) setFormError(describeError(error));
    } finally {
      setBusy(false);
    }
  }

  const errorId = (field: string) => (fieldErrors[field] ? `${id}-${field}-feil` : undefined);
  const describedBy = (...ids: (string | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

  return (
    <form className="form application-form" onSubmit={submit} noValidate aria-labelledby={`${id}-tittel`}>
      <h3 id={`${id}-tittel`}>Søk om medlemskap i {networkName}</h3>
      {asksResearchBackground && (
        <>
          <div className="field">
            <label htmlFor={`${id}-degree`}>Grad (påkrevd)</label>
            <select
              id={`${id}-degree`}
              value={degree}
              onChange={(e) => setDegree(e.target.value as AcademicDegree | '')}
              aria-invalid={fieldErrors.degree ? true : undefined}
              aria-describedby={errorId('degree')}
            >
              <option value="">Velg grad</option>
              {DEGREE_ORDER.map((d) => (
                <option key={d} value={d}>
                  {DEGREE_LABELS[d]}
                </option>
              ))}
            </select>
            <FieldError id={errorId('degree')} message={fieldErrors.degree} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-experience`}>Forskningserfaring (påkrevd)</label>
            <p className="hint" id={`${id}-experience-hint`}>
              Forskningsprosjekter eller større evalueringer du planlegger, gjennomfører eller har gjennomført.
            </p>
            <textarea
              id={`${id}-experience`}
              rows={5}
              maxLength={4000}
              value={experience}
              onChange={(e) => setExperience(e.target.value)}
              aria-invalid={fieldErrors.researchExperience ? true : undefined}
              aria-describedby={describedBy(`${id}-experience-hint`, errorId('researchExperience'))}
            />
            <FieldError id={errorId('researchExperience')} message={fieldErrors.researchExperience} />
          </div>
        </>
      )}
      <div className="field">
        <label htmlFor={`${id}-motivation`}>Hvorfor vil du være med? (valgfritt)</label>
        <textarea
          id={`${id}-motivation`}
          rows={4}
          maxLength={4000}
          value={motivation}
          onChange={(e) => setMotivation(e.target.value)}
          aria-invalid={fieldErrors.motivation ? true : undefined}
          aria-describedby={errorId('motivation')}
        />
        <FieldError id={errorId('motivation')} message={fieldErrors.motivation} />
      </div>
      {formError && (
        <p className="form__error" role="alert">
          {formError}
        </p>
      )}
      <button type="submit" className="button" disabled={busy}>
        {busy ? 'Sender …' : 'Send søknad'}
      </button>
    </form>
  );
}

const FIELDS = ['degree', 'researchExperience', 'motivation'];
const FIELD_IDS: Record<string, string> = { degree: 'degree', researchExperience: 'experience', motivation: 'motivation' };

function FieldError({ id, message }: { id?: string; message?: string }) {
  if (!message || !id) return null;
  return (
    <p className="field__error" id={id} role="alert">
      {message}
    </p>
  );
}
