import { useRef, useState } from 'react';
import { useQuery } from '../../graphql/use-query';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { MailingListQuery } from './admin-queries';
import { addressesOf } from './mailing-list';

/** The members who accept network mail: as a CSV file, and as addresses to copy into a mail program. */
export function MailingListPanel({ networkSlug }: { networkSlug: string }) {
  const { data, error, refetch } = useQuery(MailingListQuery, { network: networkSlug });
  const csv = data?.networkMailingList ?? '';
  const addresses = addressesOf(csv);
  const href = `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
  const field = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState('');

  async function copy() {
    const text = addresses.join(', ');
    try {
      await navigator.clipboard.writeText(text);
      setCopied(`${addresses.length} ${addresses.length === 1 ? 'adresse er kopiert' : 'adresser er kopiert'}. Lim dem inn i mottakerfeltet.`);
    } catch {
      // No clipboard access (an older browser, or permission refused): mark the text so Ctrl+C copies it.
      field.current?.focus();
      field.current?.select();
      setCopied('Adressene er merket. Trykk Ctrl+C (⌘C på Mac) for å kopiere dem.');
    }
  }
  return (
    <section className="panel admin-section" aria-labelledby="epostliste-tittel">
      <h2 id="epostliste-tittel">E-postliste</h2>
      <p>Aktive medlemmer som har sagt ja til e-post fra nettverkene ({addresses.length}).</p>
      {error ? <ErrorMessage error={error} onRetry={refetch} /> : null}
      <p>
        <a className="button button--secondary" href={href} download={`epostliste-${networkSlug}.csv`}>
          Last ned som CSV
        </a>
      </p>
      <div className="field">
        <label htmlFor="epostliste-adresser">Adresser å kopiere</label>
        <textarea id="epostliste-adresser" ref={field} readOnly rows={4} value={addresses.join(', ')} onFocus={(e) => e.currentTarget.select()} />
      </div>
      <p>
        <button type="button" className="button button--secondary" disabled={addresses.length === 0} onClick={() => void copy()}>
          Kopier adressene
        </button>
      </p>
      <p role="status" className="ok-message">{copied}</p>
    </section>
  );
}
