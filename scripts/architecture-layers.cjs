/**
 * The layers of src/, bottom first (docs/architecture.md explains them). A folder may import
 * folders of its own layer or of a layer below, never one above; the files directly in src/
 * (app.module.ts, entities.ts, main.ts, ...) are the top, beside cli. Read by
 * .dependency-cruiser.cjs (the rules `npm run lint` checks) and scripts/deps-graph.mjs.
 */
const LAYERS = [
  ['common', 'config', 'http', 'mail', 'logging', 'health', 'web', 'shared-state'],
  // audit: every domain writes its lines, so it sits just above the plumbing.
  ['database', 'graphql', 'audit'],
  // Durable jobs and mail (pg-boss): domains above define and queue them.
  ['jobs'],
  // Clients of the research registries (ORCID, NVA): outside services, no domain.
  ['registry'],
  ['organization', 'competence-area', 'account'],
  ['researcher'],
  ['profile'],
  // The contact relay and portraits: both hang off a profile, and privacy exports and erases them.
  ['photo', 'contact'],
  // publication: publications on profiles and importing from the registries (profile data, network-free).
  ['network', 'publication'],
  // Above network: export and erasure reach every table about a person, memberships included.
  ['privacy'],
  ['search'],
  ['seed', 'auth', 'statistics'],
  ['cli'],
];

module.exports = { LAYERS };
