import { AppError, badUserInput, notFound } from '../common/errors/app-errors';
import { ErrorCode } from '../common/errors/error-code';

const osloClock = (date: Date) => new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit' }).format(date);
const osloDay = (date: Date) => new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', day: 'numeric', month: 'long' }).format(date);

/** "Prøv igjen kl. 14:35" (today, Norwegian time) or "Prøv igjen 30. november kl. 09:10". */
export function tryAgainAt(at: Date, now = new Date()): string {
  const sameDay = osloDay(at) === osloDay(now);
  return sameDay ? `Prøv igjen kl. ${osloClock(at)}.` : `Prøv igjen ${osloDay(at)} kl. ${osloClock(at)}.`;
}

export type ContactLimitKind = 'sender' | 'ip' | 'recipient' | 'confirmIp';

const LIMIT_MESSAGES: Record<ContactLimitKind, string> = {
  sender: 'Du har sendt mange meldinger fra denne adressen på kort tid.',
  ip: 'Det er sendt mange meldinger herfra på kort tid.',
  recipient: 'Denne forskeren har fått mange henvendelser i dag.',
  confirmIp: 'Det er prøvd mange bekreftelseslenker herfra på kort tid.',
};

/** RATE_LIMITED with when to try again, in words and as data (retryAfterSeconds, retryAt). */
export function contactRateLimited(kind: ContactLimitKind, retryAfterSeconds: number): AppError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  // Rounded up to the next whole minute: the message names a clock time.
  const retryAt = new Date(Math.ceil((Date.now() + seconds * 1000) / 60_000) * 60_000);
  return new AppError(ErrorCode.RATE_LIMITED, `${LIMIT_MESSAGES[kind]} ${tryAgainAt(retryAt)}`, {
    retryAfterSeconds: seconds,
    retryAt: retryAt.toISOString(),
    limit: kind,
  });
}

export const researcherNotFound = () => notFound('Fant ingen forsker med denne id-en.');

export const notAcceptingMessages = (name: string) =>
  badUserInput('researcher', `${name} tar ikke imot meldinger gjennom katalogen.`);

export const purposeNotAccepted = (name: string) =>
  badUserInput('purpose', `${name} tar ikke imot denne typen henvendelser gjennom katalogen.`);

export const invalidConfirmation = () =>
  badUserInput('token', 'Lenken er ugyldig, brukt eller utløpt. Skriv meldingen på nytt om den ikke er sendt.');

export const messageNotFound = () => notFound('Fant ikke meldingen.');
