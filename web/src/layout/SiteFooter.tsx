export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>
          Kompetansekatalogen drives av Nasjonal kompetansetjeneste for læring og mestring innen helse (NK LMH).
        </p>
      </div>
    </footer>
  );
}
