/**
 * The layer rules of src/ (docs/architecture.md explains them). `npm run lint` runs this;
 * a broken rule fails lint and so CI. test/architecture/dependency-rules.e2e-spec.ts proves
 * each rule fires on a small fixture.
 *
 * A folder may import folders of its own layer or of a layer below, never one above. Files
 * directly in src/ (app.module.ts, entities.ts, main.ts, ...) are the top.
 */
const { LAYERS } = require('./scripts/architecture-layers.cjs');

const folders = (layers) => layers.flat().map((f) => f.replace(/[-/]/g, (c) => `\\${c}`));
const anyOf = (names) => `^src/(${names.join('|')})/`;

// The last layer (cli) sits beside the top files: it boots the app's entity list, so no rule.
const layerRules = LAYERS.slice(0, -1).map((layer, i) => ({
  name: `layer-${layer.join('+')}`,
  comment: `${layer.join(', ')} may not import a folder of a higher layer, nor the top files of src/`,
  severity: 'error',
  from: { path: anyOf(folders([layer])) },
  to: { path: [anyOf(folders(LAYERS.slice(i + 1))), '^src/[^/]+\\.ts$'] },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Files importing each other, directly or through others.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-folder-cycles',
      comment: 'Folders of src/ importing each other, directly or through others.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/[^/]+$' },
      to: { circular: true },
    },
    {
      name: 'unknown-folder',
      comment: 'A new folder of src/ gets a place in LAYERS (.dependency-cruiser.cjs) before it is used.',
      severity: 'error',
      from: { path: '^src/', pathNot: anyOf(folders(LAYERS)) + '|^src/[^/]+\\.ts$' },
      to: {},
    },
    ...layerRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|web|migrations)/' },
    // Type-only imports count: a cycle through types is still a cycle for a reader.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    reporterOptions: {
      archi: { collapsePattern: '^src/[^/]+' },
    },
  },
};
