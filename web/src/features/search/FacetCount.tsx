/** The number of matches a choice would leave, as the facet groups show it; nothing while unknown. */
export function FacetCount({ count }: { count: number | undefined }) {
  if (count === undefined) return null;
  return (
    <>
      {' '}
      <span className="facet__count">({count.toLocaleString('nb-NO')})</span>
    </>
  );
}
