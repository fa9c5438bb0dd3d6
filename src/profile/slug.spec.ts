import { profileSlug } from './slug';

describe('profileSlug', () => {
  it.each([
    ['Åse Ødegård-Lien', 'ase-odegard-lien'],
    ['Ánde Ŋuolla-Đuđđa', 'ande-nuolla-dudda'],
    ['', 'forsker'],
    ['???', 'forsker'],
  ])('%j → %j', (name, slug) => {
    expect(profileSlug(name)).toBe(slug);
  });
});
