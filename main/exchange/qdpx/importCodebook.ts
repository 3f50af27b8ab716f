/** Importing a `.qdc` codebook: checked like a project (XML, no DOCTYPE, schema), then merged into the codes. */
import type { Workspace } from '../../workspace';
import { ExchangeError } from '../errors';
import { ExchangeStateFile } from '../state';
import { childNamed, namespaceOf, parseXml } from './dom';
import type { ImportReport } from './importProject';
import { importCodes } from './importCodes';
import { readCodes } from './readProject';
import { CODEBOOK_RULES, schemaProblem } from './schema';

export async function importQdc(ws: Workspace, data: Buffer): Promise<ImportReport> {
  const root = parseXml(data.toString('utf8'), 'The codebook');
  if (root.name !== 'CodeBook' || namespaceOf(root) !== 'urn:QDA-XML:codebook:1.0') throw new ExchangeError('This is not a REFI-QDA codebook (.qdc): it does not start with <CodeBook> in urn:QDA-XML:codebook:1.0.');
  const problem = schemaProblem(root, CODEBOOK_RULES);
  if (problem) throw new ExchangeError(`The codebook does not follow the REFI-QDA schema (${problem}). Nothing was imported.`);
  if (ws.annotations.store.readOnly) throw new ExchangeError('This archive is open read-only (another window holds it), so nothing can be imported into it.');
  const codes = readCodes(childNamed(root, 'Codes'));
  const { categories } = await importCodes(ws.annotations.store, codes);
  new ExchangeStateFile(ws.dataDir).merge({ categories });
  const sets = root.children.filter((c) => c.name === 'Sets').flatMap((s) => s.children);
  return { sources: 0, codes: codes.length, codings: 0, notes: 0, folder: '', skipped: sets.map((s) => ({ what: `the code set “${s.attrs.name}”`, why: 'Testimony has no sets of codes; the codes themselves were imported' })) };
}
