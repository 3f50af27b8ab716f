/**
 * Speaker labels typed in capitals, as OHMS and 1970s–80s typescripts write them: "SMYTH:" in the
 * interview with Charles P. Smyth is him even when the text also names another Smyth, and a label
 * never met in ordinary case ("STURCHIO:") is listed as a researcher would write it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readArchive } from '../../../main/library/readArchive';
import { XrefService } from '../../../main/xref/service';
import { AliasBook } from '../../../main/xref/aliases';
import { buildEntities } from '../../../main/xref/entities';
import { DEFAULT_MIN_CONFIDENCE } from '../../../main/xref/confidence';
import { tempArchive } from '../../support/tempArchive';

const turns = Array.from({ length: 4 }, (_, i) => `STURCHIO: What did you work on in ${1925 + i}?\n\nSMYTH: Dipole moments, mostly, in the laboratory at Princeton. My brother Frederic Hastings Smyth was in Boston then.\n`).join('\n');
const archive = tempArchive({
  'smyth.txt': `Oral history interview with Charles P. Smyth\n\n${turns}`,
  'other.txt': 'Frederic Hastings Smyth interviewed by Ruth Allen\n\nQ: Where were you?\n\nA: In Boston, with Frederic Hastings Smyth and his students.\n',
});
afterAll(() => archive.cleanup());

describe('shouted speaker labels', () => {
  it('join the participant of that surname and are shown in ordinary case', async () => {
    const { interviews } = await readArchive(archive.root);
    const xref = await XrefService.open(archive.root, archive.userData, () => interviews);
    const people = new Map(xref.entities().filter((e) => e.kind === 'person').map((e) => [e.name, e]));
    const smyth = interviews.find((i) => i.path === 'smyth.txt')!;
    const charles = people.get('Charles P. Smyth');
    // Every "SMYTH:" label is a mention of Charles P. Smyth, none of his brother's.
    const labels = [...smyth.text.matchAll(/SMYTH:/g)].map((m) => m.index);
    expect(labels).toHaveLength(4);
    const at = (entity: typeof charles) => new Set(entity?.mentions.filter((m) => m.interviewId === smyth.id).map((m) => m.start));
    for (const start of labels) expect(at(charles).has(start)).toBe(true);
    for (const start of labels) expect(at(people.get('Frederic Hastings Smyth')).has(start)).toBe(false);
    expect(people.has('SMYTH')).toBe(false);
    expect(people.has('STURCHIO')).toBe(false);
    expect(people.get('Sturchio')?.mentions.length).toBe(4);
  });
});

describe('people who take part', () => {
  it('stay people where other interviews read the name as something else ("Al Aho" as an Arabic "Al …" place)', async () => {
    const two = tempArchive({
      'aho.txt': 'Interview with Al Aho\n\nAho: I joined the Labs in 1967.\n',
      'other.txt': 'Q: Who wrote the tools?\n\nA: Al Aho and Al Aho again, then Al Aho with Brian.\n',
    });
    try {
      const { interviews } = await readArchive(two.root);
      const [aho, other] = ['aho.txt', 'other.txt'].map((p) => interviews.find((i) => i.path === p)!.id);
      const candidates = new Map([
        [aho!, [{ name: 'Al Aho', kind: 'person' as const, n: 1, sure: 1, participant: true }]],
        [other!, [{ name: 'Al Aho', kind: 'place' as const, n: 3, sure: 1 }]],
      ]);
      const found = buildEntities(interviews, new AliasBook([]), candidates).find((e) => e.name === 'Al Aho');
      expect(found?.kind).toBe('person');
      expect(new Set(found?.mentions.map((m) => m.interviewId))).toEqual(new Set([aho, other]));
    } finally {
      two.cleanup();
    }
  });
});

describe('a bare name several interviews use', () => {
  it('ranks below the default threshold unless someone of that name takes part', async () => {
    const three = tempArchive({
      'a.txt': 'Q: Who drove?\n\nA: John drove, and Sturchio sat in the back.\n',
      'b.txt': 'Q: And your father?\n\nA: John worked the farm. John never left it.\n',
      'c.txt': 'STURCHIO: What happened next?\n\nA: We moved to Boston.\n',
    });
    try {
      const { interviews } = await readArchive(three.root);
      const id = (p: string): string => interviews.find((i) => i.path === p)!.id;
      const candidates = new Map([
        [id('a.txt'), [{ name: 'John', kind: 'person' as const, sure: 0.9 }, { name: 'Sturchio', kind: 'person' as const, sure: 0.9 }]],
        [id('b.txt'), [{ name: 'John', kind: 'person' as const, n: 2, sure: 0.9 }]],
        [id('c.txt'), [{ name: 'STURCHIO', kind: 'person' as const, sure: 1, participant: true }]],
      ]);
      const entities = buildEntities(interviews, new AliasBook([]), candidates);
      const confidence = (name: string): number | undefined => entities.find((e) => e.name === name)?.confidence;
      expect(confidence('John')).toBeLessThan(DEFAULT_MIN_CONFIDENCE);
      expect(confidence('Sturchio')).toBeGreaterThanOrEqual(DEFAULT_MIN_CONFIDENCE);
    } finally {
      three.cleanup();
    }
  });
});
