import type { Code, DossierDefinition, DossierSectionDef, DossierSource } from '../../../preload/api';

export type SourceKind = DossierSource['kind'];

export const SOURCE_LABELS: Record<SourceKind, string> = {
  query: 'Saved search',
  code: 'Code',
  annotations: 'Selected annotations',
  interviews: 'Whole interviews (appendix)',
  claims: 'Claims table',
  entity: 'Person, place or organisation',
};

export function newSectionId(): string {
  return `s-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}

/** "Parent/Child" for every code of the codebook, sorted by path. */
export function codePaths(codes: Code[]): { id: string; path: string }[] {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const pathOf = (code: Code): string => {
    const names: string[] = [];
    const seen = new Set<string>();
    for (let cur: Code | undefined = code; cur && !seen.has(cur.id); cur = cur.parentId ? byId.get(cur.parentId) : undefined) {
      seen.add(cur.id);
      names.unshift(cur.name);
    }
    return names.join('/');
  };
  return codes.map((c) => ({ id: c.id, path: pathOf(c) })).sort((a, b) => a.path.localeCompare(b.path));
}

/** A section moved from one place to another; indexes outside the list leave it unchanged. */
export function moveSection(def: DossierDefinition, from: number, to: number): DossierDefinition {
  if (from === to || from < 0 || to < 0 || from >= def.sections.length || to >= def.sections.length) return def;
  const sections = [...def.sections];
  const [moved] = sections.splice(from, 1);
  if (moved) sections.splice(to, 0, moved);
  return { ...def, sections };
}

export function replaceSection(def: DossierDefinition, index: number, section: DossierSectionDef): DossierDefinition {
  return { ...def, sections: def.sections.map((s, i) => (i === index ? section : s)) };
}
