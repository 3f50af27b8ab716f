import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readArchive } from '../../../main/library/readArchive';
import type { Interview } from '../../../main/library/types';
import { AliasBook } from '../../../main/xref/aliases';
import { summarise } from '../../../main/xref/entities';
import { XrefService } from '../../../main/xref/service';
import { tempArchive } from '../../support/tempArchive';

const archive = resolve(__dirname, '../../../archive');

describe('entities of the sample archive', () => {
  let interviews: Interview[] = [];
  let xref: XrefService;
  beforeAll(async () => {
    interviews = (await readArchive(archive)).interviews;
    const scratch = tempArchive({});
    xref = await XrefService.open(archive, scratch.userData, () => interviews);
  });

  it('finds the seed’s people, places and organisations, with aliases joined across spellings and scripts', () => {
    const entities = xref.entities().map(summarise);
    const byName = new Map(entities.map((e) => [e.name, e]));
    for (const name of ['Javad Firuzmand', 'Massoud Rajavi', 'Camp Ashraf', 'Arbil', 'Khalis', 'Dyala', 'ARIA', 'UNHCR', 'BBC', 'MKO']) {
      expect(byName.get(name)?.mentions, name).toBeGreaterThan(0);
    }
    expect(byName.get('MKO')?.kind).toBe('organisation');
    expect(byName.get('Massoud Rajavi')?.kind).toBe('person');
    expect(byName.get('Camp Ashraf')?.kind).toBe('place');
    // The MKO is named in English and in Persian: one entity counts both.
    const mko = xref.entities().find((e) => e.name === 'MKO');
    const persian = interviews.find((i) => i.language === 'fa');
    expect(mko?.mentions.some((m) => m.interviewId === persian?.id)).toBe(true);
    expect(byName.get('MKO')?.interviews).toBeGreaterThanOrEqual(8);
    // Found by extraction, not only from the alias list: the interviewers.
    expect(byName.get('Mehrdad Farahmand')?.kind).toBe('person');
    // A Persian interviewee (no capitals to find it by), and a name shown as written, not as a shouted speaker label.
    expect(byName.get(persian?.interviewee ?? '-')?.kind).toBe('person');
    expect(byName.get('Reza Tavakoli')?.mentions).toBeGreaterThan(5);
    expect(byName.has('REZA TAVAKOLI')).toBe(false);
    // "Mr Yıldız" is the interviewee Ahmet Yıldız, the only person of that surname.
    expect(byName.get('Ahmet Yıldız')?.aliases).toContain('Yıldız');
    expect(byName.get('Ahmet Yıldız')?.mentions).toBeGreaterThan(0);
    expect(byName.has('Yıldız')).toBe(false);
  });

  it('expands a search word to the other single-word names of its entity, in both scripts', () => {
    const expanded = xref.expand('MEK').map((w) => w.toLowerCase());
    expect(expanded).toEqual(expect.arrayContaining(['mko', 'pmoi', 'مجاهدین']));
    expect(xref.expand('مجاهدين')).toEqual(expect.arrayContaining(['MKO'])); // Arabic yeh folds to Persian
    expect(xref.expand('camp')).toEqual([]);
    expect(xref.expand('Ashraf')).not.toContain('Camp Ashraf');
  });

  it('reports an alias file it cannot use, and searches without aliases', async () => {
    const broken = tempArchive({ 'testimony-aliases.json': '{"format":"wrong"}' });
    const { book, problem } = await AliasBook.load(broken.root);
    expect(problem).toMatch(/not a valid alias list/);
    expect(book.expand('MEK')).toEqual([]);
    broken.cleanup();
  });
});
