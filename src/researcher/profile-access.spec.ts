import { ProfileStatus } from '../common/enums/profile-status.enum';
import { Role } from '../common/enums/role.enum';
import { Visibility } from '../common/enums/visibility.enum';
import { canSeeContact, canViewProfile } from './profile-access';

const owner = { accountId: 'a-owner', role: Role.RESEARCHER };
const other = { accountId: 'a-other', role: Role.RESEARCHER };
const editor = { accountId: 'a-editor', role: Role.EDITOR };
const published = { accountId: 'a-owner', status: ProfileStatus.PUBLISHED };
const draft = { accountId: 'a-owner', status: ProfileStatus.DRAFT };

describe('profile access', () => {
  it('shows unpublished profiles only to their owner and editors', () => {
    expect(canViewProfile(draft, null)).toBe(false);
    expect(canViewProfile(draft, other)).toBe(false);
    expect(canViewProfile(draft, owner)).toBe(true);
    expect(canViewProfile(draft, editor)).toBe(true);
    expect(canViewProfile(published, null)).toBe(true);
  });

  it.each([
    [Visibility.PUBLIC, [true, true, true, true]],
    [Visibility.REGISTERED, [false, true, true, true]],
    [Visibility.PRIVATE, [false, false, true, true]],
  ])('applies %s to anonymous, signed-in, owner and editor', (visibility, expected) => {
    const seen = [null, other, owner, editor].map((viewer) => canSeeContact(visibility, published, viewer));
    expect(seen).toEqual(expected);
  });

  it('hides even public contact details of an unpublished profile from others', () => {
    expect(canSeeContact(Visibility.PUBLIC, draft, null)).toBe(false);
    expect(canSeeContact(Visibility.PUBLIC, draft, other)).toBe(false);
  });
});

describe('profile access, the whole table', () => {
  const admin = { accountId: 'a-admin', role: Role.ADMIN };
  const viewers = [null, other, owner, editor, admin];
  const { DRAFT, PENDING_REVIEW, PUBLISHED, HIDDEN } = ProfileStatus;

  // Columns: anonymous, another researcher, the owner, an editor, an admin.
  it.each([
    [DRAFT, [false, false, true, true, true]],
    [PENDING_REVIEW, [false, false, true, true, true]],
    [PUBLISHED, [true, true, true, true, true]],
    [HIDDEN, [false, false, true, true, true]],
  ])('a %s profile is visible to anonymous, others, owner, editor, admin', (status, expected) => {
    expect(viewers.map((viewer) => canViewProfile({ accountId: 'a-owner', status }, viewer))).toEqual(expected);
  });

  it.each([
    [PUBLISHED, Visibility.PUBLIC, [true, true, true, true, true]],
    [PUBLISHED, Visibility.REGISTERED, [false, true, true, true, true]],
    [PUBLISHED, Visibility.PRIVATE, [false, false, true, true, true]],
    [HIDDEN, Visibility.PUBLIC, [false, false, true, true, true]],
    [DRAFT, Visibility.REGISTERED, [false, false, true, true, true]],
    [PENDING_REVIEW, Visibility.PRIVATE, [false, false, true, true, true]],
  ])('contact details of a %s profile with %s: anonymous, others, owner, editor, admin', (status, visibility, expected) => {
    expect(viewers.map((viewer) => canSeeContact(visibility, { accountId: 'a-owner', status }, viewer))).toEqual(expected);
  });

  it('a profile with no account has no owner', () => {
    expect(canViewProfile({ accountId: null, status: DRAFT }, { accountId: 'a-owner', role: Role.RESEARCHER })).toBe(false);
  });
});
