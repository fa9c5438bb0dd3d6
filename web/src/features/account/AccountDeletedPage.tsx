import { Link } from 'wouter';
import { useDocumentMeta } from '../../ui/use-document-meta';

export default function AccountDeletedPage() {
  useDocumentMeta('Kontoen er slettet');
  return (
    <div className="page page--narrow">
      <h1>Kontoen er slettet</h1>
      <p>Kontoen din, profilen og alt annet vi hadde lagret om deg er slettet.</p>
      <p>
        <Link href="/">Til forsiden</Link>
      </p>
    </div>
  );
}
