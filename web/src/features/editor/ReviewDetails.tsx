import type { ReviewProfileFieldsFragment } from '../../gql/graphql';
import { DEGREE_LABELS, languageLabel, REGION_LABELS } from '../../ui/labels';
import { formatDate } from '../account/labels';

/** Everything an editor needs to judge a profile, as the API returned it. */
export function ReviewDetails({ profile: p }: { profile: ReviewProfileFieldsFragment }) {
  const rows: [string, string | null | undefined][] = [
    ['Tittel', p.title],
    ['Grad', p.degree && DEGREE_LABELS[p.degree]],
    ['ORCID iD', p.orcid],
    ['Arbeidssted', p.organization?.name],
    ['Helseregion', p.region && REGION_LABELS[p.region]],
    ['Fagområder', p.competenceAreas.map((a) => a.name).join(', ')],
    ['Stikkord', p.keywords.join(', ')],
    ['Språk', p.languages.map(languageLabel).join(', ')],
    ['Foredrag og kurs', p.availableAsSpeaker ? 'Ja' : 'Nei'],
    ['Media', p.availableForMedia ? 'Ja' : 'Nei'],
    ['E-post', p.email],
    [
      'Innloggingsadresse',
      p.loginAddressConfirmed === null ? null : p.loginAddressConfirmed ? 'Bekreftet' : 'Ikke bekreftet ennå',
    ],
    ['Telefon', p.phone],
    ['Nettside', p.website],
    ['Sist endret', formatDate(p.updatedAt)],
  ];
  return (
    <>
      <dl className="details-list">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value || <span className="muted">Ikke fylt inn</span>}</dd>
          </div>
        ))}
      </dl>
      {p.bio ? <p className="bio">{p.bio}</p> : <p className="muted">Ingen beskrivelse.</p>}
    </>
  );
}
