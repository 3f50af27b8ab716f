import type { CommandTable } from './commands';

/** `dossier` (filled in by the dossier feature). */
export const dossierCommands: CommandTable = {};
