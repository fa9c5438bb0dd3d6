import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the CommonJS layer list the rule checker reads
const { LAYERS } = require('../../scripts/architecture-layers.cjs') as { LAYERS: string[][] };

/**
 * The layer rules `npm run lint` checks (.dependency-cruiser.cjs), run against small fixture
 * trees: each deliberate violation must fail the check and name its rule; a tree that keeps
 * the layers, and the real src/, must pass.
 */
const ROOT = join(__dirname, '..', '..');
const CRUISER = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');

interface Outcome {
  status: number | null;
  violations: { rule: string; from: string; to: string }[];
}

/** The check exactly as `npm run lint:deps` runs it: its exit status and the violations it prints. */
function cruise(cwd: string): Outcome {
  const run = spawnSync(process.execPath, [CRUISER, 'src', '--config', CONFIG], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status === null || /ERROR:/.test(run.stderr)) throw new Error(`dependency-cruiser failed to run: ${run.stderr}`);
  const violations = [...run.stdout.matchAll(/^\s*error (\S+): (\S+) → (\S*)/gm)].map(([, rule, from, to]) => ({ rule, from, to }));
  return { status: run.status, violations };
}

/** A throw-away project: a tsconfig and the given files under src/. */
function fixture(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kk-layers-'));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'commonjs', target: 'es2022', strict: true } }));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, 'src', path)), { recursive: true });
    writeFileSync(join(dir, 'src', path), content);
  }
  return dir;
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function cruiseFixture(files: Record<string, string>): Outcome {
  const dir = fixture(files);
  dirs.push(dir);
  return cruise(dir);
}

describe('dependency rules (npm run lint)', () => {
  it('pass on the real src/', () => {
    expect(cruise(ROOT)).toEqual({ status: 0, violations: [] });
  });

  it('pass on a tree that imports downward only', () => {
    const outcome = cruiseFixture({
      'common/errors.ts': 'export const e = 1;\n',
      'account/account.ts': "import { e } from '../common/errors';\nexport const a = e;\n",
      'network/network.ts': "import { a } from '../account/account';\nexport const n = a;\n",
      'app.module.ts': "import { n } from './network/network';\nexport const app = n;\n",
    });
    expect(outcome).toEqual({ status: 0, violations: [] });
  });

  it('fail on a layer violation: a lower folder importing a higher one', () => {
    const outcome = cruiseFixture({
      'network/network.ts': 'export const n = 1;\n',
      'common/errors.ts': "import { n } from '../network/network';\nexport const e = n;\n",
    });
    expect(outcome.status).not.toBe(0);
    expect(outcome.violations).toContainEqual({
      rule: `layer-${LAYERS[0].join('+')}`,
      from: 'src/common/errors.ts',
      to: 'src/network/network.ts',
    });
  });

  it('fail on a lower folder importing the top files (the entity list, app.module)', () => {
    const outcome = cruiseFixture({
      'entities.ts': 'export const ENTITIES = [];\n',
      'database/options.ts': "import { ENTITIES } from '../entities';\nexport const o = ENTITIES;\n",
    });
    expect(outcome.status).not.toBe(0);
    expect(outcome.violations.map((v) => v.rule)).toContain(`layer-${LAYERS[1].join('+')}`);
  });

  it('fail on a cycle between folders, even when no file cycle exists', () => {
    // Two folders of the same layer, so only the folder-cycle rule can catch it.
    const outcome = cruiseFixture({
      'account/a1.ts': "import { o2 } from '../organization/o2';\nexport const a1 = o2;\n",
      'account/a2.ts': 'export const a2 = 2;\n',
      'organization/o1.ts': "import { a2 } from '../account/a2';\nexport const o1 = a2;\n",
      'organization/o2.ts': 'export const o2 = 2;\n',
    });
    expect(outcome.status).not.toBe(0);
    const rules = outcome.violations.map((v) => v.rule);
    expect(rules).toContain('no-folder-cycles');
    expect(rules).not.toContain('no-circular');
  });

  it('fail on a file cycle', () => {
    const outcome = cruiseFixture({
      'common/c1.ts': "import { c2 } from './c2';\nexport const c1 = () => c2;\n",
      'common/c2.ts': "import { c1 } from './c1';\nexport const c2 = () => c1;\n",
    });
    expect(outcome.status).not.toBe(0);
    expect(outcome.violations.map((v) => v.rule)).toContain('no-circular');
  });

  it('fail on a folder that has no place in the layers yet', () => {
    const outcome = cruiseFixture({
      'common/errors.ts': 'export const e = 1;\n',
      'billing/invoice.ts': "import { e } from '../common/errors';\nexport const i = e;\n",
    });
    expect(outcome.status).not.toBe(0);
    expect(outcome.violations.map((v) => v.rule)).toContain('unknown-folder');
  });
});
