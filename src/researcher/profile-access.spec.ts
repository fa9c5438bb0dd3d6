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
