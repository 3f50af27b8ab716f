import { XMLParser, XMLValidator, type X2jOptions } from 'fast-xml-parser';
import { decodeText } from '../decode';
import { ArchiveReadError } from '../errors';
import { formatBytes, readHead } from '../readText';
import type { ReaderInput } from './reader';

export type XmlNode = Record<string, unknown>;

const SAFE: Partial<X2jOptions> = {
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  // Entities stay as written and are decoded afterwards without DTD expansion (no XXE, no entity bombs).
  processEntities: false,
  htmlEntities: false,
  trimValues: false,
};

/**
 * Reads an XML transcript (OHMS, ELAN, Transcriber) whole, within the cap, and parses it with
 * fast-xml-parser without ever expanding an entity: a DOCTYPE that declares entities is refused.
 */
export async function readSafeXml(input: ReaderInput, what: string, options: Partial<X2jOptions> = {}): Promise<{ doc: unknown; notes: string[] }> {
  const { bytes, truncated } = await readHead(input.absPath, input.capBytes, input.root, input.noFollow);
  if (truncated) throw new ArchiveReadError(`the ${what} file is larger than ${formatBytes(input.capBytes)}, too large to read`);
  const { text: xml, notes } = decodeText(bytes);
  if (/<!DOCTYPE[^>]*\[|<!ENTITY/i.test(xml.slice(0, 65536))) throw new ArchiveReadError(`the ${what} XML declares entities in a DOCTYPE: refused, entities are never expanded (XML entity attacks)`);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new ArchiveReadError(`broken ${what} XML at line ${valid.err.line}: ${valid.err.msg.replace(/\s+/g, ' ').slice(0, 160)}`);
  try {
    return { doc: new XMLParser({ ...SAFE, ...options }).parse(xml), notes };
  } catch (error) {
    throw new ArchiveReadError(`broken ${what} XML (${error instanceof Error ? error.message.split('\n')[0] : 'parse error'})`);
  }
}

/** An element or attribute that may occur once or many times, as a list. */
export function listOf<T = XmlNode>(value: unknown): T[] {
  return (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]) as T[];
}
