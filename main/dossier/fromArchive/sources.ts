/** Each kind of section source, resolved against the archive into printable blocks. */
import type { DossierSource } from '../../../preload/contract/dossier';
import type { DossierBlock, ExcerptBlock } from '../model';
import { codePath } from '../../annotations/codes';
import type { Code } from '../../annotations/model';
import type { ArchiveContent, PlacedAnnotation } from './content';
import { excerptBlock, hitWindows, snapToWords } from './excerpts';
import type { Interview } from '../../library/types';
import { entityId } from '../../xref/entities';
import { plural } from '../../../preload/contract/plural';

/** The excerpt id of an annotation (a later copy of it in another section gets a suffix). */
export const annotationExcerptId = (annotationId: string): string => `a-${annotationId}`;

/** A query section prints at most this many excerpts unless its definition says otherwise. */
export const DEFAULT_QUERY_LIMIT = 500;

/** Where a printed excerpt sits in its interview (after snapping to whole words). */
export interface Placement {
  interviewId: string;
  start: number;
  end: number;
}

export interface ResolvedSource {
  blocks: DossierBlock[];
  /** Interviews printed whole in the appendix. */
  appendix: string[];
  notice?: string;
}

export class SourceResolver {
  private readonly codesById: Map<string, Code>;
  private allAnnotations: Map<string, PlacedAnnotation> | undefined;
  private readonly names = new Map<string, string | undefined>();
  /** Excerpt id → where it is in its interview: the builder merges excerpts of the same passage. */
  readonly placements = new Map<string, Placement>();

  constructor(private readonly content: ArchiveContent) {
    this.codesById = new Map(content.codes().map((c) => [c.id, c]));
  }

  async resolve(source: DossierSource): Promise<ResolvedSource> {
    switch (source.kind) {
      case 'query':
        return this.query(source.query, source.limit ?? DEFAULT_QUERY_LIMIT);
      case 'code':
        return this.code(source.codeId);
      case 'annotations':
        return this.selected(source.ids);
      case 'interviews':
        return this.interviews(source.ids);
      case 'claims':
        return this.claims();
      case 'entity':
        return this.entity(source.entityId, source.limit ?? DEFAULT_QUERY_LIMIT);
    }
  }

  /** A table per thing claimed (conflicts flagged, never merged), then the passages each row cites. */
  private claims(): ResolvedSource {
    const groups = this.content.xref?.claimGroups() ?? [];
    const blocks: DossierBlock[] = [];
    for (const group of groups) {
      const excerpts = group.claims.flatMap((c) => {
        const interview = this.content.interview(c.interviewId);
        return interview ? [this.block(`c-${c.id}`, interview, { start: c.start, end: c.end })] : [];
      });
      const cited = new Set(excerpts.map((e) => e.id));
      blocks.push({
        kind: 'claims',
        about: group.what,
        rows: group.claims.map((c) => ({
          value: c.value,
          source: c.source,
          ...(c.unit ? { unit: c.unit } : {}),
          ...(c.asOf ? { asOf: c.asOf } : {}),
          ...(cited.has(`c-${c.id}`) ? { excerptId: `c-${c.id}` } : {}),
          ...(group.conflict ? { conflict: true } : {}),
        })),
      }, ...excerpts);
    }
    return { blocks, appendix: [], ...(groups.length === 0 ? { notice: 'No claims have been marked yet.' } : {}) };
  }

  /** Every passage naming the entity (any alias), as excerpts in archive order. */
  private entity(id: string, limit: number): ResolvedSource {
    const found = this.content.xref?.mentionsOf(id);
    if (!found) return { blocks: [], appendix: [], notice: 'This name is no longer among the archive’s people, places and organisations.' };
    const blocks: ExcerptBlock[] = [];
    const byInterview = new Map<string, Array<{ start: number; end: number }>>();
    for (const m of found.mentions) byInterview.set(m.interviewId, [...(byInterview.get(m.interviewId) ?? []), m]);
    let windows = 0;
    for (const [interviewId, mentions] of byInterview) {
      const interview = this.content.interview(interviewId);
      if (!interview) continue;
      for (const span of hitWindows(interview, mentions)) {
        windows++;
        if (blocks.length < limit) blocks.push(this.block(`e-${id}-${interview.id}-${span.start}`, interview, span, { entities: [found.name] }));
      }
    }
    const more = windows - blocks.length;
    return { blocks, appendix: [], ...(more > 0 ? { notice: `${more} more passages naming ${found.name} left out (limit ${limit}).` } : {}) };
  }

  /** One excerpt per matching passage, interviews in rank order, passages in reading order. */
  private async query(query: string, limit: number): Promise<ResolvedSource> {
    const blocks: ExcerptBlock[] = [];
    let more = 0;
    for (const match of await this.content.search(query)) {
      const interview = this.content.interview(match.interviewId);
      if (!interview) continue;
      for (const span of hitWindows(interview, match.spans)) {
        if (blocks.length >= limit) more++;
        else blocks.push(this.block(`q-${interview.id}-${span.start}`, interview, span));
      }
    }
    const notice = blocks.length === 0 ? `No passage matches “${query}”.` : more > 0 ? `${more} more matching passages left out (limit ${limit}).` : undefined;
    return { blocks, appendix: [], ...(notice ? { notice } : {}) };
  }

  /** The code's path ("Places/Camp"), the title of its memos when they have none. */
  codeTitle(codeId: string): string {
    return codePath(codeId, this.codesById);
  }

  private code(codeId: string): ResolvedSource {
    const code = this.codesById.get(codeId);
    if (!code) return { blocks: [], appendix: [], notice: 'This code is no longer in the codebook.' };
    // The code's memos are added by the builder, which prints each memo once.
    const excerpts = this.content.annotations({ codeId }).flatMap((a) => this.annotationBlock(a));
    return { blocks: excerpts, appendix: [], ...(excerpts.length === 0 ? { notice: `No annotation has the code ${codePath(codeId, this.codesById)}.` } : {}) };
  }

  private selected(ids: string[]): ResolvedSource {
    this.allAnnotations ??= new Map(this.content.annotations().map((a) => [a.id, a]));
    const found = ids.flatMap((id) => {
      const a = this.allAnnotations?.get(id);
      return a ? this.annotationBlock(a) : [];
    });
    const missing = ids.length - found.length;
    const notice = ids.length === 0 ? 'No annotation added yet.' : missing > 0 ? `${plural(missing, 'annotation was', 'annotations were')} deleted or lost their place.` : undefined;
    return { blocks: found, appendix: [], ...(notice ? { notice } : {}) };
  }

  private interviews(ids: string[]): ResolvedSource {
    const found = ids.filter((id) => this.content.interview(id));
    const blocks: DossierBlock[] = found.map((id) => {
      const interview = this.content.interview(id);
      return { kind: 'paragraph', text: `${interview?.title ?? id} (${interview?.path ?? ''}): full text in the appendix.` };
    });
    return { blocks, appendix: found, ...(found.length < ids.length ? { notice: `${plural(ids.length - found.length, 'interview is', 'interviews are')} no longer in the archive.` } : {}) };
  }

  /** An excerpt of a span, with speakers named as the archive writes them. */
  private block(id: string, interview: Interview, span: { start: number; end: number }, extra: Partial<ExcerptBlock> = {}): ExcerptBlock {
    this.placements.set(id, { interviewId: interview.id, ...snapToWords(interview.text, span.start, span.end) });
    return excerptBlock(id, interview, span, extra, (label) => this.nameOf(label));
  }

  private nameOf(label: string): string | undefined {
    if (!this.names.has(label)) this.names.set(label, this.content.xref?.mentionsOf(entityId(label))?.name);
    return this.names.get(label);
  }

  /** An annotation as an excerpt; an orphan (its text changed beyond recognition) is left out. */
  annotationBlock(a: PlacedAnnotation): ExcerptBlock[] {
    const interview = this.content.interview(a.interviewId);
    if (!interview || a.start === undefined || a.end === undefined) return [];
    const codes = a.codes.filter((id) => this.codesById.has(id)).map((id) => codePath(id, this.codesById)).sort();
    const entities = [...new Set(this.content.xref?.entitiesIn(a.interviewId, a.start, a.end) ?? [])];
    return [this.block(annotationExcerptId(a.id), interview, { start: a.start, end: a.end }, {
      ...(a.note?.trim() ? { note: a.note.trim() } : {}),
      ...(codes.length ? { codes } : {}),
      ...(entities.length ? { entities } : {}),
    })];
  }
}
