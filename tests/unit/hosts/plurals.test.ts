import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plural } from '../../../preload/contract/plural';

const repo = join(__dirname, '..', '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

describe('plurals', () => {
  it('one helper says "1 annotation" and "2 annotations", with irregular forms', () => {
    expect(plural(1, 'annotation')).toBe('1 annotation');
    expect(plural(0, 'annotation')).toBe('0 annotations');
    expect(plural(2, 'entry')).toBe('2 entries');
    expect(plural(3, 'match')).toBe('3 matches');
    expect(plural(1, 'interview is', 'interviews are')).toBe('1 interview is');
    expect(plural(12_500, 'word')).toBe('12,500 words');
  });

  it('no text shown to people puts a count before a fixed plural (“1 mentions”) or writes “(s)”', () => {
    // A number interpolated right before a word ending in s, in JSX or a template: `${n} annotations`, {n} mentions.
    const countThenPlural = /(\$\{|\{)[\w.()]*?(length|count|Count|total|mentions|interviews|sections|excerpts|weight|missing|size)\w*\}\s+[a-z]+s\b/;
    const offenders: string[] = [];
    for (const file of [...sources(join(repo, 'renderer', 'src')), ...sources(join(repo, 'main'))]) {
      readFileSync(file, 'utf8').split('\n').forEach((line, index) => {
        // A ternary on === 1 is right where it stands; everything else goes through plural().
        const literals = line.match(/(['"`])(?:(?!\1).)*\1/g) ?? [];
        if (literals.some((text) => /[a-z]\(s\)/.test(text))) offenders.push(`${relative(repo, file)}:${index + 1}: (s)`);
        if (countThenPlural.test(line) && !/=== 1 \?/.test(line)) offenders.push(`${relative(repo, file)}:${index + 1}: ${line.trim().slice(0, 120)}`);
      });
    }
    expect(offenders).toEqual([]);
  });
});
