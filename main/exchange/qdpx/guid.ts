import { createHash, randomUUID } from 'node:crypto';

/**
 * A GUID derived from a Testimony id (name-based, like a UUID v5): exporting the same archive
 * twice gives the same GUIDs, so a colleague's tool sees one project, not two.
 */
export function guidFor(kind: string, id: string): string {
  const hex = createHash('sha1').update(`testimony:${kind}:${id}`).digest('hex');
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

export function newGuid(): string {
  return randomUUID();
}

const GUID = /^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$/;

/** Other tools write GUIDs in upper case or in braces: one spelling for comparing them. */
export function normalGuid(value: string): string | undefined {
  const match = GUID.exec(value.trim());
  return match?.[1]?.toLowerCase();
}
