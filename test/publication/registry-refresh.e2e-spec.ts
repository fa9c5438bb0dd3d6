import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { Publication } from '../../src/publication/publication.entity';
import { RegistryLink } from '../../src/publication/registry-link.entity';
import { JobQueue } from '../../src/jobs/job-queue.service';
import { REGISTRY_REFRESH_JOB, RegistryRefreshService } from '../../src/publication/registry-refresh.service';
import { NvaClient } from '../../src/registry/nva.client';
import { OrcidClient } from '../../src/registry/orcid.client';
import { RegistryHttpClient } from '../../src/registry/registry-http-client';
import { RegistryName } from '../../src/registry/registry-import-preview';
import { createAccount, DEFAULT_PASSWORD } from '../support/factories/account.factory';
import { StandIn, startNvaStandIn, startOrcidStandIn } from '../support/registry-stand-ins';
import { createTestApp, TestApp } from '../support/test-app';

const KARI = '0000-0000-0000-001X';
const SUGGESTIONS = `{ myPublicationSuggestions { id source key title year doi } }`;
const IMPORT = `mutation($input: RegistryImportInput!) { importFromOrcid(input: $input) { publications { title } } }`;

/** Kari's ORCID record with one more work group, as if she had added it on orcid.org. */
function withNewWork(putCode: number, title: string, year: string) {
  const record = JSON.parse(readFileSync(join(__dirname, '../support/registry-fixtures/orcid', `${KARI}.json`), 'utf8'));
  record['activities-summary'].works.group.push({
    'last-modified-date': { value: 1767225600000 },
    'external-ids': { 'external-id': [] },
    'work-summary': [
      {
        'put-code': putCode,
        title: { title: { value: title }, subtitle: null, 'translated-title': null },
        'external-ids': { 'external-id': [] },
        url: null,
        type: 'journal-article',
        'publication-date': { year: { value: year }, month: null, day: null },
        'journal-title': { value: 'Sykepleien Forskning' },
        visibility: 'public',
        path: `/${KARI}/work/${putCode}`,
        'display-index': '0',
      },
    ],
  });
  return record;
}

describe('staying in step with ORCID: the weekly re-read', () => {
  let t: TestApp;
  let orcid: StandIn;
  let nva: StandIn;
  let refresh: RegistryRefreshService;

  beforeAll(async () => {
    // ORCID hands out ETags here, so the re-read can ask conditionally.
    orcid = await startOrcidStandIn({ etag: true });
    nva = await startNvaStandIn();
    const client = (registry: RegistryName, baseUrl: string) =>
      new RegistryHttpClient({ registry, baseUrl, timeoutMs: 700, minIntervalMs: 0, initialBackoffMs: 20, maxBackoffMs: 50, breakerThreshold: 3 });
    t = await createTestApp({
      configure: (builder) =>
        builder
          .overrideProvider(OrcidClient)
          .useValue(new OrcidClient(client(RegistryName.ORCID, orcid.url)))
          .overrideProvider(NvaClient)
          .useValue(new NvaClient(client(RegistryName.NVA, nva.url))),
    });
    refresh = t.app.get(RegistryRefreshService);
  });
  afterAll(async () => {
    await t?.close();
    await orcid?.close();
    await nva?.close();
  });

  it('suggests only works new since the import, asks conditionally, and never publishes them unasked', async () => {
    const { token, researcher } = await createAccount(t, { profile: { orcid: KARI }, profileStatus: ProfileStatus.PUBLISHED });
    await t.gql(IMPORT, { input: { works: ['1001'] } }, token);
    const link = await t.dataSource.getRepository(RegistryLink).findOneByOrFail({ researcherId: researcher.id });
    expect(link).toMatchObject({ identifier: KARI, source: 'ORCID' });
    expect([...link.knownKeys].sort()).toEqual(['1001', '2001', '3001']);

    // Nothing new: no suggestion for what was there at import, though it was not imported.
    orcid.reset();
    expect(await refresh.refreshDue({ olderThanMs: 0 })).toEqual({ checked: 1, unchanged: 0, suggested: 0, failed: 0 });
    // Again: this time with the ETag it was given, and ORCID answers 304.
    expect(await refresh.refreshDue({ olderThanMs: 0 })).toEqual({ checked: 1, unchanged: 1, suggested: 0, failed: 0 });
    expect(orcid.requests.map((r) => [r.status, r.headers['if-none-match'] !== undefined])).toEqual([
      [200, false],
      [304, true],
    ]);
    // Checked a moment ago: not due yet.
    expect(await refresh.refreshDue()).toEqual({ checked: 0, unchanged: 0, suggested: 0, failed: 0 });

    // A work added on ORCID becomes a suggestion, not a publication.
    orcid.setFixture(KARI, withNewWork(5001, 'Digital pasientopplæring', '2025'));
    expect(await refresh.refreshDue({ olderThanMs: 0 })).toMatchObject({ checked: 1, suggested: 1 });
    const suggestions = await t.gql(SUGGESTIONS, {}, token);
    expect(suggestions.data!.myPublicationSuggestions).toEqual([
      expect.objectContaining({ source: 'ORCID', key: '5001', title: 'Digital pasientopplæring', year: 2025 }),
    ]);
    expect(await t.dataSource.getRepository(Publication).countBy({ researcherId: researcher.id })).toBe(1);
    // Not suggested twice.
    expect(await refresh.refreshDue({ olderThanMs: 0 })).toMatchObject({ suggested: 0 });

    // Taking it imports it and clears the suggestion.
    const imported = await t.gql(IMPORT, { input: { works: ['5001'] } }, token);
    expect(imported.data!.importFromOrcid.publications.map((p: { title: string }) => p.title)).toContain('Digital pasientopplæring');
    expect((await t.gql(SUGGESTIONS, {}, token)).data!.myPublicationSuggestions).toEqual([]);
  });

  it('runs as a job on the durable queue: a link not read for a week is read again, one read just now is not', async () => {
    await t.dataSource.query(`UPDATE registry_link SET checked_at = now() - interval '8 days'`);
    orcid.reset();
    const jobs = t.app.get(JobQueue);
    expect(await jobs.enqueue(REGISTRY_REFRESH_JOB, [{ data: {} }])).toBe(1);
    await jobs.runDue();
    expect(orcid.requests.length).toBeGreaterThan(0);
    orcid.reset();
    await jobs.enqueue(REGISTRY_REFRESH_JOB, [{ data: {} }]);
    await jobs.runDue();
    expect(orcid.requests).toEqual([]);
  });

  it('forgets a dismissed suggestion for good, and leaves everything as it was when ORCID fails', async () => {
    const other = await t.dataSource.getRepository(RegistryLink).find();
    await t.dataSource.getRepository(RegistryLink).delete(other.map((l) => l.id));
    await t.dataSource.query(`UPDATE researcher SET orcid = NULL WHERE orcid = $1`, [KARI]);
    const { token, researcher } = await createAccount(t, { profile: { orcid: KARI } });
    orcid.reset();
    await t.gql(IMPORT, { input: { works: ['3001'] } }, token);
    orcid.setFixture(KARI, withNewWork(6001, 'Et verk jeg ikke vil vise', '2024'));
    await refresh.refreshDue({ olderThanMs: 0 });
    const [suggestion] = (await t.gql(SUGGESTIONS, {}, token)).data!.myPublicationSuggestions;
    const dismissed = await t.gql(`mutation($ids: [ID!]!) { dismissPublicationSuggestions(ids: $ids) }`, { ids: [suggestion.id] }, token);
    expect(dismissed.data!.dismissPublicationSuggestions).toBe(true);
    expect((await t.gql(SUGGESTIONS, {}, token)).data!.myPublicationSuggestions).toEqual([]);
    await t.dataSource.query(`UPDATE registry_link SET known_keys = '{}' WHERE researcher_id = $1`, [researcher.id]);
    await refresh.refreshDue({ olderThanMs: 0 });
    expect((await t.gql(SUGGESTIONS, {}, token)).data!.myPublicationSuggestions.map((s: { key: string }) => s.key)).not.toContain('6001');
    // The link and the suggestions are part of what the owner can export.
    const exported = JSON.parse((await t.gql(`{ exportMyData }`, {}, token)).data!.exportMyData);
    expect(exported.registryLinks).toEqual([expect.objectContaining({ source: 'ORCID', identifier: KARI })]);
    expect(exported.publicationSuggestions).toEqual(
      expect.arrayContaining([expect.objectContaining({ external_key: '6001', dismissed_at: expect.any(String) })]),
    );

    // A failing ORCID: counted, logged, nothing changed; after repeated failures the breaker stops the run asking.
    const before = await t.dataSource.getRepository(RegistryLink).findOneByOrFail({ researcherId: researcher.id });
    orcid.behave('*', { status: 503 });
    const summary = await refresh.refreshDue({ olderThanMs: 0 });
    expect(summary).toMatchObject({ checked: 0, failed: 1 });
    const after = await t.dataSource.getRepository(RegistryLink).findOneByOrFail({ researcherId: researcher.id });
    expect(after.checkedAt).toEqual(before.checkedAt);

    // Erasure takes the publications, the link and the suggestions with the profile.
    const erased = await t.gql(`mutation($p: String!) { deleteMyAccount(password: $p) }`, { p: DEFAULT_PASSWORD }, token);
    expect(erased.data!.deleteMyAccount).toBe(true);
    for (const table of ['publication', 'registry_link', 'publication_suggestion']) {
      expect(await t.dataSource.query(`SELECT 1 FROM ${table} WHERE researcher_id = $1`, [researcher.id])).toEqual([]);
    }
  });
});
