/** A small XML writer: escaping, and dropping what XML 1.0 cannot carry (NUL, lone surrogates). */

// Characters XML 1.0 forbids: C0 controls except tab, LF, CR; U+FFFE/U+FFFF; unpaired surrogates.
// eslint-disable-next-line no-control-regex -- these control characters are exactly what must be found
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text that XML 1.0 can carry: forbidden characters become U+FFFD, so lengths in code points stay put. */
export function xmlSafe(text: string): string {
  return text.replace(FORBIDDEN, '\ufffd');
}

export function escapeText(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(text: string): string {
  // Tabs and line ends in attributes are normalised away by parsers unless written as references.
  return escapeText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

export type Attrs = Record<string, string | number | boolean | undefined>;

export interface XmlNode {
  name: string;
  attrs?: Attrs;
  children?: (XmlNode | undefined)[];
  text?: string;
}

export function el(name: string, attrs?: Attrs, children?: (XmlNode | undefined)[] | string): XmlNode {
  return typeof children === 'string' ? { name, attrs, text: children } : { name, attrs, children };
}

/** Serialises a tree with two-space indentation; text elements stay on one line, verbatim. */
export function serialize(root: XmlNode, rootAttrs: Attrs = {}): string {
  const out: string[] = ['<?xml version="1.0" encoding="utf-8"?>'];
  const write = (node: XmlNode, depth: number, extra: Attrs): void => {
    const pad = '  '.repeat(depth);
    const attrs = Object.entries({ ...extra, ...node.attrs })
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`)
      .join('');
    const kids = (node.children ?? []).filter((c): c is XmlNode => c !== undefined);
    if (node.text !== undefined) out.push(`${pad}<${node.name}${attrs}>${escapeText(node.text)}</${node.name}>`);
    else if (kids.length === 0) out.push(`${pad}<${node.name}${attrs}/>`);
    else {
      out.push(`${pad}<${node.name}${attrs}>`);
      for (const kid of kids) write(kid, depth + 1, {});
      out.push(`${pad}</${node.name}>`);
    }
  };
  write(root, 0, rootAttrs);
  return `${out.join('\n')}\n`;
}
