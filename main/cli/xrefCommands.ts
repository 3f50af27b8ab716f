import type { CommandTable } from './commands';

/** `entities`, `claims` (filled in by the xref feature). */
export const xrefCommands: CommandTable = {};
