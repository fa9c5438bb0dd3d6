/** One publication as a reader sees it: title, venue and year, and a DOI that links to doi.org. */
export function PublicationCitation({
  publication: p,
  as: Title = 'span',
  links = true,
}: {
  publication: { title: string; year?: number | null; venue?: string | null; doi?: string | null; url?: string | null };
  as?: 'span' | 'h3';
  /** False inside a check box's label, where a link would be a click target within a click target. */
  links?: boolean;
}) {
  const details = [p.venue, p.year].filter(Boolean).join(', ');
  return (
    <span className="citation">
      {/* Titles come from registries as they are: markup in them is shown as text, never as HTML. */}
      <Title className="citation__title">{links && p.url ? <a href={p.url}>{p.title}</a> : p.title}</Title>
      {details && <span className="citation__details">{details}</span>}
      {p.doi && (
        <span className="citation__doi">
          DOI: {links ? <a href={`https://doi.org/${p.doi}`}>{p.doi}</a> : p.doi}
        </span>
      )}
    </span>
  );
}
