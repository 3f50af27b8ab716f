/**
 * `npm run eval:entities [-- --details]`: the entity list against the hand-labelled set in
 * eval/entities/ (see its README), on the sample archive plus ../shared/data/interviews.
 * Prints precision, recall and kind accuracy per kind, and whether every interviewee and
 * interviewer became a person. `--details` adds each false positive and miss; `--json` prints
 * the figures as JSON. Exits 0 with a message where ../shared/data is absent.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nameKey } from '../main/xref/names';
import { isShown } from '../main/xref/confidence';
import { hasSharedInterviews, loadCorpus, REPO } from './entity-eval/corpus';
import { compare, emptyScore, LABEL_KINDS, locateLabels, ratio, type LabelFile, type Span } from './entity-eval/score';

const details = process.argv.includes('--details');
const json = process.argv.includes('--json');

async function main(): Promise<void> {
  if (!hasSharedInterviews()) {
    console.log('eval:entities skipped: ../shared/data/interviews is absent (the labels refer to those transcripts by path).');
    return;
  }
  const dir = join(REPO, 'eval', 'entities');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as LabelFile);
  const corpus = await loadCorpus();
  const shown = corpus.entities.filter((e) => isShown(e));
  const score = emptyScore();
  const participants: Array<{ path: string; role: string; name: string; found: boolean }> = [];
  const formats = new Set<string>();
  const languages = new Set<string>();
  for (const file of files) {
    const interview = corpus.byLabelPath.get(file.path);
    if (!interview) throw new Error(`${file.path}: not read from the corpus`);
    formats.add(file.format);
    languages.add(file.language);
    const { gold, end } = locateLabels(interview.text, file);
    const found: Span[] = shown.flatMap((e) => e.mentions.filter((m) => m.interviewId === interview.id && !m.turn && m.start < end).map((m) => ({ start: m.start, end: m.end, kind: e.kind, text: `${interview.text.slice(m.start, m.end)} (${e.name})` })));
    const before = { fp: score.falsePositives.length, miss: score.misses.length };
    compare(gold, found.sort((a, b) => a.start - b.start), score);
    if (details) {
      for (const f of score.falsePositives.slice(before.fp)) console.log(`  FP   ${file.path}: ${f.kind} ${f.text}`);
      for (const g of score.misses.slice(before.miss)) console.log(`  MISS ${file.path}: ${g.kind} ${g.text}`);
    }
    for (const [role, name] of Object.entries(file.participants)) {
      const key = nameKey(name).join(' ');
      const ok = shown.some((e) => e.kind === 'person' && [e.name, ...e.aliases].some((n) => nameKey(n).join(' ').endsWith(key) || key.endsWith(nameKey(n).join(' ')) && nameKey(n).length > 1) && e.mentions.some((m) => m.interviewId === interview.id));
      participants.push({ path: file.path, role, name, found: ok });
    }
  }
  const labelled = LABEL_KINDS.reduce((n, k) => n + score.perKind[k].labelled, 0);
  const rows = LABEL_KINDS.map((kind) => {
    const t = score.perKind[kind];
    return { kind, labelled: t.labelled, found: t.found, precision: ratio(t.truePositives, t.found), recall: ratio(t.truePositives, t.labelled) };
  });
  const people = participants.filter((p) => p.found).length;
  const summary = { files: files.length, mentions: labelled, formats: [...formats].sort(), languages: [...languages].sort(), rows, kindAccuracy: ratio(score.sameKind, score.matched), participants: `${people}/${participants.length}` };
  if (json) {
    console.log(JSON.stringify(summary, null, 1));
    return;
  }
  console.log(`${labelled} labelled mentions in ${files.length} interviews; formats ${summary.formats.join(', ')}; languages ${summary.languages.join(', ')}`);
  console.log('| kind | labelled | found | precision | recall |\n|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.kind} | ${r.labelled} | ${r.found} | ${r.precision} | ${r.recall} |`);
  console.log(`kind accuracy (found mentions that match a label, right kind): ${summary.kindAccuracy} of ${score.matched}`);
  console.log(`interviewees and interviewers found as people: ${summary.participants}`);
  for (const p of participants.filter((x) => !x.found)) console.log(`  missing ${p.role} ${p.name} (${p.path})`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
