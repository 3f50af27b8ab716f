/**
 * Dossier benchmark: lays out a generated dossier of about 200 pages (600 excerpts, claims
 * tables, some Persian) and prints the time and the process's peak resident memory.
 * Run: npx tsx scripts/bench-dossier.ts [excerpts=600] [out.pdf]
 */
import { writeFileSync } from 'node:fs';
import { renderDossier, type DossierDocument, type DossierSection } from '../main/dossier';

const WORDS = 'the trucks stopped at the gate and we waited for the soldiers to count the families before night came over the camp and the river'.split(' ');
const PERSIAN = 'سازمان مجاهدین خلق (MKO) گفت ۲۰۸ نفر در کمپ اشرف بودند و ما در زمستان سال ۱۳۶۵ از روستا بیرون آمدیم';

function words(seed: number, n: number): string {
  return Array.from({ length: n }, (_, i) => WORDS[(seed * 7 + i * 13) % WORDS.length]).join(' ');
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
        quote: n % 10 === 9 ? PERSIAN : words(n, 40 + (n % 30)),
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
  const count = Number(process.argv[2] ?? 600);
  const out = process.argv[3];
  for (const tagged of [false, true]) {
    const doc = benchDossier(count);
    doc.options.tagged = tagged;
    const start = performance.now();
    const result = await renderDossier(doc);
    const ms = performance.now() - start;
    const rss = process.resourceUsage().maxRSS / 1024;
    console.log(`${tagged ? 'tagged  ' : 'untagged'}: ${result.pages} pages, ${result.excerpts} excerpts, ${(result.pdf.length / 1e6).toFixed(1)} MB in ${ms.toFixed(0)} ms; peak RSS so far ${rss.toFixed(0)} MB`);
    if (out && !tagged) writeFileSync(out, result.pdf);
  }
}

void main();
