const ORCID_FORMAT = /^(\d{4})-?(\d{4})-?(\d{4})-?(\d{3}[\dX])$/;
const ORCID_URL_PREFIX = /^(https?:\/\/)?(www\.)?orcid\.org\//i;

/** ISO 7064 MOD 11-2 check character over the first 15 digits. */
export function orcidCheckDigit(baseDigits: string): string {
  let total = 0;
  for (const digit of baseDigits) total = (total + Number(digit)) * 2;
  const result = (12 - (total % 11)) % 11;
  return result === 10 ? 'X' : String(result);
}

/**
 * "0000-0002-1825-0097", with or without dashes or the https://orcid.org/ prefix, to the
 * canonical dashed form; null when the format or the check digit is wrong.
 */
export function normalizeOrcid(input: string): string | null {
  const match = ORCID_FORMAT.exec(input.trim().replace(ORCID_URL_PREFIX, '').toUpperCase());
  if (!match) return null;
  const digits = match.slice(1).join('');
  if (orcidCheckDigit(digits.slice(0, 15)) !== digits[15]) return null;
  return match.slice(1).join('-');
}
