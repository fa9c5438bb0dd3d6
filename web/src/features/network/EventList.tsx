import type { NetworkPageQuery } from '../../gql/graphql';

type NetworkEvent = NonNullable<NetworkPageQuery['network']>['upcomingEvents'][number];

/** "12. mars 2026 kl. 18:00". */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  return `${d.toLocaleDateString('nb-NO', { day: 'numeric', month: 'long', year: 'numeric' })} kl. ${d.toLocaleTimeString('nb-NO', { hour: '2-digit', minute: '2-digit' })}`;
}

/** Meetings with where, agenda and minutes. */
export function EventList({ events, empty }: { events: NetworkEvent[]; empty: string }) {
  if (events.length === 0) return <p className="empty">{empty}</p>;
  return (
    <ul className="event-list">
      {events.map((e) => (
        <li key={e.id} className="event">
          <h4 className="event__title">{e.title}</h4>
          <p className="event__meta">
            {formatDateTime(e.startsAt)} · {[e.place, e.digital ? 'digitalt' : null].filter(Boolean).join(' og ')}
          </p>
          {e.agenda ? <p className="application__text">{e.agenda}</p> : null}
          {e.minutesText ? (
            <details>
              <summary>Referat</summary>
              <p className="application__text">{e.minutesText}</p>
            </details>
          ) : null}
          {e.minutesUrl ? <p><a href={e.minutesUrl}>Referat fra {e.title}</a></p> : null}
        </li>
      ))}
    </ul>
  );
}
