import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { validateEnvironment } from '../../src/config/environment';

const ROOT = join(__dirname, '..', '..');

interface Compose {
  services: Record<string, {
    image?: string;
    build?: unknown;
    environment?: Record<string, string>;
    depends_on?: Record<string, { condition: string }>;
    healthcheck?: { test: unknown };
    entrypoint?: unknown;
  }>;
}

/** No Docker engine runs here, so the compose file is checked by reading it. */
describe('docker-compose.yml', () => {
  const compose = load(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8')) as Compose;
  const { db, app } = compose.services;

  it('points the app at the compose database with the same credentials', () => {
    const url = new URL(app.environment!.DATABASE_URL);
    expect(url.hostname).toBe('db');
    expect(url.port).toBe('5432');
    expect(decodeURIComponent(url.username)).toBe(db.environment!.POSTGRES_USER);
    expect(decodeURIComponent(url.password)).toBe(db.environment!.POSTGRES_PASSWORD);
    expect(url.pathname.slice(1)).toBe(db.environment!.POSTGRES_DB);
  });

  it('gives the app an environment the app itself accepts', () => {
    const env = { ...app.environment!, JWT_SECRET: randomBytes(32).toString('hex') };
    expect(validateEnvironment(env).isProduction).toBe(true);
    expect(app.environment!.JWT_SECRET).toMatch(/^\$\{JWT_SECRET:\?/);
  });

  it('starts the app only once the database is healthy, and health-checks both', () => {
    expect(app.depends_on?.db.condition).toBe('service_healthy');
    expect(JSON.stringify(db.healthcheck?.test)).toContain('pg_isready');
    expect(JSON.stringify(app.healthcheck?.test)).toContain('/health/ready');
    expect(app.build).toBeDefined();
    expect(Number(db.image!.split(':')[1])).toBeGreaterThanOrEqual(15);
  });

  it('stores portraits in the compose MinIO, in the bucket minio-init makes, with its root credentials', () => {
    const { minio, 'minio-init': init } = compose.services;
    expect(new URL(app.environment!.S3_ENDPOINT).hostname).toBe('minio');
    expect(app.environment!.S3_ACCESS_KEY_ID).toBe(minio.environment!.MINIO_ROOT_USER);
    expect(app.environment!.S3_SECRET_ACCESS_KEY).toBe(minio.environment!.MINIO_ROOT_PASSWORD);
    expect(JSON.stringify(init.entrypoint)).toContain(`mc mb --ignore-existing local/${app.environment!.S3_BUCKET}`);
    expect(app.depends_on?.['minio-init'].condition).toBe('service_completed_successfully');
  });

  it('builds from a multi-stage Dockerfile that runs the compiled app', () => {
    const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
    expect(dockerfile.match(/^FROM /gm)!.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/npm ci/);
    expect(dockerfile).toContain('dist/src/main.js');
  });
});
