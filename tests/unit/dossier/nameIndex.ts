/**
 * Checks a dossier's index of names against the PDF's own text, page by page: pdftotext of each
 * page's body (running head and footer cropped), folded, searched for every form of every name;
 * and the index pages, read back as "Name (aliases) 3, 5–7" entries.
 */
import { destinations, pdfInfo, run } from './poppler';

/** Folded words: case, NFKC, Arabic/Persian letter variants; bidi marks and ZWNJ dropped. Scripts and digits split apart (pdftotext drops some spaces between them). */
export function foldedWords(text: string): string[] {
  return printedWords(text).map((w) => w.toLowerCase());
}

/** The words as printed (case kept), split as foldedWords splits them. */
function printedWords(text: string): string[] {
  const flat = text
    .normalize('NFKC')
    .replace(/\u200C|\u200D|[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/ي/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/[’‘]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/(\p{Script=Latin})(?=\p{Script=Arabic})|(\p{Script=Arabic})(?=\p{Script=Latin})/gu, '$1$2 ')
    .replace(/(\p{L})(?=\p{N})|(\p{N})(?=\p{L})/gu, '$1$2 ');
  return flat.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** Whether the page has the name's words, its first word written with the name's capitals ("NOT" is not "not"). */
function contains(page: string[], written: string): boolean {
  const form = printedWords(written);
  const first = form[0];
  if (!first) return false;
  const upper = first.length >= 2 && first === first.toUpperCase() && first !== first.toLowerCase();
  const initial = first[0] !== first[0]?.toLowerCase();
  for (let i = 0; i + form.length <= page.length; i++) {
    const at = page[i] ?? '';
    if (upper ? at !== at.toUpperCase() : initial && at[0] !== at[0]?.toUpperCase()) continue;
    if (form.every((w, k) => page[i + k]?.toLowerCase() === w.toLowerCase())) return true;
  }
  return false;
}

/** The body of one page: between the running head and the footer. */
function bodyText(file: string, page: number, height: number): string {
  return run('pdftotext', ['-f', String(page), '-l', String(page), '-x', '0', '-y', '56', '-W', '700', '-H', String(Math.round(height - 56 - 44)), file, '-']);
}

export interface IndexCheck {
  /** Name → pages whose text shows the name or an alias (the body, endnotes and appendix). */
  expected: Map<string, number[]>;
  /** Name → pages the printed index lists for it. */
  listed: Map<string, number[]>;
}

export function indexAgainstText(file: string, names: ReadonlyArray<{ name: string; aliases?: string[] }>): IndexCheck {
  const info = pdfInfo(file);
  const pages = Number(info.Pages);
  const height = Number(/x ([\d.]+)/.exec(info['Page size'] ?? '')?.[1] ?? 842);
  const dests = destinations(file);
  const firstBody = Math.min(...[...dests].filter(([name]) => name.startsWith('section-')).map(([, page]) => page));
  const indexPage = dests.get('index') ?? pages + 1;
  const expected = new Map<string, number[]>();
  for (let p = firstBody; p < indexPage; p++) {
    const words = printedWords(bodyText(file, p, height));
    for (const n of names) {
      if (![n.name, ...(n.aliases ?? [])].some((form) => contains(words, form))) continue;
      expected.set(n.name, [...(expected.get(n.name) ?? []), p]);
    }
  }
  const listed = new Map<string, number[]>();
  if (indexPage <= pages) {
    let text = '';
    for (let p = indexPage; p <= pages; p++) text += ` ${bodyText(file, p, height)}`;
    text = text.replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '').replace(/\s+/g, ' ');
    const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const n of names) {
      // An entry starts the index or follows the previous entry's last page number.
      // Aliases in parentheses (pdftotext reorders those in Persian) contain no digits.
      // pdftotext drops the zero-width non-joiner of Persian names ("نیک‌نام").
      const entry = new RegExp(`(?:Index of names|\\d) ${escape(n.name.replace(/\u200C/g, ''))}(?: \\([^\\d]*?)?\\s*((?:\\d+(?:–\\d+)?(?:, )?)+)`).exec(text);
      if (!entry?.[1]) continue;
      const numbers = entry[1].split(', ').flatMap((range) => {
        const [a = 0, b = a] = range.split('–').map(Number);
        return Array.from({ length: b - a + 1 }, (_, i) => a + i);
      });
      listed.set(n.name, numbers);
    }
  }
  return { expected, listed };
}
