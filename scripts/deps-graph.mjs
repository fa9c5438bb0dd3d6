#!/usr/bin/env node
// `npm run deps:graph`: the folder-level module graph of src/. Writes the Mermaid version into
// docs/architecture.md (between the deps:graph markers) and, where Graphviz's `dot` is
// installed, docs/architecture.svg as well.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { LAYERS } = createRequire(import.meta.url)('./architecture-layers.cjs');
const TOP = 'top';

const cruise = JSON.parse(
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'),
      'src',
      '--config', '.dependency-cruiser.cjs',
      '--include-only', '^src/',
      '--exclude', '\\.spec\\.ts$',
      '--output-type', 'json',
    ],
    { cwd: root, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
  ),
);

const folderOf = (path) => /^src\/([^/]+)\//.exec(path)?.[1] ?? TOP;
const edges = new Set();
for (const module of cruise.modules) {
  const from = folderOf(module.source);
  for (const dep of module.dependencies) {
    const to = folderOf(dep.resolved);
    if (dep.resolved.startsWith('src/') && to !== from) edges.add(`${from} ${to}`);
  }
}

const layers = [...LAYERS.slice(0, -1), [...LAYERS.at(-1), TOP]];
const id = (name) => name.replace(/-/g, '_');
const label = (name) => (name === TOP ? 'app.module, entities, main' : name);
const mermaid = [
  'flowchart BT',
  ...layers.map((layer, i) => [
    `  subgraph L${i}["layer ${i}"]`,
    ...layer.map((f) => `    ${id(f)}["${label(f)}"]`),
    '  end',
  ].join('\n')),
  ...[...edges].sort().map((e) => {
    const [from, to] = e.split(' ');
    return `  ${id(from)} --> ${id(to)}`;
  }),
].join('\n');

const docPath = join(root, 'docs/architecture.md');
const doc = readFileSync(docPath, 'utf8');
const start = '<!-- deps:graph:start -->';
const end = '<!-- deps:graph:end -->';
if (!doc.includes(start) || !doc.includes(end)) throw new Error(`${docPath} lacks the ${start} … ${end} markers`);
const updated = `${doc.slice(0, doc.indexOf(start) + start.length)}\n\`\`\`mermaid\n${mermaid}\n\`\`\`\n${doc.slice(doc.indexOf(end))}`;
writeFileSync(docPath, updated);
console.log(`Wrote the Mermaid graph (${edges.size} folder imports) to docs/architecture.md`);

if (spawnSync('dot', ['-V'], { stdio: 'ignore' }).status === 0) {
  const dot = [
    'digraph src {',
    '  rankdir=BT; node [shape=box, fontname="sans-serif"];',
    ...layers.map((layer, i) => `  subgraph cluster_${i} { label="layer ${i}"; ${layer.map((f) => `"${label(f)}"`).join('; ')}; }`),
    ...[...edges].sort().map((e) => {
      const [from, to] = e.split(' ');
      return `  "${label(from)}" -> "${label(to)}";`;
    }),
    '}',
  ].join('\n');
  const svg = execFileSync('dot', ['-Tsvg'], { input: dot, encoding: 'utf8' });
  writeFileSync(join(root, 'docs/architecture.svg'), svg);
  console.log('Wrote docs/architecture.svg (Graphviz)');
} else {
  console.log('Graphviz (dot) not found: no SVG written; the Mermaid graph renders on GitHub.');
}
