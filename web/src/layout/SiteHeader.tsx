import { Link, useLocation } from 'wouter';

const LINKS = [
  { href: '/', label: 'Finn ekspert', matches: (p: string) => p === '/' || p.startsWith('/forsker/') },
  { href: '/nettverk', label: 'Nettverk', matches: (p: string) => p.startsWith('/nettverk') },
  { href: '/logg-inn', label: 'Logg inn', matches: (p: string) => p.startsWith('/logg-inn') || p.startsWith('/min-profil') },
];

export function SiteHeader() {
  const [path] = useLocation();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-name">
          Kompetansekatalogen
          <span className="site-name__sub">læring og mestring i helse</span>
        </Link>
        <nav aria-label="Hovedmeny">
          <ul className="main-nav">
            {LINKS.map((link) => (
              <li key={link.href}>
                <Link href={link.href} aria-current={link.matches(path) ? 'page' : undefined}>
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
