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
    [{ SMTP_URL: 'mail.example.no' }, 'SMTP_URL'],
  ])('rejects %j naming %s', (raw, variable) => {
    expect(() => validateEnvironment(raw)).toThrow(EnvironmentError);
    expect(() => validateEnvironment(raw)).toThrow(new RegExp(`^\\s+${variable}:`, 'm'));
  });

  it('accepts production with a long secret', () => {
    expect(validateEnvironment({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).isProduction).toBe(true);
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
