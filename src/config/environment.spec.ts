import { randomBytes } from 'node:crypto';
import { EnvironmentError, validateEnvironment } from './environment';

describe('validateEnvironment', () => {
  it('applies defaults when nothing is set', () => {
    const env = validateEnvironment({});
    expect(env.PORT).toBe(3000);
    expect(env.DATA_DIR).toBe('./data');
    expect(env.usesEmbeddedDatabase).toBe(true);
  });

  it('reads numbers and URLs', () => {
    const env = validateEnvironment({ PORT: '8080', DATABASE_URL: 'postgres://u@h:5432/db' });
    expect(env.PORT).toBe(8080);
    expect(env.usesEmbeddedDatabase).toBe(false);
  });

  it.each([
    [{ PORT: '70000' }, 'PORT'],
    [{ PORT: 'abc' }, 'PORT'],
    [{ DATABASE_URL: 'http://x' }, 'DATABASE_URL'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ NODE_ENV: 'production' }, 'JWT_SECRET'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ JWT_SECRET: 'changeme'.repeat(4) }, 'JWT_SECRET'],
    [{ JWT_SECRET: 'x'.repeat(64) }, 'JWT_SECRET'],
    [{ JWT_SECRET: 'qwertyuiopasdfghjklzxcvbnm1234567890' }, 'JWT_SECRET'],
    [{ TRUST_PROXY: 'yes please' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: '10.0.0.0/33' }, 'TRUST_PROXY'],
    [{ SMTP_URL: 'mail.example.no' }, 'SMTP_URL'],
    [{ ORCID_API_URL: 'pub.orcid.org/v3.0' }, 'ORCID_API_URL'],
    [{ ORCID_API_URL: 'ftp://pub.orcid.org' }, 'ORCID_API_URL'],
    [{ NVA_API_URL: 'not a url' }, 'NVA_API_URL'],
    [{ REGISTRY_TIMEOUT_MS: '50' }, 'REGISTRY_TIMEOUT_MS'],
  ])('rejects %j naming %s', (raw, variable) => {
    expect(() => validateEnvironment(raw)).toThrow(EnvironmentError);
    expect(() => validateEnvironment(raw)).toThrow(new RegExp(`^\\s+${variable}:`, 'm'));
  });

  it('reads the registry URLs, defaulting to the public services', () => {
    expect(validateEnvironment({})).toMatchObject({
      ORCID_API_URL: 'https://pub.orcid.org/v3.0',
      NVA_API_URL: 'https://api.nva.unit.no',
      REGISTRY_TIMEOUT_MS: 10_000,
    });
    const env = validateEnvironment({ ORCID_API_URL: 'http://127.0.0.1:4567/v3.0/', NVA_API_URL: 'http://localhost:9999' });
    expect(env.ORCID_API_URL).toBe('http://127.0.0.1:4567/v3.0');
    expect(env.NVA_API_URL).toBe('http://localhost:9999');
  });

  it('accepts production with a long secret', () => {
    expect(validateEnvironment({ NODE_ENV: 'production', JWT_SECRET: randomBytes(32).toString('hex') }).isProduction).toBe(true);
    expect(validateEnvironment({ JWT_SECRET: randomBytes(24).toString('base64') }).JWT_SECRET).toBeDefined();
  });

  it.each([
    [undefined, false],
    ['false', false],
    ['1', 1],
    ['2', 2],
    ['127.0.0.1', ['127.0.0.1']],
    ['10.0.0.0/8, 192.168.1.10', ['10.0.0.0/8', '192.168.1.10']],
    ['loopback,::1', ['loopback', '::1']],
  ])('reads TRUST_PROXY=%j as %j (off unless set)', (raw, expected) => {
    expect(validateEnvironment(raw === undefined ? {} : { TRUST_PROXY: raw }).TRUST_PROXY).toEqual(expected);
  });

  it.each([
    ['JWT_SECRET', 'short-Secret-9f'],
    ['DATABASE_URL', 'mysql://admin:Hunter2-9f@db.example.no/catalogue'],
    ['DATABASE_REPLICA_URLS', 'mysql://r:Hunter2-9f@replica.example.no/db'],
    ['SMTP_URL', 'mail://user:Hunter2-9f@smtp.example.no'],
  ])('names %s and its rule without showing any part of the value', (variable, value) => {
    let message = '';
    try {
      validateEnvironment({ [variable]: value });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(new RegExp(`^\\s+${variable}: .*must`, 'm'));
    expect(message).not.toContain('9f');
    expect(message).not.toContain('Hunter2');
    expect(message).not.toContain('example.no');
  });

  it('shows the value of a variable that is not secret', () => {
    expect(() => validateEnvironment({ PORT: 'abc' })).toThrow(/PORT: .*\(got "abc"\)/);
  });
});
