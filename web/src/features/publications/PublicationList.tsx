import { PublicationCitation } from './PublicationCitation';
import './publications.css';

/** The publications the owner chose to show, in the owner's order. */
export function PublicationList({
  publications,
}: {
  publications: { id: string; title: string; year?: number | null; venue?: string | null; doi?: string | null; url?: string | null }[];
}) {
  return (
    <ol className="publication-list">
      {publications.map((p) => (
        <li key={p.id}>
          <PublicationCitation publication={p} />
        </li>
      ))}
    </ol>
  );
}
