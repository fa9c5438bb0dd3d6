import { PublicationCandidate } from './registry-import-preview';

/** Newest first; works without a year after those with one, each group in the registry's order. */
export function newestFirst(candidates: PublicationCandidate[]): PublicationCandidate[] {
  return candidates
    .map((candidate, position) => ({ candidate, position }))
    .sort((a, b) => {
      if (a.candidate.year === b.candidate.year) return a.position - b.position;
      if (a.candidate.year === null) return 1;
      if (b.candidate.year === null) return -1;
      return b.candidate.year - a.candidate.year;
    })
    .map(({ candidate }) => candidate);
}
