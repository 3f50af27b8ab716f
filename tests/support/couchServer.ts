/**
 * A CouchDB-compatible server for the team tests: pouchdb-server (a devDependency) on 127.0.0.1
 * at a free port, with its data in a temp folder, stopped by its pid. It speaks CouchDB's HTTP API
 * including `_users`, `_security` members and validate_doc_update design documents.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ADMIN = { user: 'admin', password: 'admin-secret' };

export interface CouchServer {
  url: string;
  /** Creates a project database with these members; `readers` may read but not write. A user keeps the password of the first project that named them. */
  createProject(name: string, members: Record<string, string>, readers?: Record<string, string>): Promise<string>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

async function admin(url: string, path: string, method: string, body?: unknown, okIfExists = false): Promise<void> {
  const auth = `Basic ${Buffer.from(`${ADMIN.user}:${ADMIN.password}`).toString('base64')}`;
  const response = await fetch(`${url}${path}`, { method, headers: { authorization: auth, 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });
  if (okIfExists && response.status === 409) return;
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
}

async function waitUntilUp(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`pouchdb-server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('pouchdb-server did not start');
}

export async function startCouchServer(): Promise<CouchServer> {
  const dir = mkdtempSync(join(tmpdir(), 'testimony-couch-'));
  const config = join(dir, 'config.json');
  writeFileSync(config, JSON.stringify({ admins: { [ADMIN.user]: ADMIN.password }, log: { file: join(dir, 'log.txt') } }));
  const port = await freePort();
  const bin = resolve(__dirname, '../../node_modules/pouchdb-server/bin/pouchdb-server');
  const child = spawn(process.execPath, [bin, '--port', String(port), '--host', '127.0.0.1', '--dir', dir, '--config', config, '--no-stdout-logs'], { cwd: dir, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilUp(url, child);
  return {
    url,
    async createProject(name, members, readers = {}) {
      await admin(url, `/${name}`, 'PUT');
      for (const [user, password] of Object.entries({ ...members, ...readers })) {
        await admin(url, `/_users/org.couchdb.user:${user}`, 'PUT', { name: user, password, roles: user in readers ? ['reader'] : [], type: 'user' }, true);
      }
      await admin(url, `/${name}/_security`, 'PUT', { admins: { names: [], roles: [] }, members: { names: Object.keys({ ...members, ...readers }), roles: [] } });
      // CouchDB has no read-only member role of its own: a validate_doc_update refuses their writes.
      // Only where there are readers: pouchdb-server then drops replicated updates of existing
      // documents (new_edits=false with a parent) without an error, which CouchDB 3 does not do.
      if (Object.keys(readers).length > 0) await admin(url, `/${name}/_design/read-only`, 'PUT', { validate_doc_update: "function (doc, old, user) { if (user.roles.indexOf('reader') !== -1) throw({ forbidden: 'read-only member' }); }" });
      return `${url}/${name}`;
    },
    async stop() {
      if (child.exitCode === null && child.pid !== undefined) {
        const exited = new Promise((r) => child.once('exit', r));
        process.kill(child.pid, 'SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
