/**
 * The embedded fonts. Every glyph in a dossier comes from a TTF shipped on npm (never pdfkit's
 * built-in Helvetica, which knows only Latin-1): Noto Sans for Latin, Greek and Cyrillic,
 * Vazirmatn for Persian and Arabic. The files are read once per process.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export type FontWeight = 'regular' | 'bold' | 'italic';
export type FontName = 'latin-regular' | 'latin-bold' | 'latin-italic' | 'arabic-regular' | 'arabic-bold';

const files: Record<FontName, string> = {
  'latin-regular': '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  'latin-bold': '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  'latin-italic': '@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf',
  'arabic-regular': '@expo-google-fonts/vazirmatn/400Regular/Vazirmatn_400Regular.ttf',
  'arabic-bold': '@expo-google-fonts/vazirmatn/700Bold/Vazirmatn_700Bold.ttf',
};

export const FONT_NAMES = Object.keys(files) as FontName[];
export const LATIN_FONTS: FontName[] = ['latin-regular', 'latin-bold', 'latin-italic'];

const loaded = new Map<FontName, Buffer>();

/** The font file's bytes; `overrides` lets a packaged host point at its own copies. */
export function fontData(name: FontName, overrides?: Partial<Record<FontName, string>>): Buffer {
  const override = overrides?.[name];
  if (override) return readFileSync(override);
  let data = loaded.get(name);
  if (!data) {
    const require = createRequire(import.meta.url);
    data = readFileSync(require.resolve(files[name]));
    loaded.set(name, data);
  }
  return data;
}

/** Persian and Arabic letters, digits and punctuation, plus the zero-width joiners they use. */
const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF\u200C\u200D]/;

export function isArabicScript(char: string): boolean {
  return ARABIC_SCRIPT.test(char);
}

export function fontFor(script: 'latin' | 'arabic', weight: FontWeight): FontName {
  if (script === 'latin') return `latin-${weight}`;
  return weight === 'bold' ? 'arabic-bold' : 'arabic-regular';
}
