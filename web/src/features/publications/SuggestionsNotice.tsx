import { useEffect, useState } from 'react';
import { request } from '../../graphql/client';
import { useQuery } from '../../graphql/use-query';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { PublicationCitation } from './PublicationCitation';
import { DismissPublicationSuggestionsMutation, MyPublicationSuggestionsQuery } from './publication-operations';

/**
 * "Nytt fra ORCID": works the weekly re-read found in a linked record. Nothing is on the profile
 * until the owner opens the record and imports them; dismissed ones do not come back.
 */
export function SuggestionsNotice({ reloadKey, onOpen }: { reloadKey: number; onOpen: (source: 'ORCID' | 'NVA') => void }) {
  const query = useQuery(MyPublicationSuggestionsQuery, {});
  const [dismissed, setDismissed] = useState<string[]>([]);
  const { refetch } = query;
  // An import clears the suggestions it took: read them again.
  useEffect(() => {
    if (reloadKey > 0) refetch();
  }, [reloadKey]);
  const [error, setError] = useState<unknown>(null);
  const suggestions = (query.data?.myPublicationSuggestions ?? []).filter((s) => !dismissed.includes(s.id));
  if (suggestions.length === 0) return null;

  const dismiss = async (ids: string[]) => {
    setError(null);
    try {
      await request(DismissPublicationSuggestionsMutation, { ids });
      setDismissed([...dismissed, ...ids]);
    } catch (err) {
      setError(err);
    }
  };

  return (
    <>
      {(['ORCID', 'NVA'] as const).map((source) => {
        const mine = suggestions.filter((s) => s.source === source);
        if (mine.length === 0) return null;
        return (
          <div key={source} className="preview" role="region" aria-labelledby={`nytt-${source}`}>
            <h3 id={`nytt-${source}`}>Nytt fra {source}</h3>
            <p>
              {mine.length === 1 ? 'Ett nytt verk' : `${mine.length} nye verk`} siden sist. De vises ikke på profilen før du henter
              dem.
            </p>
            {error != null && <ErrorMessage error={error} />}
            <ul className="publication-list">
              {mine.map((s) => (
                <li key={s.id}>
                  <PublicationCitation publication={s} links={false} />
                </li>
              ))}
            </ul>
            <div className="form-actions">
              <button type="button" className="button button--secondary" onClick={() => onOpen(source)}>
                Se og hent fra {source}
              </button>
              <button type="button" className="button button--secondary" onClick={() => void dismiss(mine.map((s) => s.id))}>
                Ikke interessant
              </button>
            </div>
          </div>
        );
      })}
    </>
  );
}
