/**
 * Untrusted XML → a small DOM, refusing what could hurt: a DOCTYPE (external entities, entity
 * expansion bombs), malformed XML, and absurd sizes. Entities other than XML's five and
 * character references are never expanded.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ExchangeError } from '../errors';

export interface XmlElement {
  /** Local name, without any namespace prefix. */
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (its text nodes joined). */
  text: string;
}

const MAX_XML_BYTES = 512 * 1024 * 1024;
const MAX_DEPTH = 200;

const parser = new XMLParser({
  preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', removeNSPrefix: false, parseTagValue: false,
  parseAttributeValue: false, trimValues: false, processEntities: true, htmlEntities: true, ignoreDeclaration: true, ignorePiTags: true,
});

type Raw = Record<string, unknown>;

function local(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

function convert(raw: Raw, depth: number): XmlElement | undefined {
  const name = Object.keys(raw).find((k) => k !== ':@' && k !== '#text');
  if (name === undefined) return undefined;
  if (depth > MAX_DEPTH) throw new ExchangeError(`The XML is nested more than ${MAX_DEPTH} levels deep: refused.`);
  const attrs = Object.fromEntries(Object.entries((raw[':@'] as Record<string, unknown> | undefined) ?? {}).map(([k, v]) => [k, String(v)]));
  const children: XmlElement[] = [];
  let text = '';
  for (const item of (raw[name] as Raw[] | undefined) ?? []) {
    if (typeof item['#text'] === 'string' || typeof item['#text'] === 'number') text += String(item['#text']);
    else {
      const child = convert(item, depth + 1);
      if (child) children.push(child);
    }
  }
  return { name: local(name), attrs, children, text };
}

/** Parses `xml` (UTF-8 text of a .qde or .qdc) into its root element. */
export function parseXml(xml: string, what: string): XmlElement {
  if (xml.length > MAX_XML_BYTES) throw new ExchangeError(`${what} is larger than 512 MB: refused.`);
  const body = xml.replace(/^\uFEFF/, '');
  if (/<!DOCTYPE/i.test(body) || /<!ENTITY/i.test(body)) {
    throw new ExchangeError(`${what} declares a DOCTYPE or entities, which REFI-QDA files never need: refused, because such XML can read files from your computer (XXE).`);
  }
  const valid = XMLValidator.validate(body);
  if (valid !== true) throw new ExchangeError(`${what} is not well-formed XML (line ${valid.err.line}: ${valid.err.msg}).`);
  const root = (parser.parse(body) as Raw[]).map((r) => convert(r, 0)).find((e): e is XmlElement => e !== undefined);
  if (!root) throw new ExchangeError(`${what} has no root element.`);
  return root;
}

export function namespaceOf(el: XmlElement): string | undefined {
  return Object.entries(el.attrs).find(([k]) => k === 'xmlns' || k.startsWith('xmlns:'))?.[1];
}

export const childrenNamed = (el: XmlElement, name: string): XmlElement[] => el.children.filter((c) => c.name === name);
export const childNamed = (el: XmlElement, name: string): XmlElement | undefined => el.children.find((c) => c.name === name);
