import { isIP } from 'node:net';
import { registerDecorator, ValidationOptions } from 'class-validator';

/** What Express's `trust proxy` takes: off, a number of proxy hops, or the proxies' addresses. */
export type TrustProxy = false | number | string[];

/**
 * TRUST_PROXY: unset or `false` (the default: X-Forwarded-For is ignored, the socket address
 * is the client), a hop count (`1` behind one load balancer), or a comma-separated list of
 * proxy addresses or CIDR ranges (`10.0.0.0/8,127.0.0.1`) and Express's names (`loopback`,
 * `linklocal`, `uniquelocal`). Anything else is refused at start-up.
 */
export function parseTrustProxy(value: unknown): TrustProxy | undefined {
  if (value === undefined || value === null) return false;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (text === '' || text === 'false') return false;
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const entries = text.split(',').map((e) => e.trim());
  const valid = entries.every((entry) => {
    if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) return true;
    const [address, bits, ...rest] = entry.split('/');
    if (rest.length > 0 || !isIP(address)) return false;
    if (bits === undefined) return true;
    const max = isIP(address) === 4 ? 32 : 128;
    return /^\d{1,3}$/.test(bits) && Number(bits) <= max;
  });
  return valid ? entries : undefined;
}

/** Accepts what {@link parseTrustProxy} made of the variable; its raw text means it could not. */
export function IsTrustProxy(validationOptions?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isTrustProxy',
      target: object.constructor,
      propertyName,
      options: validationOptions,
      validator: { validate: (v: unknown) => v === false || typeof v === 'number' || Array.isArray(v) },
    });
}
