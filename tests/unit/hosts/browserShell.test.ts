import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_ARCHIVE, tempArchive } from '../../support/tempArchive';

const repo = join(__dirname, '..', '..', '..');
const serveJs = join(repo, 'out', 'main', 'serve.js');
const built = existsSync(serveJs);

/** The real `npm run serve`, from spawn, as a researcher starts it. */
function serve(args: string[], userData: string): Promise<{ url?: string; code: number | null; stderr: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, [serveJs, ...args], { env: { ...process.env, TESTIMONY_USER_DATA: userData }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const stop = async (): Promise<void> => {
    child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve) => {
    createInterface({ input: child.stdout }).once('line', (url) => resolve({ url, code: null, stderr, stop }));
    void exited.then((code) => resolve({ code, stderr, stop }));
  });
}

/** One call over raw HTTP, as the loopback test does: no client code in between. */
function call(url: string, name: string, body: string): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }> {
  const parsed = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: parsed.port, path: `/api/call/${name}`, method: 'POST', headers: { Host: parsed.host, Authorization: `Bearer ${parsed.searchParams.get('token')}`, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve(JSON.parse(text)));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe.skipIf(!built)('the browser host as a shell (needs `npm run build`)', () => {
  const first = tempArchive(SMALL_ARCHIVE);
  const second = tempArchive({ 'three.txt': 'A third interview about the border crossing at Van.\n' });
  const userData = join(first.userData, '..', 'serve-user-data');
  let host: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    host = await serve([first.root], userData);
  });
  afterAll(async () => {
    await host.stop();
    first.cleanup();
    second.cleanup();
  });

  it('a mistyped folder is an error with a sentence, and nothing is created there', async () => {
    const typo = join(first.root, '..', 'archiv');
    const answer = await serve([typo], userData);
    expect(answer.code).toBe(1);
    expect(answer.stderr).toMatch(/There is no folder at “.*archiv”\. Check the path/);
    expect(existsSync(typo)).toBe(false);
    const file = join(first.root, 'one.txt');
    const onFile = await serve([file], userData);
    expect(onFile.stderr).toContain('is a file, not a folder');
    const port = await serve([first.root, '--port', 'eighty'], userData);
    expect(port.stderr).toContain('--port needs a port number');
  });

  it('opens another archive folder, lists recent ones, and refuses a bad path without losing the open one', async () => {
    const url = host.url!;
    const bad = await call(url, 'archive.open', JSON.stringify({ path: join(second.root, 'nope') }));
    expect(bad).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(bad.error?.message).toContain('There is no folder at');
    expect(existsSync(join(second.root, 'nope'))).toBe(false);
    expect((await call(url, 'archive.status', '{}')).value).toMatchObject({ root: first.root });

    const opened = await call(url, 'archive.open', JSON.stringify({ path: second.root }));
    expect(opened).toMatchObject({ ok: true, value: { root: second.root, name: 'archive' } });
    // The new archive indexes in the background, as at start-up.
    await expect.poll(async () => ((await call(url, 'interviews.list', '{}')).value as { path: string }[]).map((i) => i.path), { timeout: 30_000 }).toEqual(['three.txt']);
    const recent = (await call(url, 'archive.recent', '{}')).value as { path: string }[];
    expect(recent.map((r) => r.path)).toEqual([second.root, first.root]);

    // Back to the first: its lock was given up when it closed, so it opens writable again.
    const back = await call(url, 'archive.open', JSON.stringify({ path: first.root }));
    expect(back).toMatchObject({ ok: true, value: { root: first.root } });
    expect((back.value as { readOnly?: string }).readOnly).toBeUndefined();
  });

  it('a second host on the same archive says at once that it is read-only, before any save', async () => {
    const other = await serve([first.root], join(userData, 'other'));
    try {
      const status = await call(other.url!, 'archive.status', '{}');
      expect((status.value as { readOnly?: string }).readOnly).toMatch(/Another Testimony window or command has this archive open/);
      const own = await call(host.url!, 'archive.status', '{}');
      expect((own.value as { readOnly?: string }).readOnly).toBeUndefined();
    } finally {
      await other.stop();
    }
  });

  it('wrong payloads get a sentence for people and code invalid-input, never internal', async () => {
    const url = host.url!;
    const annotation = await call(url, 'annotations.add', JSON.stringify({ interviewId: (await call(url, 'interviews.list', '{}') as { value: { id: string }[] }).value[0]!.id, start: 3, end: 12, note: '', codes: [] }));
    const id = (annotation.value as { id: string }).id;
    const cases: [string, unknown, RegExp][] = [
      ['annotations.update', { id, note: 'x'.repeat(2_100_000) }, /^This note is too long \(2\.1 MB; the limit is 1 MB\)\.$/],
      ['interviews.get', {}, /^The id is missing\.$/],
      ['interviews.get', { id: 42 }, /^The id should be text, not a number\.$/],
      ['interviews.get', { id: '' }, /^The id is empty: please fill it in\.$/],
      ['archive.status', { zzz: 1 }, /^That request has a field Testimony does not know: “zzz”\.$/],
      ['annotations.export', { format: 'pdf' }, /^The format must be one of: w3c, csv, md\.$/],
      ['archive.status', 'text', /^The request should be a set of fields, not text\.$/],
    ];
    for (const [name, payload, message] of cases) {
      const answer = await call(url, name, JSON.stringify(payload));
      expect(answer.error?.code, name).toBe('invalid-input');
      expect(answer.error?.message, name).toMatch(message);
    }
  });
});

describe('the archive folder check (every host)', () => {
  it('creates nothing when the folder is missing', async () => {
    const { Workspace } = await import('../../../main/workspace');
    const base = tempArchive({ 'a.txt': 'x' });
    const missing = join(base.root, '..', 'missing');
    await expect(Workspace.open(missing, { userDataDir: base.userData })).rejects.toThrow(/There is no folder at/);
    expect(existsSync(missing)).toBe(false);
    mkdirSync(base.userData, { recursive: true });
    writeFileSync(join(base.userData, 'f'), '');
    await expect(Workspace.open(join(base.userData, 'f'), { userDataDir: base.userData })).rejects.toThrow(/is a file, not a folder/);
    expect(readdirSync(base.userData)).toEqual(['f']);
    base.cleanup();
  });
});

describe('errors inside handlers', () => {
  it('a schema checked inside a handler reads like one checked at the border, not as an internal error', async () => {
    const { z } = await import('zod');
    const { describeError } = await import('../../../main/handlers/errors');
    const thrown = (() => {
      try {
        z.object({ title: z.string().max(200) }).parse({ title: 'x'.repeat(300) });
      } catch (error) {
        return error;
      }
    })();
    expect(describeError(thrown)).toEqual({ code: 'invalid-input', message: 'This title is too long (the limit is 200 characters).' });
  });
});
