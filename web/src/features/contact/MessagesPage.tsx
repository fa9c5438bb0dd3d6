import { useState } from 'react';
import { Link } from 'wouter';
import { RequireSignIn } from '../../auth/RequireSignIn';
import type { MyMessagesQuery as MyMessagesResult } from '../../gql/graphql';
import { describeError } from '../../graphql/api-error';
import { request } from '../../graphql/client';
import { useQuery } from '../../graphql/use-query';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { useDocumentMeta } from '../../ui/use-document-meta';
import { BlockSenderMutation, MarkAnsweredMutation, MyMessagesQuery, ReportAbuseMutation } from './contact-operations';
import { PURPOSE_LABELS } from './labels';

type Message = MyMessagesResult['myMessages']['edges'][number]['node'];

const PAGE_SIZE = 20;

/** /min-profil/henvendelser: what people wrote through the site. */
export default function MessagesPage() {
  useDocumentMeta('Henvendelser', 'Meldinger sendt til deg gjennom Kompetansekatalogen.');
  return (
    <RequireSignIn>
      <Messages />
    </RequireSignIn>
  );
}

function Messages() {
  const [after, setAfter] = useState<string | null>(null);
  const { data, error, loading, refetch } = useQuery(MyMessagesQuery, { first: PAGE_SIZE, after });
  const [changed, setChanged] = useState<Record<string, Partial<Message>>>({});

  return (
    <div className="page page--medium">
      <p className="back-link">
        <Link href="/min-profil">← Min profil</Link>
      </p>
      <h1>Henvendelser</h1>
      <p className="lead">
        Meldinger folk har sendt deg gjennom katalogen. Svar fra din egen e-post; adressen din blir synlig for avsenderen først da.
        Slettes automatisk etter 180 dager.
      </p>
      {error ? (
        <ErrorMessage error={error} onRetry={refetch} />
      ) : loading && !data ? (
        <Loading label="Henter henvendelsene …" />
      ) : data && data.myMessages.totalCount === 0 ? (
        <p>Ingen har skrevet til deg gjennom katalogen ennå.</p>
      ) : data ? (
        <>
          <p>{data.myMessages.totalCount} henvendelser.</p>
          <ol className="messages">
            {data.myMessages.edges.map(({ node }) => (
              <MessageItem
                key={node.id}
                message={{ ...node, ...changed[node.id] }}
                onChange={(patch) => setChanged((c) => ({ ...c, [node.id]: { ...c[node.id], ...patch } }))}
              />
            ))}
          </ol>
          <div className="form-actions">
            {after && (
              <button type="button" className="button button--secondary" onClick={() => setAfter(null)}>
                Til de nyeste
              </button>
            )}
            {data.myMessages.pageInfo.hasNextPage && (
              <button type="button" className="button button--secondary" onClick={() => setAfter(data.myMessages.pageInfo.endCursor ?? null)}>
                Eldre henvendelser
              </button>
            )}
          </div>
        </>
      ) : null}
    </div>
  );
}

function MessageItem({ message: m, onChange }: { message: Message; onChange: (patch: Partial<Message>) => void }) {
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState('');
  const headingId = `melding-${m.id}`;

  async function act(action: () => Promise<Partial<Message>>, done: string) {
    setBusy(true);
    try {
      onChange(await action());
      setNote(done);
    } catch (error) {
      setNote(describeError(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="message" aria-labelledby={headingId}>
      <h2 id={headingId} className="message__subject">
        {m.subject}
      </h2>
      <p className="message__meta">
        Fra {m.senderName}
        {m.senderOrganization ? `, ${m.senderOrganization}` : ''} (<a href={`mailto:${m.senderEmail}`}>{m.senderEmail}</a>) ·{' '}
        {PURPOSE_LABELS[m.purpose]} · mottatt {formatDateTime(m.receivedAt)}
        {m.deadline ? ` · frist ${formatDateTime(m.deadline)}` : ''}
      </p>
      <ul className="badges" aria-label="Status">
        {m.answered && <li className="badge">Besvart</li>}
        {m.senderBlocked && <li className="badge">Avsender blokkert</li>}
      </ul>
      <div className="message__body">
        {m.message.split(/\n\s*\n/).map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </div>
      <div className="form-actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={busy}
          onClick={() =>
            act(async () => (await request(MarkAnsweredMutation, { id: m.id, answered: !m.answered })).markContactMessageAnswered, m.answered ? 'Markert som ubesvart.' : 'Markert som besvart.')
          }
        >
          {m.answered ? 'Marker som ubesvart' : 'Marker som besvart'}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={busy}
          onClick={() =>
            act(async () => (await request(BlockSenderMutation, { message: m.id, blocked: !m.senderBlocked })).blockContactSender, m.senderBlocked ? 'Avsenderen er ikke lenger blokkert.' : 'Avsenderen er blokkert. Nye meldinger fra adressen holdes tilbake.')
          }
        >
          {m.senderBlocked ? 'Opphev blokkering' : 'Blokker avsender'}
        </button>
        <button
          type="button"
          className="button button--danger"
          disabled={busy}
          onClick={() =>
            act(async () => {
              await request(ReportAbuseMutation, { message: m.id, reason: null });
              return { senderBlocked: true };
            }, 'Meldt til redaksjonen. Avsenderen er blokkert.')
          }
        >
          Meld misbruk
        </button>
      </div>
      <p role="status" className="hint">
        {note}
      </p>
    </li>
  );
}

function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString('nb-NO', { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });
}
