/**
 * Dossier benchmark: lays out a generated dossier of about 200 pages (600 excerpts, claims
 * tables, some Persian) and prints the time and the process's peak resident memory.
 * Run: npx tsx scripts/bench-dossier.ts [excerpts=600] [--tagged] [--pdfa] [--out file.pdf]
 * One render per process, so the peak RSS printed is that render's.
 */
import { writeFileSync } from 'node:fs';
import { renderDossier, type DossierDocument, type DossierSection } from '../main/dossier';

const SYLLABLES = ['ka', 'ro', 'min', 'tes', 'ar', 'lo', 'vi', 'den', 'sha', 'pur', 'el', 'no', 'gra', 'fi', 'tu', 'ben', 'sor', 'mi', 'la', 'quen'];
const PERSIAN = 'سازمان مجاهدین خلق (MKO) گفت ۲۰۸ نفر در کمپ اشرف بودند و ما در زمستان سال ۱۳۶۵ از روستا بیرون آمدیم';

/** A deterministic pseudo-random stream, so every run lays out the same dossier. */
function random(seed: number): () => number {
  let state = seed * 2654435761 + 1;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** Words drawn Zipf-like from a vocabulary of about 8,000, as in real interview text. */
function words(seed: number, n: number): string {
  const next = random(seed);
  return Array.from({ length: n }, () => {
    let rank = Math.floor(8000 * next() ** 3);
    let word = '';
    do {
      word += SYLLABLES[rank % SYLLABLES.length];
      rank = Math.floor(rank / SYLLABLES.length);
    } while (rank > 0);
    return word;
  }).join(' ');
}

export function benchDossier(excerpts: number): DossierDocument {
  const perSection = 30;
  const sections: DossierSection[] = [];
  for (let s = 0; s * perSection < excerpts; s++) {
    const blocks: DossierSection['blocks'] = [];
    for (let k = 0; k < perSection && s * perSection + k < excerpts; k++) {
      const n = s * perSection + k;
      blocks.push({
        kind: 'excerpt',
        id: `x${n}`,
        quote: n % 10 === 9 ? `${PERSIAN} ${PERSIAN}` : words(n, 70 + (n % 40)),
        before: words(n + 1, 25),
        after: words(n + 2, 20),
        note: n % 3 === 0 ? words(n + 3, 18) : undefined,
        codes: ['arrival', `code-${n % 12}`],
        entities: [`Person ${n % 40}`, `Place ${n % 15}`],
        links: n > 0 && n % 4 === 0 ? [{ type: 'contradicts', targetExcerptId: `x${(n * 7) % excerpts}` }] : [],
        citation: { interviewTitle: `Interview ${n % 50}`, interviewee: `Witness ${n % 50}`, date: '1999-03-02', passage: n + 1, time: n * 37, file: `interviews/w${n % 50}.txt` },
      });
    }
    blocks.push({ kind: 'claims', about: `Head count ${s + 1}`, rows: Array.from({ length: 12 }, (_, r) => ({ value: String(200 + r), unit: 'people', asOf: '1987', source: `Interview ${r}`, conflict: r % 4 === 0 })) });
    sections.push({ id: `s${s}`, title: `Section ${s + 1}: ${words(s, 5)}`, blocks });
  }
  return {
    title: 'Benchmark dossier',
    author: 'Bench',
    date: '2026-11-28',
    paper: 'A4',
    options: { includeNotes: true, includeCodes: true, includeMemos: true, pageNumbers: true, tagged: false, pdfa: false, appendixInterviews: false },
    sections,
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const count = Number(args.find((a) => /^\d+$/.test(a)) ?? 600);
  const outAt = args.indexOf('--out');
  const doc = benchDossier(count);
  doc.options.tagged = args.includes('--tagged');
  doc.options.pdfa = args.includes('--pdfa');
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const result = await renderDossier(doc);
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const rss = process.resourceUsage().maxRSS / 1024;
  const mode = [doc.options.tagged ? 'tagged' : 'untagged', doc.options.pdfa ? 'PDF/A' : ''].filter(Boolean).join(', ');
  console.log(`${mode}: ${result.pages} pages, ${result.excerpts} excerpts, ${(result.pdf.length / 1e6).toFixed(1)} MB in ${ms.toFixed(0)} ms (CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms); peak RSS ${rss.toFixed(0)} MB`);
  const out = outAt >= 0 ? args[outAt + 1] : undefined;
  if (out) writeFileSync(out, result.pdf);
}

if (process.argv[1]?.endsWith('bench-dossier.ts')) void main();
