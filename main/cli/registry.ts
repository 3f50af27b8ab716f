import { coreCommands, type CommandTable } from './commands';
import { dossierCommands } from './dossierCommands';
import { xrefCommands } from './xrefCommands';
import { exchangeCommands } from './exchangeCommands';
import { syncCommands } from './syncCommands';

/** Every CLI command; each feature owns its own table. */
export const commands: CommandTable = { ...coreCommands, ...xrefCommands, ...dossierCommands, ...exchangeCommands, ...syncCommands };
