#!/usr/bin/env node
// The baselines of `npm run bench -- search`: naive Lunr (`lunr.Index.load` of a saved JSON index)
// and MiniSearch (`loadJSON`), doing what Testimony does for a search: load the saved index,
// answer a query, and cut snippets from the texts of the hits shown.
//
//   node scripts/bench-baseline.mjs build <lunr|minisearch> <corpus> <index.json> <docs>
//   node scripts/bench-baseline.mjs search <lunr|minisearch> <corpus> <index.json> <query> [--mix]
//
// `search` prints a JSON line as soon as the first result has its snippets (the caller times its
// arrival from the spawn), then one with query p50/p95 over the query mix (with --mix) and peak RSS.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lunr from 'lunr';
import MiniSearch from 'minisearch';

const [mode, engine, corpus, indexFile, arg] = process.argv.slice(2);
const FIELDS = ['title', 'interviewee', 'place', 'text'];
const MIX = ['family', 'village school', 'strike', 'Müller', 'فیروزمند', 'famil*', 'revol*', 'vilage~1', 'harbour~2',
  '"Red Crescent"', '"the war"', 'title:Maria', '+market -bread', 'Tabriz railway', 'mosque harvest wedding', 'interviewee:Hassan',
  'photograph', 'refugee camp', 'Isfahan', 'teacher', 'Łódź', '1978', 'rials', '"textile workers"', 'occupation~1', 'border*'];

/** The corpus files as documents: front matter fields and the text. */
function readDoc(file) {
  const raw = readFileSync(join(corpus, file), 'utf8');
  const end = raw.indexOf('\n---', 4);
  const doc = { id: file, text: raw.slice(end + 4) };
  for (const line of raw.slice(4, end).split('\n')) {
    const m = /^(\w+):\s*"?(.*?)"?$/.exec(line);
    if (m && FIELDS.includes(m[1])) doc[m[1]] = m[2];
  }
  return doc;
}

const files = () => readdirSync(corpus).filter((f) => f.endsWith('.md')).sort();

function build(n) {
  const docs = files().slice(0, n).map(readDoc);
  let json;
  if (engine === 'lunr') {
    // Positions are what Lunr needs for highlighting; without them it has no way to place a hit.
    const index = lunr(function () {
      this.ref('id');
      for (const f of FIELDS) this.field(f);
      this.metadataWhitelist = ['position'];
      for (const d of docs) this.add(d);
    });
    json = JSON.stringify(index);
  } else {
    const index = new MiniSearch({ fields: FIELDS, storeFields: ['title'] });
    index.addAll(docs);
    json = JSON.stringify(index);
  }
  writeFileSync(indexFile, json);
  return { docs: docs.length, bytes: json.length };
}

/** About 160 characters around the first occurrence of a query word in the hit's text. */
function snippet(file, words) {
  const text = readFileSync(join(corpus, file), 'utf8');
  const lower = text.toLowerCase();
  let at = -1;
  for (const w of words) if ((at = lower.indexOf(w)) >= 0) break;
  return at < 0 ? '' : text.slice(Math.max(0, at - 80), at + 80).replace(/\s+/g, ' ');
}

const wordsOf = (q) => q.toLowerCase().replace(/[+\-"*~\d:]/g, ' ').split(/\s+/).filter((w) => w.length > 1);

function searcher() {
  const json = JSON.parse(readFileSync(indexFile, 'utf8'));
  if (engine === 'lunr') {
    const index = lunr.Index.load(json);
    return (q) => {
      try {
        return index.search(q).slice(0, 20).map((r) => r.ref);
      } catch {
        return []; // Lunr's parser rejects some of the query language.
      }
    };
  }
  const index = MiniSearch.loadJS(json, { fields: FIELDS, storeFields: ['title'] });
  return (q) => index.search(q.replace(/[+"]/g, ' '), { prefix: (t) => q.includes(`${t}*`), fuzzy: q.includes('~') ? 0.2 : false }).slice(0, 20).map((r) => r.id);
}

function answer(run, q) {
  const words = wordsOf(q);
  return run(q).map((id) => ({ id, snippet: snippet(id, words) }));
}

if (mode === 'build') {
  const t0 = performance.now();
  const built = build(Number(arg));
  console.log(JSON.stringify({ ...built, ms: Math.round(performance.now() - t0), rssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
} else {
  const run = searcher();
  const hits = answer(run, arg);
  // The caller times this line's arrival from the spawn.
  process.stdout.write(`${JSON.stringify({ first: true, hits: hits.length })}\n`);
  const out = { hits: hits.length };
  if (process.argv.includes('--mix')) {
    const times = [];
    for (let round = 0; round < 4; round++) {
      for (const q of MIX) {
        const t0 = performance.now();
        answer(run, q);
        times.push(performance.now() - t0);
      }
    }
    times.sort((a, b) => a - b);
    out.p50 = +times[Math.floor(times.length * 0.5)].toFixed(1);
    out.p95 = +times[Math.floor(times.length * 0.95)].toFixed(1);
  }
  out.rssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(JSON.stringify(out));
}
