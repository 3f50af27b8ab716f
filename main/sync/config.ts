/** The team settings of one archive copy (never the password): `<data>/sync/config.json`. */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';

const ConfigSchema = z.object({
  remote: z.string().optional(),
  user: z.string().optional(),
  name: z.string().optional(),
  continuous: z.boolean().optional(),
});
export type SyncConfig = z.infer<typeof ConfigSchema>;

export function configFile(syncFolder: string): string {
  return join(syncFolder, 'config.json');
}

/** Unreadable settings are only settings: the Team view asks for them again. */
export function loadConfig(file: string): SyncConfig {
  try {
    const parsed = existsSync(file) ? ConfigSchema.safeParse(JSON.parse(readFileSync(file, 'utf8'))) : undefined;
    return parsed?.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export function saveConfig(file: string, config: SyncConfig): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileAtomic.sync(file, JSON.stringify(config, null, 2), { fsync: true });
}
