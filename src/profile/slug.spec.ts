import { slugify } from './slug';

describe('slugify', () => {
  it.each([
    ['Åse Ødegård-Lien', 'ase-odegard-lien'],
    ['Kjærsti Blåbær', 'kjaersti-blabaer'],
    ['Ævar ØSTBØ', 'aevar-ostbo'],
    ['Hélène Müller', 'helene-muller'],
    ['  Per   Olav  ', 'per-olav'],
    ['Máret Ánne Sara', 'maret-anne-sara'],
    ['', 'forsker'],
    ['???', 'forsker'],
  ])('%j → %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('keeps slugs short without a trailing dash', () => {
    const slug = slugify(`${'a'.repeat(59)} b`);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('-')).toBe(false);
  });
});
