// Prints the front page's JavaScript as a browser receives it: the scripts the page shell
// (web/dist/index.html) loads, its module entry and the chunks it preloads, summed as the
// brotli copies the build made and the server sends. Fails above the 100 kB budget.
// Run `npm run build:web` first (npm test and npm start build the pages when stale).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';

const BUDGET = 100_000;
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'web', 'dist');
const shellPath = join(dist, 'index.html');
if (!existsSync(shellPath)) {
  console.error('web/dist/index.html is missing: run `npm run build:web` first.');
  process.exit(1);
}

const shell = readFileSync(shellPath, 'utf8');
const scripts = (shell.match(/<(script|link)\b[^>]*>/g) ?? [])
  .filter((tag) => tag.startsWith('<script') || /rel="modulepreload"/.test(tag))
  .map((tag) => /(?:src|href)="\/([^"]+\.js)"/.exec(tag)?.[1])
  .filter(Boolean);

const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
let total = 0;
for (const script of scripts) {
  const file = join(dist, script);
  const plain = readFileSync(file);
  // The server sends the .br copy; one missing (build without the plugin) is measured as it would be.
  const sent = existsSync(`${file}.br`)
    ? readFileSync(`${file}.br`).length
    : brotliCompressSync(plain, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  total += sent;
  console.log(`${script.padEnd(44)} ${kB(plain.length).padStart(9)} -> ${kB(sent).padStart(8)} brotli`);
}
console.log(`front page JavaScript as sent: ${kB(total)} (${total} bytes, brotli), budget ${kB(BUDGET)}`);
if (total > BUDGET) process.exit(1);
