import { MembershipStatus } from '../../src/common/enums/membership.enum';
import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { Role } from '../../src/common/enums/role.enum';
import { Visibility } from '../../src/common/enums/visibility.enum';
import { NetworkMembership } from '../../src/network/network-membership.entity';
import { Network } from '../../src/network/network.entity';
import { createAccount } from '../support/factories/account.factory';
import { createTestApp, TestApp } from '../support/test-app';

type ViewerKind = 'anonymous' | 'researcher' | 'owner' | 'editor';
interface Case {
  id: string;
  slug: string;
  token: string;
  status: ProfileStatus;
  emailVisibility: Visibility;
  phoneVisibility: Visibility;
  email: string;
  phone: string;
}

const LEVELS = [Visibility.PUBLIC, Visibility.REGISTERED, Visibility.PRIVATE];

/** The rule under test, written out plainly. */
function expectedContact(visibility: Visibility, status: ProfileStatus, viewer: ViewerKind): boolean {
  if (viewer === 'owner' || viewer === 'editor') return true;
  if (status !== ProfileStatus.PUBLISHED) return false;
  if (visibility === Visibility.PUBLIC) return true;
  return visibility === Visibility.REGISTERED && viewer === 'researcher';
}

const FIELDS = 'id email phone emailVisibility phoneVisibility status';

describe('contact visibility on every read path', () => {
  let t: TestApp;
  const cases: Case[] = [];
  const tokens: Record<Exclude<ViewerKind, 'owner'>, string | undefined> = { anonymous: undefined, researcher: '', editor: '' };
  let anchorId: string;

  beforeAll(async () => {
    t = await createTestApp();
    tokens.researcher = (await createAccount(t)).token;
    tokens.editor = (await createAccount(t, { role: Role.EDITOR })).token;
    const network = await t.dataSource.getRepository(Network).findOneByOrFail({ slug: 'dialogforum' });
    const memberships = t.dataSource.getRepository(NetworkMembership);
    let n = 0;
    for (const status of [ProfileStatus.PUBLISHED, ProfileStatus.DRAFT, ProfileStatus.HIDDEN]) {
      for (const emailVisibility of LEVELS) {
        for (const phoneVisibility of LEVELS) {
          n += 1;
          const email = `kontakt${n}@example.no`;
          const phone = `+47 22 00 ${String(n).padStart(2, '0')} 00`;
          const { researcher, token } = await createAccount(t, {
            profileStatus: status,
            profile: { givenName: 'Synlig', familyName: `Nr${n}`, email, phone, emailVisibility, phoneVisibility },
          });
          await memberships.save(memberships.create({ networkId: network.id, researcherId: researcher.id, status: MembershipStatus.ACTIVE }));
          cases.push({ id: researcher.id, slug: researcher.slug, token, status, emailVisibility, phoneVisibility, email, phone });
        }
      }
    }
    anchorId = cases[0].id; // published, so its memberships lead to the member list
  });
  afterAll(() => t?.close());

  type Seen = { email: string | null; phone: string | null; emailVisibility: string | null; phoneVisibility: string | null; status: string | null };
  const check = (c: Case, seen: Seen, viewer: ViewerKind) => {
    const full = viewer === 'owner' || viewer === 'editor';
    const label = `${viewer} viewing ${c.status} email:${c.emailVisibility} phone:${c.phoneVisibility}`;
    const { email, phone, emailVisibility, phoneVisibility, status } = seen;
    expect({ label, email, phone, emailVisibility, phoneVisibility, status }).toEqual({
      label,
      email: expectedContact(c.emailVisibility, c.status, viewer) ? c.email : null,
      phone: expectedContact(c.phoneVisibility, c.status, viewer) ? c.phone : null,
      emailVisibility: full ? c.emailVisibility : null,
      phoneVisibility: full ? c.phoneVisibility : null,
      status: full ? c.status : null,
    });
  };

  for (const viewer of ['anonymous', 'researcher', 'editor', 'owner'] as ViewerKind[]) {
    const tokenFor = (c: Case) => (viewer === 'owner' ? c.token : tokens[viewer]);

    it(`lookup by id and by slug, as ${viewer}`, async () => {
      for (const c of cases) {
        const res = await t.gql(`query($id: ID, $slug: String) { a: researcher(id: $id) { ${FIELDS} } b: researcher(slug: $slug) { ${FIELDS} } }`, { id: c.id, slug: c.slug }, tokenFor(c));
        expect(res.errors).toBeUndefined();
        const visible = c.status === ProfileStatus.PUBLISHED || viewer === 'owner' || viewer === 'editor';
        for (const seen of [res.data!.a, res.data!.b]) {
          if (!visible) {
            expect(seen).toBeNull();
            continue;
          }
          check(c, seen, viewer);
        }
      }
    });

    it(`network member list and nested memberships, as ${viewer}`, async () => {
      const members = `members { researcher { ${FIELDS} } }`;
      for (const c of viewer === 'owner' ? cases : cases.slice(0, 1)) {
        const res = await t.gql(
          `query($anchor: ID) { network(slug: "dialogforum") { memberCount ${members} }
             researcher(id: $anchor) { memberships { network { ${members} } } } }`,
          { anchor: anchorId }, tokenFor(c),
        );
        expect(res.errors).toBeUndefined();
        const lists = [res.data!.network.members, res.data!.researcher.memberships[0].network.members];
        for (const list of lists) {
          const ids = list.map((m: { researcher: { id: string } }) => m.researcher.id);
          // Member lists show published profiles only, to everyone.
          expect(new Set(ids)).toEqual(new Set(cases.filter((x) => x.status === ProfileStatus.PUBLISHED).map((x) => x.id)));
          for (const m of list) {
            const subject = cases.find((x) => x.id === m.researcher.id)!;
            const as: ViewerKind = viewer === 'owner' ? (subject.id === c.id ? 'owner' : 'researcher') : viewer;
            check(subject, m.researcher, as);
          }
        }
        expect(res.data!.network.memberCount).toBe(9);
      }
    });

    it(`search results, with and without a query, as ${viewer}`, async () => {
      for (const c of viewer === 'owner' ? cases : cases.slice(0, 1)) {
        for (const query of ['Synlig', null]) {
          const res = await t.gql(
            `query($query: String) { researchers(query: $query, first: 100) { totalCount edges { node { ${FIELDS} } } } }`,
            { query }, tokenFor(c),
          );
          expect(res.errors).toBeUndefined();
          const nodes = res.data!.researchers.edges.map((e: { node: Seen & { id: string } }) => e.node);
          // Search lists published profiles only, to everyone, owners and editors included.
          const published = cases.filter((x) => x.status === ProfileStatus.PUBLISHED).map((x) => x.id);
          expect(new Set(nodes.map((n: { id: string }) => n.id))).toEqual(new Set(published));
          expect(res.data!.researchers.totalCount).toBe(published.length);
          for (const node of nodes) {
            const subject = cases.find((x) => x.id === node.id)!;
            const as: ViewerKind = viewer === 'owner' ? (subject.id === c.id ? 'owner' : 'researcher') : viewer;
            check(subject, node, as);
          }
        }
      }
    });
  }

  it("the owner's own view through me", async () => {
    for (const c of cases) {
      const res = await t.gql(`{ me { profile { ${FIELDS} } } }`, {}, c.token);
      check(c, res.data!.me.profile, 'owner');
    }
  });

  it("editors' review lists show everything", async () => {
    await t.dataSource.query(`UPDATE researcher SET status = 'PENDING_REVIEW' WHERE id = $1`, [cases[9].id]);
    const res = await t.gql(`{ pendingProfiles { ${FIELDS} } }`, {}, tokens.editor);
    const seen = res.data!.pendingProfiles.find((p: { id: string }) => p.id === cases[9].id);
    check({ ...cases[9], status: ProfileStatus.PENDING_REVIEW }, seen, 'editor');
    await t.dataSource.query(`UPDATE researcher SET status = 'DRAFT' WHERE id = $1`, [cases[9].id]);
  });
});
