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
        <textarea id="epostliste-adresser" readOnly rows={4} value={addresses.join(', ')} onFocus={(e) => e.currentTarget.select()} />
      </div>
    </section>
  );
}
