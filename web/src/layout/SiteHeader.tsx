import { Link, useLocation } from 'wouter';
import { useSession } from '../auth/use-session';

interface NavLink {
  href: string;
  label: string;
  matches: (path: string) => boolean;
}

const LINKS: NavLink[] = [
  { href: '/', label: 'Finn ekspert', matches: (p) => p === '/' || p.startsWith('/forsker/') },
  { href: '/nettverk', label: 'Nettverk', matches: (p) => p.startsWith('/nettverk') },
];
const SIGNED_OUT: NavLink[] = [
  { href: '/logg-inn', label: 'Logg inn', matches: (p) => p.startsWith('/logg-inn') || p.startsWith('/registrer') },
];
const SIGNED_IN: NavLink[] = [{ href: '/min-profil', label: 'Min profil', matches: (p) => p.startsWith('/min-profil') }];
const EDITORS: NavLink[] = [{ href: '/redaksjon', label: 'Redaksjon', matches: (p) => p.startsWith('/redaksjon') }];

export function SiteHeader() {
  const [path, navigate] = useLocation();
  const { me, status, logout } = useSession();
  const links = [
    ...LINKS,
    ...(me && (me.role === 'EDITOR' || me.role === 'ADMIN') ? EDITORS : []),
    ...(me ? SIGNED_IN : status === 'signedOut' ? SIGNED_OUT : []),
  ];
  const signOut = async () => {
    await logout();
    navigate('/');
  };
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-name">
          Kompetansekatalogen
          <span className="site-name__sub">læring og mestring i helse</span>
        </Link>
        <nav aria-label="Hovedmeny">
          <ul className="main-nav">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} aria-current={link.matches(path) ? 'page' : undefined}>
                  {link.label}
                </Link>
              </li>
            ))}
            {me && (
              <li>
                <button type="button" className="main-nav__button" onClick={signOut}>
                  Logg ut
                </button>
              </li>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
