import mammoth from 'mammoth';
import { stat } from 'node:fs/promises';
import { binaryKind } from '../decode';
import { decodeEntities } from '../entities';
import { ArchiveReadError } from '../errors';
import { formatBytes, readWhole } from '../readText';
import { readPlainText } from './plainText';
import type { Reader } from './reader';
import { checkZip, DOCX_LIMITS } from './zipGuard';

const MAX_DOCX_BYTES = 100 * 1024 * 1024;

function coreField(coreXml: string | undefined, tag: string): string | undefined {
  const match = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(coreXml ?? '');
  return match?.[1] ? decodeEntities(match[1]).trim() || undefined : undefined;
}

/** Word .docx: the package is checked (zip bomb, DOCTYPE) before mammoth extracts the raw text. */
export const readDocx: Reader = async ({ absPath, capBytes, root, noFollow }) => {
  const { size } = await stat(absPath);
  if (size > MAX_DOCX_BYTES) throw new ArchiveReadError(`the .docx file is larger than ${formatBytes(MAX_DOCX_BYTES)}, too large to read`);
  const buffer = await readWhole(absPath, root, noFollow, MAX_DOCX_BYTES);
  const kind = binaryKind(buffer);
  if (kind === 'a legacy Microsoft Office file') {
    throw new ArchiveReadError('a legacy Word .doc file with a .docx name: open it in Word and save it as .docx');
  }
  if (kind !== 'a ZIP archive') throw new ArchiveReadError('not a Word .docx file (it is not a ZIP package)');
  const { names, kept } = await checkZip(buffer, DOCX_LIMITS, ['docProps/core.xml']);
  if (!names.has('word/document.xml')) throw new ArchiveReadError('a ZIP file without a Word document inside (no word/document.xml)');
  let raw: string;
  try {
    raw = (await mammoth.extractRawText({ buffer })).value;
  } catch (error) {
    throw new ArchiveReadError(`a damaged Word document (${error instanceof Error ? error.message.split('\n')[0] : 'unreadable'})`);
  }
  const notes: string[] = [];
  if (raw.length > capBytes) notes.push(`truncated to ${formatBytes(capBytes)} of text: only the beginning is indexed`);
  const { builder, meta } = readPlainText(raw.replace(/\r\n?/g, '\n'), capBytes);
  const core = kept.get('docProps/core.xml');
  // The document's creation date is not the interview's date, so only the title is taken.
  const result = builder.result({ ...meta, title: coreField(core, 'dc:title') ?? meta.title ?? '' });
  return { result, notes };
};
