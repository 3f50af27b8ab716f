import { describe, expect, it } from 'vitest';
import { quotedQuery } from '../../../main/dossier/fromArchive/presets';

describe('a query named in a dossier', () => {
  it('stands between one pair of curly quotes, a quoted phrase included', () => {
    expect(quotedQuery('"the war"')).toBe('“the war”');
    expect(quotedQuery('camp family')).toBe('“camp family”');
    expect(quotedQuery('"Red Crescent" +camp')).toBe('“"Red Crescent" +camp”');
    expect(quotedQuery('"')).toBe('“"”');
  });
});
