/** Ready-made definitions for the CLI's --all, --code and --query: the same builder, no saved file. */
import type { DossierDefinition, DossierSectionDef } from '../../../preload/contract/dossier';
import { codePath } from '../../annotations/codes';
import type { ArchiveContent } from './content';
import { newDefinition } from './definitions';

export type Preset = { kind: 'all' } | { kind: 'code'; path: string } | { kind: 'query'; query: string; limit?: number };

/** Throws an Error with a researcher-readable message when the preset names nothing. */
export function presetDefinition(preset: Preset, content: ArchiveContent, archiveName: string, author = ''): DossierDefinition {
  const def = newDefinition(titleOf(preset), author);
  return { ...def, purpose: `${purposeOf(preset)} in the archive ${archiveName}.`, sections: sectionsOf(preset, content) };
}

function titleOf(preset: Preset): string {
  if (preset.kind === 'all') return 'Annotations';
  if (preset.kind === 'code') return preset.path;
  return preset.query;
}

/** A query between curly quotes; a quoted phrase keeps one pair (not “"the war"”). */
export const quotedQuery = (query: string): string => (/^"[^"]*"$/.test(query) ? `“${query.slice(1, -1)}”` : `“${query}”`);

function purposeOf(preset: Preset): string {
  if (preset.kind === 'all') return 'Every annotation, interview by interview,';
  if (preset.kind === 'code') return `Every passage coded ${preset.path}`;
  return `The passages that match ${quotedQuery(preset.query)}`;
}

function sectionsOf(preset: Preset, content: ArchiveContent): DossierSectionDef[] {
  if (preset.kind === 'query') {
    return [{ id: 's-1', title: `Passages matching ${quotedQuery(preset.query)}`, source: { kind: 'query', query: preset.query, ...(preset.limit ? { limit: preset.limit } : {}) } }];
  }
  if (preset.kind === 'code') {
    const codes = content.codes();
    const byId = new Map(codes.map((c) => [c.id, c]));
    const wanted = preset.path.split('/').map((n) => n.trim()).join('/').toLocaleLowerCase();
    const code = codes.find((c) => codePath(c.id, byId).toLocaleLowerCase() === wanted);
    if (!code) throw new Error(`There is no code “${preset.path}” in this archive's codebook.`);
    return [{ id: 's-1', title: codePath(code.id, byId), source: { kind: 'code', codeId: code.id } }];
  }
  // Every annotation, a section per interview, in the archive's order.
  const byInterview = new Map<string, string[]>();
  for (const a of content.annotations()) {
    const ids = byInterview.get(a.interviewId) ?? [];
    ids.push(a.id);
    byInterview.set(a.interviewId, ids);
  }
  return content.interviewIds().flatMap((id, i) => {
    const ids = byInterview.get(id);
    const interview = content.interview(id);
    return ids && interview ? [{ id: `s-${i + 1}`, title: interview.title.trim() || interview.path, source: { kind: 'annotations' as const, ids } }] : [];
  });
}
