import { Link } from 'wouter';
import type { ReviewProfileFieldsFragment } from '../../gql/graphql';
import { formatDate } from '../account/labels';

/** A published profile its owner has not confirmed for a year: who, since when, and where to see it. */
export function UnconfirmedCard({ profile: p }: { profile: ReviewProfileFieldsFragment }) {
  return (
    <li className="unconfirmed">
      <Link href={`/forsker/${p.slug}`}>{p.fullName}</Link>
      {p.organization && <span>, {p.organization.name}</span>}
      <span className="hint">
        {' '}
        – {p.confirmedAt ? `sist bekreftet ${formatDate(p.confirmedAt)}` : `aldri bekreftet (publisert ${formatDate(p.publishedAt)})`}
        {p.email && (
          <>
            {' '}
            – <a href={`mailto:${p.email}`}>{p.email}</a>
          </>
        )}
      </span>
    </li>
  );
}
