/** What the Team view shows beside the status: where a conflict's record is, and coders compared. */
import type { Workspace } from '../workspace';
import type { CodeAgreement, ConflictView } from '../../preload/contract/sync';
import { codeAgreement } from '../annotations/agreement';
import type { Conflict } from './conflicts';
import { interviewOf } from './records';

export const NOT_IN_YOUR_COPY = 'not in your copy of the archive';

/** Where a record that belongs to no interview lives. */
const ELSEWHERE: Record<Conflict['kind'], string> = { annotation: 'the project', memo: 'the project', claim: 'the project', code: 'the codebook', link: 'the links between annotations', entity: 'the names', dossier: 'the dossiers' };

function titleOf(ws: Workspace, interviewId: string | undefined, textHash?: string): string | undefined {
  if (interviewId === undefined) return undefined;
  const list = ws.list();
  const found = list.find((i) => i.id === interviewId);
  if (found) return found.title;
  // The same interview at another path in this copy: found by its text hash.
  const byHash = textHash ? list.find((i) => { try { return ws.interview(i.id).hash === textHash; } catch { return false; } }) : undefined;
  return byHash ? `${byHash.title} (at ${byHash.path} in your copy)` : undefined;
}

/** Where a record lives, for an annotation or memo whose interview this copy may not have. */
export function whereOf(ws: Workspace, kind: Conflict['kind'], record: Conflict['versions'][number]['record']): string {
  if (!record) return '';
  const interviewId = interviewOf(kind, record);
  if (interviewId === undefined) return ELSEWHERE[kind];
  const textHash = kind === 'annotation' && 'target' in record ? record.target.textHash : undefined;
  return titleOf(ws, interviewId, textHash) ?? `${interviewId}: ${NOT_IN_YOUR_COPY}`;
}

export function conflictViews(ws: Workspace, conflicts: Conflict[]): ConflictView[] {
  return conflicts.map((c) => ({
    id: c.id,
    kind: c.kind,
    versions: c.versions.map((v) => ({ ...v, record: v.record as Record<string, unknown> | null })),
    where: whereOf(ws, c.kind, c.versions.find((v) => v.record)?.record ?? null),
  }));
}

export function coders(ws: Workspace): string[] {
  return [...new Set(ws.annotations.store.listAnnotations().map((a) => a.creator).filter((c): c is string => c !== undefined))].sort();
}

export function agreementOf(ws: Workspace, coderA: string, coderB: string): { interviews: number; codes: CodeAgreement[] } {
  const views = ws.annotations.list({});
  const spans = views.flatMap((a) => (a.start !== undefined && a.end !== undefined ? [{ interviewId: a.interviewId, start: a.start, end: a.end, codes: a.codes, creator: a.creator }] : []));
  const lengths = new Map<string, number>();
  const texts = new Map<string, { title: string; text: string }>();
  for (const id of new Set(spans.map((s) => s.interviewId))) {
    const interview = ws.interview(id);
    lengths.set(id, interview.text.length);
    texts.set(id, { title: interview.title, text: interview.text });
  }
  const store = ws.annotations.store;
  const used = [...new Set(spans.filter((s) => s.creator === coderA || s.creator === coderB).flatMap((s) => s.codes))];
  const result = codeAgreement(spans, lengths, coderA, coderB, used);
  const codes = result.codes.map((c) => ({
    codeId: c.codeId,
    code: store.getCode(c.codeId) ? store.codePath(c.codeId) : c.codeId,
    percent: c.percent,
    kappa: c.kappa,
    disagreements: c.disagreements.map((d) => ({ ...d, title: texts.get(d.interviewId)?.title ?? d.interviewId, text: texts.get(d.interviewId)?.text.slice(d.start, d.end) ?? '' })),
  }));
  return { interviews: result.interviews.length, codes: codes.sort((a, b) => a.code.localeCompare(b.code)) };
}
