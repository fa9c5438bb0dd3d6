import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

export interface SpawnedApp {
  url: string;
  output: () => string;
  /** Sends the signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Runs src/main.ts in a child process, exactly as `npm start` would, but from source. */
export function startProcess(env: Record<string, string | undefined>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const childEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, TS_NODE_SWC: 'true', LOG_LEVEL: 'info', ...env })) {
    if (v !== undefined && k !== 'NODE_ENV') childEnv[k] = v;
  }
  if (env.NODE_ENV) childEnv.NODE_ENV = env.NODE_ENV;
  const child = spawn(process.execPath, ['-r', 'ts-node/register', 'src/main.ts'], { cwd: ROOT, env: childEnv });
  let out = '';
  child.stdout?.on('data', (d) => (out += d));
  child.stderr?.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

export async function spawnApp(env: Record<string, string | undefined>, timeoutMs = 150_000): Promise<SpawnedApp> {
  const port = await freePort();
  const { child, output, exited } = startProcess({ ...env, PORT: String(port) });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  let ready = false;
  let exitedEarly = false;
  void exited.then(() => (exitedEarly = true));
  while (!ready && !exitedEarly && Date.now() < deadline) {
    ready = await fetch(`${url}/health/ready`).then((r) => r.ok, () => false);
    if (!ready) await new Promise((r) => setTimeout(r, 250));
  }
  if (!ready) {
    child.kill('SIGKILL');
    throw new Error(`App did not become ready:\n${output()}`);
  }
  return {
    url,
    output,
    stop: async (signal = 'SIGTERM') => {
      child.kill(signal);
      return exited;
    },
  };
}
