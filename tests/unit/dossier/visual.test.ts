/**
 * Pages of the sample dossier compared with reviewed reference renderings (40 dpi, grey).
 * The references were looked at before they were stored (the PNG beside each PGM is the same
 * rendering, for people). To refresh them after a deliberate change, run with
 * UPDATE_DOSSIER_REFERENCES=1, then look at every PNG before committing.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDossier } from '../../../main/dossier';
import { hasPoppler, runBinary, saveTemp } from './poppler';
import { sampleDossier } from './sample';

const REFERENCE = path.join(__dirname, 'reference');
const PAGES: Record<string, number> = { cover: 1, excerpts: 3, 'claims-continued': 5, persian: 6 };
const DPI = '40';
const update = process.env.UPDATE_DOSSIER_REFERENCES === '1';

interface Gray {
  width: number;
  height: number;
  pixels: Buffer;
}

/** A binary PGM (P5, 8 bit) as pdftoppm -gray writes it. */
function parsePgm(data: Buffer): Gray {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 64).toString('latin1'));
  if (!header?.[1] || !header[2]) throw new Error('Not an 8-bit binary PGM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, pixels: data.subarray(header[0].length, header[0].length + width * height) };
}

/** Share of pixels that differ by more than a quarter of the grey range. */
function differingShare(a: Gray, b: Gray): number {
  let differing = 0;
  for (let i = 0; i < a.pixels.length; i++) if (Math.abs((a.pixels[i] ?? 0) - (b.pixels[i] ?? 0)) > 64) differing++;
  return differing / a.pixels.length;
}

describe.skipIf(!hasPoppler)('dossier pages look as reviewed (skipped: pdftoppm not installed)', () => {
  let file = '';
  beforeAll(async () => {
    file = saveTemp((await renderDossier(sampleDossier())).pdf);
  });

  const render = (page: number, format: '-gray' | '-png'): Buffer =>
    runBinary('pdftoppm', [format, '-r', DPI, '-f', String(page), '-l', String(page), '-singlefile', file]);

  for (const [name, page] of Object.entries(PAGES)) {
    it(`page ${page} (${name})`, () => {
      const actual = parsePgm(render(page, '-gray'));
      const stored = path.join(REFERENCE, `${name}.pgm.gz`);
      if (update) {
        mkdirSync(REFERENCE, { recursive: true });
        writeFileSync(stored, gzipSync(render(page, '-gray'), { level: 9 }));
        writeFileSync(path.join(REFERENCE, `${name}.png`), render(page, '-png'));
      }
      expect(existsSync(stored), `missing reference ${stored}`).toBe(true);
      const expected = parsePgm(gunzipSync(readFileSync(stored)));
      expect([actual.width, actual.height]).toEqual([expected.width, expected.height]);
      expect(differingShare(actual, expected)).toBeLessThan(0.004);
    });
  }

  it('notices a page that changed', () => {
    const cover = parsePgm(render(1, '-gray'));
    const excerpts = parsePgm(render(3, '-gray'));
    expect(differingShare(cover, excerpts)).toBeGreaterThan(0.004);
  });
});
