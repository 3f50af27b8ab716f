/**
 * Journal or PouchDB as the annotation store? `tsx scripts/bench-sync-store.ts [count]` writes the
 * same annotations one by one into each (each write acknowledged before the next, as the app
 * does), then reopens and reads them all, and prints time and disk use.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PouchDB from 'pouchdb-node';
import { AnnotationStore } from '../main/annotations/store/store';

function du(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? du(join(dir, e.name)) : statSync(join(dir, e.name)).size), 0);
}

const input = (n: number) => ({ interviewId: 'interview', target: { textHash: 'h'.repeat(64), quote: { exact: `quote ${n}`, prefix: 'before ', suffix: ' after' }, position: { start: n, end: n + 7 } }, note: `note ${n}`, codes: [], creator: 'Ana' });

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 10_000);
  const base = mkdtempSync(join(tmpdir(), 'testimony-bench-store-'));
  let t = Date.now();
  const store = await AnnotationStore.open(join(base, 'journal'), { compactEvery: count * 10 });
  for (let n = 0; n < count; n++) await store.addAnnotation(input(n));
  await store.close();
  const journalWrite = Date.now() - t;
  t = Date.now();
  const reopened = await AnnotationStore.open(join(base, 'journal'), { readOnly: true });
  const journalRead = { ms: Date.now() - t, n: reopened.listAnnotations().length };
  await reopened.close();

  t = Date.now();
  const db = new PouchDB<Record<string, unknown>>(join(base, 'pouch'));
  for (let n = 0; n < count; n++) {
    const now = new Date().toISOString();
    await db.bulkDocs([{ _id: randomUUID(), _rev: `1-${randomUUID().replace(/-/g, '')}`, ...input(n), created: now, modified: now }], { new_edits: false });
  }
  await db.close();
  const pouchWrite = Date.now() - t;
  t = Date.now();
  const again = new PouchDB<Record<string, unknown>>(join(base, 'pouch'));
  const info = await again.info();
  const docs = await again.changes({ since: 0, include_docs: true, style: 'all_docs' });
  const pouchRead = { ms: Date.now() - t, n: docs.results.length, count: info.doc_count };
  await again.close();

  console.log(JSON.stringify({ count, journal: { writeMs: journalWrite, perWriteMs: journalWrite / count, readMs: journalRead.ms, read: journalRead.n, bytes: du(join(base, 'journal')) }, pouchdb: { writeMs: pouchWrite, perWriteMs: pouchWrite / count, readMs: pouchRead.ms, read: pouchRead.n, bytes: du(join(base, 'pouch')) } }, null, 2));
  rmSync(base, { recursive: true, force: true });
}

void main();
