import { describe, expect, it } from 'vitest';
import { renderDossier } from '../../../main/dossier';
import { reverseArabicLigatureMappings } from '../../../main/dossier/text/ligatureText';
import { hasPoppler, run, saveTemp } from './poppler';
import { sampleDossier } from './sample';

describe('Arabic-script ligatures in the ToUnicode map', () => {
  it('reverses only multi-character Arabic-script mappings', () => {
    const font = { unicode: [[0x41], [0x66, 0x69], [0x644, 0x627], [0x62d]] };
    expect(reverseArabicLigatureMappings({ alias: font, postscriptName: font })).toBe(1);
    expect(font.unicode).toEqual([[0x41], [0x66, 0x69], [0x627, 0x644], [0x62d]]);
  });

  it.skipIf(!hasPoppler)('a Persian word with lam-alef copies out of the PDF in logical order (skipped without poppler)', async () => {
    const doc = sampleDossier();
    const words = 'حالا او گفت که لازم است';
    doc.sections = [{ id: 's', title: 'Persian', blocks: [{ kind: 'paragraph', text: words }] }];
    const { pdf } = await renderDossier(doc);
    const text = run('pdftotext', ['-layout', saveTemp(pdf, 'ligature.pdf'), '-']);
    expect(text).toContain('حالا');
    expect(text).toContain('لازم');
    expect(text).not.toContain('حاال');
  });
});
