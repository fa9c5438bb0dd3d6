import type { ContactPurpose, HealthRegion, SpeakerFormat } from '../../gql/graphql';
import { Field } from '../../ui/Field';
import { mediaAvailability, REGION_LABELS, SPEAKER_FORMAT_LABELS } from '../../ui/labels';
import { PURPOSE_LABELS, PURPOSE_ORDER } from '../contact/labels';
import { CheckboxGroup } from './CheckboxGroup';
import { type FormSectionProps, fieldId } from './form-section';
import { toLocalInput } from './profile-form-values';

const pad = (n: number) => String(n).padStart(2, '0');
const localInput = (d: Date) => toLocalInput(d.toISOString()) || `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T23:59`;

function endOfToday(): Date {
  const d = new Date();
  d.setHours(23, 59, 0, 0);
  return d;
}

function endOfWeek(): Date {
  const d = endOfToday();
  d.setDate(d.getDate() + ((7 - d.getDay()) % 7));
  return d;
}

/** What she comments on and talks about, how, where, and whether people may write through the site. */
export function MediaSpeakerFields({ values, set, errors }: FormSectionProps) {
  const preview = mediaAvailability(values.mediaAvailableUntil ? new Date(values.mediaAvailableUntil).toISOString() : null);
  return (
    <>
      <fieldset className="form-section">
        <legend>Media</legend>
        <Field
          id={fieldId('mediaTopics')}
          label="Hva kan du kommentere?"
          hint="Opptil 10 korte temaer, skilt med komma, for eksempel: diabetes og mestring, pårørende. Vektes høyt i søket."
          error={errors.mediaTopics}
        >
          {(p) => <input {...p} value={values.mediaTopics} onChange={(e) => set('mediaTopics', e.target.value)} />}
        </Field>
        <Field
          id={fieldId('mediaAvailableUntil')}
          label="Tilgjengelig for media nå, fram til"
          hint="Går ut av seg selv. La feltet stå tomt når du ikke er tilgjengelig."
          error={errors.mediaAvailableUntil}
        >
          {(p) => (
            <input {...p} type="datetime-local" value={values.mediaAvailableUntil} onChange={(e) => set('mediaAvailableUntil', e.target.value)} />
          )}
        </Field>
        <div className="form-actions">
          <button type="button" className="button button--secondary" onClick={() => set('mediaAvailableUntil', localInput(endOfToday()))}>
            Resten av i dag
          </button>
          <button type="button" className="button button--secondary" onClick={() => set('mediaAvailableUntil', localInput(endOfWeek()))}>
            Resten av uka
          </button>
          <button type="button" className="button button--secondary" onClick={() => set('mediaAvailableUntil', '')}>
            Ikke tilgjengelig
          </button>
        </div>
        <p className="hint" aria-live="polite">
          Slik vises det: {preview ?? 'ingen merking om medietilgjengelighet'}.
        </p>
      </fieldset>
      <fieldset className="form-section">
        <legend>Foredrag og kurs</legend>
        <Field id={fieldId('speakerTopics')} label="Foredrag du holder" hint="Én tittel per linje." error={errors.speakerTopics}>
          {(p) => <textarea {...p} rows={4} value={values.speakerTopics} onChange={(e) => set('speakerTopics', e.target.value)} />}
        </Field>
        <CheckboxGroup
          id={fieldId('speakerFormats')}
          legend="Hvordan?"
          options={(Object.keys(SPEAKER_FORMAT_LABELS) as SpeakerFormat[]).map((v) => ({ value: v, label: SPEAKER_FORMAT_LABELS[v] }))}
          selected={values.speakerFormats}
          onChange={(next) => set('speakerFormats', next as SpeakerFormat[])}
          error={errors.speakerFormats}
        />
        <CheckboxGroup
          id={fieldId('travelRegions')}
          legend="Helseregioner du reiser til"
          options={(Object.keys(REGION_LABELS) as HealthRegion[]).map((v) => ({ value: v, label: REGION_LABELS[v] }))}
          selected={values.travelRegions}
          onChange={(next) => set('travelRegions', next as HealthRegion[])}
          error={errors.travelRegions}
        />
        <label className="checkbox">
          <input type="checkbox" id={fieldId('courseLeader')} checked={values.courseLeader} onChange={(e) => set('courseLeader', e.target.checked)} />
          Jeg er kursleder
        </label>
      </fieldset>
      <fieldset className="form-section">
        <legend>Meldinger gjennom katalogen</legend>
        <p className="hint">Folk kan skrive til deg uten å se adressen din. Meldingen kommer til e-posten du logger inn med.</p>
        <label className="checkbox">
          <input type="checkbox" id={fieldId('acceptsMessages')} checked={values.acceptsMessages} onChange={(e) => set('acceptsMessages', e.target.checked)} />
          Ta imot meldinger gjennom katalogen
        </label>
        <CheckboxGroup
          id={fieldId('acceptedContactPurposes')}
          legend="Hva kan folk skrive om?"
          options={PURPOSE_ORDER.map((v) => ({ value: v, label: PURPOSE_LABELS[v] }))}
          selected={values.acceptedContactPurposes}
          onChange={(next) => set('acceptedContactPurposes', next as ContactPurpose[])}
          error={errors.acceptedContactPurposes}
        />
      </fieldset>
    </>
  );
}
