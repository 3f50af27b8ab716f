/** The team's CouchDB database: its address checked before anything is sent to it. */
import type PouchDB from 'pouchdb-node';
import { loadPouchDB } from './pouch';
import type { SyncDoc } from './records';
import { SyncSetupError } from './errors';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/**
 * https only, so a password never crosses a network in clear; plain http is allowed only to this
 * computer (a local CouchDB or the tests' server). The address names the database, carries no
 * password, and comes back without a trailing slash.
 */
export function checkRemoteUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new SyncSetupError(`“${raw.slice(0, 200)}” is not a web address. Give the project database's address, like https://couch.example.org/oral-history.`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    throw new SyncSetupError(`The project address must start with https:// (plain http:// is allowed only for this computer, 127.0.0.1 or localhost), so the password is never sent in clear: ${url.origin}`);
  }
  if (url.password) throw new SyncSetupError('Leave the password out of the address: give it in the Team view, or in TESTIMONY_SYNC_PASSWORD on the command line.');
  if (url.pathname.replace(/\/+$/, '') === '') throw new SyncSetupError(`The address ${url.origin} names no database: add the project's database, like ${url.origin}/oral-history.`);
  url.username = '';
  return url.toString().replace(/\/+$/, '');
}

export interface Credentials {
  user?: string;
  password?: string;
}

export async function openRemote(url: string, credentials: Credentials): Promise<PouchDB.Database<SyncDoc>> {
  const auth = credentials.user ? { auth: { username: credentials.user, password: credentials.password ?? '' } } : {};
  // skip_setup: a member must never create the database by syncing; the administrator does.
  const checked = checkRemoteUrl(url);
  const Pouch = await loadPouchDB();
  return new Pouch<SyncDoc>(checked, { skip_setup: true, ...auth });
}
