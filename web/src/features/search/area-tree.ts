import type { FacetOption } from './FacetGroup';

interface AreaFacet {
  value: string;
  label: string;
  count: number;
}

/**
 * Nests the competence-area facet by the taxonomy: sub-areas under their area, each level
 * in the API's order (most matches first). A sub-area whose area is not listed stands alone.
 */
export function areaTree(facet: AreaFacet[], parentOf: ReadonlyMap<string, string | null>): FacetOption[] {
  const listed = new Set(facet.map((f) => f.value));
  const top: FacetOption[] = [];
  const byValue = new Map<string, FacetOption>();
  for (const f of facet) byValue.set(f.value, { ...f, children: [] });
  for (const f of facet) {
    const parent = parentOf.get(f.value);
    const option = byValue.get(f.value)!;
    if (parent && listed.has(parent)) byValue.get(parent)!.children!.push(option);
    else top.push(option);
  }
  return top;
}
