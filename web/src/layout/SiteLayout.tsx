import { type ReactNode, useEffect, useRef } from 'react';
import { useLocation } from 'wouter';
import { SiteHeader } from './SiteHeader';
import { SiteFooter } from './SiteFooter';

/** Skip link, header, the page in <main>, footer. Moves focus to the page when the path changes. */
export function SiteLayout({ children }: { children: ReactNode }) {
  const [path] = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  useEffect(() => {
    // A screen-reader or keyboard user lands at the new page, not at the link they followed.
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
    window.scrollTo(0, 0);
  }, [path]);

  return (
    <>
      <a className="skip-link" href="#hovedinnhold">
        Hopp til hovedinnholdet
      </a>
      <SiteHeader />
      <main id="hovedinnhold" ref={main} tabIndex={-1}>
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
