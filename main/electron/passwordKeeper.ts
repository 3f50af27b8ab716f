/**
 * The team password, kept with Electron's safeStorage (the system keychain's key: Keychain,
 * DPAPI, libsecret). Only the encrypted bytes are written, in the user data folder, never beside
 * the archive; where the system offers no encryption, nothing is kept and the Team view asks.
 */
import { safeStorage } from 'electron';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { PasswordKeeper } from '../sync/service';

export function safeStoragePasswords(userDataDir: string): PasswordKeeper | undefined {
  if (!safeStorage.isEncryptionAvailable()) return undefined;
  const file = join(userDataDir, 'team-passwords.json');
  const read = (): Record<string, string> => {
    try {
      return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
    } catch {
      return {};
    }
  };
  const key = (remote: string, user: string) => `${user}@${remote}`;
  return {
    load(remote, user) {
      const sealed = read()[key(remote, user)];
      try {
        return sealed ? safeStorage.decryptString(Buffer.from(sealed, 'base64')) : undefined;
      } catch {
        return undefined;
      }
    },
    save(remote, user, password) {
      mkdirSync(dirname(file), { recursive: true });
      const all = { ...read(), [key(remote, user)]: safeStorage.encryptString(password).toString('base64') };
      writeFileAtomic.sync(file, JSON.stringify(all), { fsync: true, mode: 0o600 });
    },
  };
}
