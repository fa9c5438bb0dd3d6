import { Link } from 'wouter';
import { ContactForm } from '../contact/ContactForm';
import type { ProfileData } from './ProfilePage';
import { NetworkContacts } from './NetworkContacts';

/**
 * Contact details exactly as the API returned them for this viewer (hidden ones are null),
 * and, when neither address nor phone is shown, the ways to reach the person anyway.
 */
export function ContactSection({ researcher: r }: { researcher: ProfileData }) {
  const reachable = Boolean(r.email || r.phone);
  const networks = r.memberships.filter((m) => m.status === 'ACTIVE').map((m) => m.network.slug);

  return (
    <section className="contact" aria-labelledby="kontakt-tittel">
      <h2 id="kontakt-tittel">Kontakt</h2>
      {(reachable || r.website || r.orcid) && (
        <dl className="facts">
          {r.email && (
            <div>
              <dt>E-post</dt>
              <dd>
                <a href={`mailto:${r.email}`}>{r.email}</a>
              </dd>
            </div>
          )}
          {r.phone && (
            <div>
              <dt>Telefon</dt>
              <dd>
                <a href={`tel:${r.phone.replace(/[^+\d]/g, '')}`}>{r.phone}</a>
              </dd>
            </div>
          )}
          {r.website && safeUrl(r.website) && (
            <div>
              <dt>Nettside</dt>
              <dd>
                <a href={safeUrl(r.website)!} rel="nofollow noopener noreferrer">
                  {r.website.replace(/^https?:\/\//, '')}
                </a>
              </dd>
            </div>
          )}
          {r.orcid && (
            <div>
              <dt>ORCID</dt>
              <dd>
                <a href={`https://orcid.org/${r.orcid}`} rel="noopener noreferrer">
                  {r.orcid}
                </a>
              </dd>
            </div>
          )}
        </dl>
      )}
      {r.acceptsMessages && r.acceptedContactPurposes.length > 0 && (
        <ContactForm researcherId={r.id} researcherName={r.fullName} purposes={r.acceptedContactPurposes} />
      )}
      {!reachable && !r.acceptsMessages && (
        <div className="contact__hidden">
          <p>{r.fullName} viser ikke e-postadresse eller telefonnummer her.</p>
          <p className="hint">
            Noen viser kontaktopplysninger bare til innloggede brukere: <Link href="/logg-inn">logg inn</Link> for å se dem.
          </p>
          {networks.length > 0 ? <NetworkContacts networks={networks} self={r.slug} /> : null}
          <p>
            Du kan også spørre Nasjonal kompetansetjeneste for læring og mestring innen helse, som driver katalogen,
            om å formidle kontakt: <a href="https://mestring.no">mestring.no</a>.
          </p>
        </div>
      )}
    </section>
  );
}

/** Only http(s) links become links: a profile cannot smuggle in javascript: or data: URLs. */
function safeUrl(raw: string): string | null {
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : `https://${raw}`;
  try {
    const url = new URL(withScheme);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
