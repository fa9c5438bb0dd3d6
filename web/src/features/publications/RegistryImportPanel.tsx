import { type FormEvent, useState } from 'react';
import type { MyProfileFieldsFragment, RegistryPreviewFieldsFragment } from '../../gql/graphql';
import { request } from '../../graphql/client';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { Loading } from '../../ui/Loading';
import { toFormErrors, type FormErrors, NO_ERRORS } from '../account/form-errors';
import { toggle } from '../account/form-section';
import { PublicationCitation } from './PublicationCitation';
import { SuggestionsNotice } from './SuggestionsNotice';
import {
  ImportFromNvaMutation,
  ImportFromOrcidMutation,
  PreviewNvaImportQuery,
  PreviewOrcidImportQuery,
} from './publication-operations';
import './publications.css';

const REGISTRY_NAMES = { ORCID: 'ORCID', NVA: 'NVA', MANUAL: '' } as const;

interface Picks {
  works: string[];
  keywords: string[];
  biography: boolean;
  workplace: boolean;
}
const NOTHING: Picks = { works: [], keywords: [], biography: false, workplace: false };

/**
 * "Hent fra ORCID / NVA": reads the owner's record, shows what is there with a check box for
 * each thing, and imports only what is ticked. Nothing changes before "Hent valgte".
 */
export function RegistryImportPanel({
  orcid,
  onImported,
}: {
  orcid: string | null;
  onImported: (profile: MyProfileFieldsFragment, message: string) => void;
}) {
  const [cristinId, setCristinId] = useState('');
  const [fetching, setFetching] = useState<'ORCID' | 'NVA' | null>(null);
  const [preview, setPreview] = useState<RegistryPreviewFieldsFragment | null>(null);
  const [previewedNvaId, setPreviewedNvaId] = useState<string | null>(null);
  const [picks, setPicks] = useState<Picks>(NOTHING);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [importing, setImporting] = useState(false);
  const [result, setResult] = useState('');
  const [imports, setImports] = useState(0);

  const fetchPreview = async (source: 'ORCID' | 'NVA') => {
    setFetching(source);
    setPreview(null);
    setErrors(NO_ERRORS);
    setResult('');
    try {
      const id = cristinId.trim() || null;
      const next =
        source === 'ORCID'
          ? (await request(PreviewOrcidImportQuery, {})).previewOrcidImport
          : (await request(PreviewNvaImportQuery, { cristinPersonId: id })).previewNvaImport;
      setPreviewedNvaId(source === 'NVA' ? id : null);
      setPreview(next);
      setPicks(NOTHING);
    } catch (err) {
      setErrors(toFormErrors(err, ['cristinPersonId']));
    } finally {
      setFetching(null);
    }
  };

  const importPicked = async (event: FormEvent) => {
    event.preventDefault();
    if (!preview) return;
    setImporting(true);
    setErrors(NO_ERRORS);
    const input = { ...picks, ...(preview.source === 'NVA' ? { cristinPersonId: previewedNvaId } : {}) };
    try {
      const profile =
        preview.source === 'ORCID'
          ? (await request(ImportFromOrcidMutation, { input })).importFromOrcid
          : (await request(ImportFromNvaMutation, { input })).importFromNva;
      const message = describeImport(picks, REGISTRY_NAMES[preview.source]);
      setPreview(null);
      setPicks(NOTHING);
      setResult(message);
      setImports((n) => n + 1);
      onImported(profile, message);
    } catch (err) {
      setErrors(toFormErrors(err, []));
    } finally {
      setImporting(false);
    }
  };

  const name = preview ? REGISTRY_NAMES[preview.source] : '';
  const nothingPicked = !picks.biography && !picks.workplace && picks.works.length === 0 && picks.keywords.length === 0;

  return (
    <section className="panel" aria-labelledby="hent-tittel">
      <h2 id="hent-tittel">Hent fra ORCID / NVA</h2>
      <p>
        Hent publikasjoner, stikkord, beskrivelse og arbeidssted fra ORCID eller Nasjonalt vitenarkiv (NVA). Du ser først hva
        som finnes, og velger selv hva som skal med; ingenting endres før du trykker «Hent valgte».
      </p>
      <SuggestionsNotice reloadKey={imports} onOpen={(source) => void fetchPreview(source)} />
      <div className="form-actions">
        <button type="button" className="button button--secondary" disabled={!orcid || fetching !== null} onClick={() => fetchPreview('ORCID')}>
          Hent fra ORCID
        </button>
        {!orcid && <p className="hint">Legg inn ORCID iD-en din i skjemaet under for å hente fra ORCID.</p>}
      </div>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void fetchPreview('NVA');
        }}
      >
        <Field
          id="hent-cristin"
          label="Cristin-personnummer (valgfritt)"
          hint="Står feltet tomt, slår vi opp ORCID iD-en din i NVA."
          error={errors.fields.cristinPersonId}
        >
          {(p) => <input {...p} inputMode="numeric" value={cristinId} onChange={(e) => setCristinId(e.target.value)} />}
        </Field>
        <button type="submit" className="button button--secondary" disabled={fetching !== null}>
          Hent fra NVA
        </button>
      </form>

      {fetching && <Loading label={`Henter fra ${fetching} …`} />}
      {errors.form != null && <ErrorMessage error={errors.form} />}
      <p role="status" className="ok-message">
        {result}
      </p>

      {preview && (
        <form className="form" onSubmit={importPicked} noValidate aria-labelledby="forhandsvisning-tittel">
          <h3 id="forhandsvisning-tittel">
            Dette finnes i {name} ({preview.identifier})
          </h3>
          <div className="import-choices">
            <fieldset className="checkbox-group">
              <legend className="field__label">Arbeidssted</legend>
              {preview.employments.length > 0 ? (
                <ul className="employment-list">
                  {preview.employments.map((e) => (
                    <li key={e}>{e}</li>
                  ))}
                </ul>
              ) : (
                <p className="hint">{name} oppgir ikke noe arbeidssted.</p>
              )}
              {preview.workplace && (
                <label className="checkbox">
                  <input type="checkbox" checked={picks.workplace} onChange={(e) => setPicks({ ...picks, workplace: e.target.checked })} />
                  Bruk {preview.workplace.name} som arbeidssted
                </label>
              )}
            </fieldset>

            <fieldset className="checkbox-group">
              <legend className="field__label">Beskrivelse</legend>
              {preview.biography ? (
                <>
                  <label className="checkbox">
                    <input type="checkbox" checked={picks.biography} onChange={(e) => setPicks({ ...picks, biography: e.target.checked })} />
                    Erstatt beskrivelsen min med denne
                  </label>
                  <blockquote>{preview.biography}</blockquote>
                </>
              ) : (
                <p className="hint">{name} har ingen beskrivelse.</p>
              )}
            </fieldset>

            <fieldset className="checkbox-group">
              <legend className="field__label">Stikkord</legend>
              {preview.keywords.length > 0 ? (
                <ul className="checkbox-group__list">
                  {preview.keywords.map((k) => (
                    <li key={k}>
                      <label className="checkbox">
                        <input
                          type="checkbox"
                          checked={picks.keywords.includes(k)}
                          onChange={(e) => setPicks({ ...picks, keywords: toggle(picks.keywords, k, e.target.checked) })}
                        />
                        {k}
                      </label>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="hint">{name} har ingen stikkord.</p>
              )}
            </fieldset>

            <fieldset className="checkbox-group">
              <legend className="field__label">Publikasjoner</legend>
              {preview.works.length > 0 ? (
                <ul className="publication-list">
                  {preview.works.map((w) => (
                    <li key={w.key}>
                      <label className="checkbox">
                        <input
                          type="checkbox"
                          disabled={w.imported}
                          checked={w.imported || picks.works.includes(w.key)}
                          onChange={(e) => setPicks({ ...picks, works: toggle(picks.works, w.key, e.target.checked) })}
                          aria-describedby={w.imported ? `verk-${w.key}-hentet` : undefined}
                        />
                        <PublicationCitation publication={w} links={false} />
                      </label>
                      {w.imported && (
                        <p id={`verk-${w.key}-hentet`} className="hint">
                          Allerede på profilen din.
                        </p>
                      )}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="hint">{name} har ingen publikasjoner registrert på deg.</p>
              )}
            </fieldset>
          </div>
          <div className="form-actions">
            <button type="submit" className="button" disabled={importing || nothingPicked}>
              Hent valgte
            </button>
            <button type="button" className="button button--secondary" onClick={() => setPreview(null)}>
              Avbryt
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

function describeImport(picks: Picks, registry: string): string {
  const parts: string[] = [];
  if (picks.works.length) parts.push(`${picks.works.length} ${picks.works.length === 1 ? 'publikasjon' : 'publikasjoner'}`);
  if (picks.keywords.length) parts.push(`${picks.keywords.length} stikkord`);
  if (picks.biography) parts.push('beskrivelsen');
  if (picks.workplace) parts.push('arbeidsstedet');
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} og ${parts[parts.length - 1]}` : parts[0];
  return `Hentet ${list} fra ${registry}.`;
}
