import { execFileSync } from 'node:child_process';
import type { ServedArchive } from './host';

/** Calls the contract over the browser host's HTTP API, as the page does. */
export async function callApi<T>(host: ServedArchive, name: string, input: unknown): Promise<T> {
  const response = await fetch(`${host.origin}/api/call/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${name}: ${body.error?.message}`);
  return body.value as T;
}

interface Summary { id: string; path: string; title: string }

/** Annotates the first occurrence of `quote` in the interview stored at `path`; returns the annotation id. */
export async function annotateQuote(host: ServedArchive, path: string, quote: string, codes: string[] = [], note?: string): Promise<string> {
  const list = await callApi<Summary[]>(host, 'interviews.list', {});
  const summary = list.find((i) => i.path === path);
  if (!summary) throw new Error(`no interview ${path}`);
  const { text } = await callApi<{ text: string }>(host, 'interviews.get', { id: summary.id });
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`“${quote}” not in ${path}`);
  const made = await callApi<{ id: string }>(host, 'annotations.add', { interviewId: summary.id, start, end: start + quote.length, codes, ...(note ? { note } : {}) });
  return made.id;
}

/** pdftotext's text of a PDF with every run of white space made one space (lines wrap anywhere). */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

export function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Waits until the served archive is indexed (interviews are listed only once read). */
export async function waitReady(host: ServedArchive): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const status = await callApi<{ progress: { phase: string } }>(host, 'archive.status', {});
    if (status.progress.phase === 'ready') return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the archive did not become ready');
}
