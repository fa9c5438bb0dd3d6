const ORCID_FORMAT = /^(\d{4})-?(\d{4})-?(\d{4})-?(\d{3}[\dX])$/;
const CANONICAL_ORCID = /^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/;
const ORCID_URL_PREFIX = /^(https?:\/\/)?(www\.)?orcid\.org\//i;

/** ISO 7064 MOD 11-2 check character over the first 15 digits of an ORCID iD (dashes ignored). */
export function orcidCheckDigit(base15digits: string): string {
  const digits = base15digits.replace(/-/g, '');
  if (!/^\d{15}$/.test(digits)) throw new RangeError(`Expected 15 digits, got "${base15digits}"`);
  let total = 0;
  for (let i = 0; i < 15; i++) total = (total + (digits.charCodeAt(i) - 48)) * 2;
  const result = (12 - (total % 11)) % 11;
  return result === 10 ? 'X' : String(result);
}

/** True for an ORCID iD in canonical form (0000-0002-1825-0097) with a correct check character. */
export function isValidOrcid(orcid: string): boolean {
  if (typeof orcid !== 'string' || !CANONICAL_ORCID.test(orcid)) return false;
  const digits = orcid.replace(/-/g, '');
  return orcidCheckDigit(digits.slice(0, 15)) === digits[15];
}

/**
 * "0000-0002-1825-0097", with or without dashes or the https://orcid.org/ prefix, to the
 * canonical dashed form; null when the format or the check digit is wrong.
 */
export function normalizeOrcid(input: string): string | null {
  const match = ORCID_FORMAT.exec(input.trim().replace(ORCID_URL_PREFIX, '').toUpperCase());
  if (!match) return null;
  const canonical = match.slice(1).join('-');
  return isValidOrcid(canonical) ? canonical : null;
}
