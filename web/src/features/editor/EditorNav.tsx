import { Link, useLocation } from 'wouter';
import { useSession } from '../../auth/use-session';

interface Section {
  href: string;
  label: string;
  adminOnly?: boolean;
}

// Which sections to offer follows the signed-in role; the API still decides every request.
const SECTIONS: Section[] = [
  { href: '/redaksjon', label: 'Vurdering' },
  { href: '/redaksjon/omrader', label: 'Kompetanseområder' },
  { href: '/redaksjon/organisasjoner', label: 'Organisasjoner' },
  { href: '/redaksjon/synonymer', label: 'Synonymer i søket' },
  { href: '/redaksjon/tall', label: 'Årstall' },
  { href: '/redaksjon/kontoer', label: 'Kontoer', adminOnly: true },
  { href: '/redaksjon/logg', label: 'Logg', adminOnly: true },
];

/** The editors' sections, one link each; the current one is marked for screen readers. */
export function EditorNav() {
  const [path] = useLocation();
  const { me } = useSession();
  const sections = SECTIONS.filter((s) => !s.adminOnly || me?.role === 'ADMIN');
  return (
    <nav aria-label="Redaksjonen" className="editor-nav">
      <ul>
        {sections.map((s) => (
          <li key={s.href}>
            <Link href={s.href} aria-current={path === s.href ? 'page' : undefined}>
              {s.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
