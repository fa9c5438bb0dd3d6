import type { ProfileHistoryQuery } from '../../gql/graphql';
import { CHANGE_ACTION_LABELS, fieldLabel, valueText } from './history-labels';

type Change = ProfileHistoryQuery['profileHistory'][number];

/** What happened to a profile, newest first: when, what, who, and the editors' notes. */
export function ProfileHistoryList({ changes }: { changes: Change[] }) {
  if (changes.length === 0) return <p className="hint">Ingen hendelser ennå.</p>;
  return (
    <ol className="profile-history">
      {changes.map((c) => (
        <li key={c.id} className="profile-history__entry">
          <p>
            <strong>{CHANGE_ACTION_LABELS[c.action]}</strong> <time dateTime={c.at}>{formatTime(c.at)}</time> av{' '}
            {c.byOwner ? `eieren${c.actorName ? ` (${c.actorName})` : ''}` : (c.actorName ?? 'redaksjonen')}
          </p>
          {c.note && <p className="profile-history__note">Begrunnelse: {c.note}</p>}
          {c.changes.length > 0 && (
            <ul className="profile-history__changes">
              {c.changes.map((f) => (
                <li key={f.field}>
                  {fieldLabel(f.field)}: {valueText(f.field, f.oldValue)} → {valueText(f.field, f.newValue)}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}

function formatTime(iso: string): string {
  return new Date(iso).toLocaleString('nb-NO', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}
