import type { ConflictView } from '../../../preload/api';
import { plural } from '../../../preload/contract/plural';

type SharedRecord = Record<string, unknown>;

/** Fields a researcher compares, per kind; ids and creation times are the same on every version. */
const FIELDS: Record<ConflictView['kind'], string[]> = {
  annotation: ['note', 'codes', 'target', 'modified'],
  memo: ['title', 'body', 'attachedTo', 'modified'],
  code: ['name', 'color', 'description', 'parentId'],
  link: ['type', 'note', 'from', 'to', 'modified'],
  claim: ['what', 'value', 'unit', 'asOf', 'source', 'quote'],
  entity: ['name', 'kind', 'status', 'aliases', 'mergedInto', 'modified'],
  dossier: ['title', 'author', 'purpose', 'sections', 'citationStyle', 'modified'],
};

const LABELS: Record<string, string> = { target: 'quote', attachedTo: 'about', parentId: 'parent code', asOf: 'as of', mergedInto: 'same as' };

export const KIND_LABELS: Record<ConflictView['kind'], string> = { annotation: 'Annotation', memo: 'Memo', code: 'Code', link: 'Link', claim: 'Claim', entity: 'Decision on a name', dossier: 'Dossier definition' };

export function fieldsOf(kind: ConflictView['kind']): { key: string; label: string }[] {
  return FIELDS[kind].map((key) => ({ key, label: LABELS[key] ?? key }));
}

/** A field as text: code ids as their names, a target as its quote. */
export function shown(record: SharedRecord | null, key: string, codeNames: ReadonlyMap<string, string>): string {
  if (record === null) return '(deleted)';
  const value = record[key];
  if (value === undefined || value === null || value === '') return '—';
  if (key === 'codes' && Array.isArray(value)) return value.map((id) => codeNames.get(String(id)) ?? String(id)).join(', ') || '—';
  if (key === 'parentId') return codeNames.get(String(value)) ?? String(value);
  if (key === 'sections' && Array.isArray(value)) return plural(value.length, 'section');
  if (key === 'target' && typeof value === 'object') return `“${(value as { quote?: { exact?: string } }).quote?.exact ?? ''}”`;
  if (key === 'modified') return new Date(String(value)).toLocaleString();
  if (Array.isArray(value)) return value.join(', ') || '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function differs(conflict: ConflictView, key: string): boolean {
  const values = conflict.versions.map((v) => JSON.stringify(v.record === null ? null : (v.record[key] ?? null)));
  return new Set(values).size > 1;
}

/** The merged record: the first live version, with each chosen field taken from the version picked for it. */
export function merged(conflict: ConflictView, picks: Readonly<Record<string, number>>): SharedRecord {
  const live = conflict.versions.map((v) => v.record).filter((r): r is SharedRecord => r !== null);
  const out: SharedRecord = { ...live[0], modified: new Date().toISOString() };
  for (const [key, index] of Object.entries(picks)) {
    const from = conflict.versions[index]?.record;
    if (!from) continue;
    if (from[key] === undefined) delete out[key];
    else out[key] = from[key];
  }
  if (conflict.kind === 'code' || conflict.kind === 'claim') delete out.modified;
  return out;
}
