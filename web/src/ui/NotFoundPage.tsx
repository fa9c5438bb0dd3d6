import { Link } from 'wouter';
import { useDocumentMeta } from './use-document-meta';

export function NotFoundPage() {
  useDocumentMeta('Fant ikke siden');
  return (
    <div className="page">
      <h1>Fant ikke siden</h1>
      <p>Adressen finnes ikke i Kompetansekatalogen, eller siden er ikke laget ennå.</p>
      <p>
        <Link href="/">Gå til søket</Link>
      </p>
    </div>
  );
}
