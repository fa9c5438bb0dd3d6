import { type ChangeEvent, useId, useState } from 'react';
import type { Visibility } from '../../gql/graphql';
import { accessToken } from '../../graphql/client';
import { type FormSectionProps, fieldId } from './form-section';
import { VISIBILITY_LABELS } from './labels';

const MAX_BYTES = 10 * 1024 * 1024;

/**
 * The portrait: upload with a preview first, remove, and who may see it. Upload and removal
 * take effect at once (POST/DELETE /api/me/photo); the visibility is saved with the form.
 */
export function PortraitFields({ values, set, errors, photoUrl, onPhotoChanged }: FormSectionProps & { photoUrl: string | null; onPhotoChanged: () => void }) {
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0] ?? null;
    setMessage('');
    setError('');
    setFile(chosen);
    setPreview(null);
    if (!chosen) return;
    if (chosen.size > MAX_BYTES) {
      setError('Filen er for stor. Et portrett kan være på høyst 10 MB.');
      return;
    }
    // A data: URL, which the pages' content policy allows for images (blob: it does not).
    const reader = new FileReader();
    reader.onload = () => setPreview(typeof reader.result === 'string' ? reader.result : null);
    reader.readAsDataURL(chosen);
  }

  async function send(method: 'POST' | 'DELETE') {
    setBusy(true);
    setError('');
    setMessage('');
    try {
      const token = await accessToken();
      const body = new FormData();
      if (method === 'POST' && file) body.append('photo', file);
      const response = await fetch('/api/me/photo', {
        method,
        headers: token ? { authorization: `Bearer ${token}` } : {},
        body: method === 'POST' ? body : undefined,
      });
      if (!response.ok) {
        const answer = (await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null;
        setError(answer?.errors?.[0]?.message || 'Noe gikk galt. Prøv igjen senere.');
        return;
      }
      setFile(null);
      setPreview(null);
      setMessage(method === 'POST' ? 'Portrettet er lagret.' : 'Portrettet er fjernet.');
      onPhotoChanged();
    } catch {
      setError('Fikk ikke kontakt med Kompetansekatalogen. Prøv igjen.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <fieldset className="form-section portrait-fields">
      <legend>Portrett</legend>
      <div className="portrait-fields__row">
        {preview ? (
          <img className="portrait portrait--large" src={preview} alt="Forhåndsvisning av det nye portrettet" />
        ) : photoUrl ? (
          <img className="portrait portrait--large" src={photoUrl} alt="Portrettet ditt slik det vises nå" />
        ) : (
          <p className="hint">Du har ikke lastet opp noe portrett.</p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-fil`}>Velg et bilde</label>
        <p className="hint" id={`${id}-hjelp`}>
          JPEG, PNG, WebP, GIF eller AVIF, høyst 10 MB. Vi lager et kvadratisk portrett og fjerner alt annet fra filen (også kamera- og stedsinformasjon).
        </p>
        <input id={`${id}-fil`} type="file" accept="image/jpeg,image/png,image/webp,image/gif,image/avif" aria-describedby={`${id}-hjelp`} onChange={choose} />
      </div>
      <div className="form-actions">
        <button type="button" className="button" disabled={busy || !file || !!error} onClick={() => void send('POST')}>
          {busy ? 'Laster opp …' : 'Last opp portrettet'}
        </button>
        {photoUrl && (
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => void send('DELETE')}>
            Fjern portrettet
          </button>
        )}
      </div>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <p role="status" className="ok-message">
        {message}
      </p>
      <fieldset id={fieldId('photoVisibility')} tabIndex={-1} className="radio-group">
        <legend className="field__label">Hvem kan se portrettet?</legend>
        {errors.photoVisibility && <p className="field__error">{errors.photoVisibility}</p>}
        {(Object.keys(VISIBILITY_LABELS) as Visibility[]).map((v) => (
          <label key={v} className="checkbox">
            <input type="radio" name="photoVisibility" value={v} checked={values.photoVisibility === v} onChange={() => set('photoVisibility', v)} />
            {VISIBILITY_LABELS[v]}
          </label>
        ))}
      </fieldset>
    </fieldset>
  );
}
