/**
 * buildDossier: a saved definition plus the archive's current content → the DossierDocument the
 * renderer prints, and the outline the builder shows. Export and outline share this one path, so
 * what the researcher previews is what gets printed.
 */
import type { DossierDefinition, DossierOutline } from '../../../preload/contract/dossier';
import type { AppendixInterview, DossierDocument, DossierSection, ExcerptBlock } from '../model';
import type { Interview } from '../../library/types';
import type { ArchiveContent, CrossReferences } from './content';
import { annotationExcerptId, SourceResolver } from './sources';

export interface BuiltDossier {
  document: DossierDocument;
  outline: DossierOutline;
}

const OUTLINE_QUOTES = 3;
const OUTLINE_QUOTE_LENGTH = 160;

export async function buildDossier(def: DossierDefinition, content: ArchiveContent): Promise<BuiltDossier> {
  const resolver = new SourceResolver(content);
  const sections: DossierSection[] = [];
  const outline: DossierOutline['sections'] = [];
  const appendixIds: string[] = [];
  const usedIds = new Set<string>();

  for (const sectionDef of def.sections) {
    const resolved = await resolver.resolve(sectionDef.source);
    // The same annotation may sit in two sections; each printed excerpt needs its own id.
    const blocks = resolved.blocks.map((block) => {
      if (block.kind !== 'excerpt') return block;
      let id = block.id;
      for (let n = 2; usedIds.has(id); n++) id = `${block.id}-${n}`;
      usedIds.add(id);
      return id === block.id ? block : { ...block, id };
    });
    appendixIds.push(...resolved.appendix);
    const intro = sectionDef.intro?.trim();
    if (blocks.length > 0 || intro) sections.push({ id: sectionDef.id, title: sectionDef.title, ...(intro ? { intro } : {}), blocks });
    const quotes = blocks.flatMap((b) => (b.kind === 'excerpt' ? [shorten(b.quote)] : []));
    outline.push({
      id: sectionDef.id,
      title: sectionDef.title,
      excerpts: quotes.length,
      quotes: quotes.slice(0, OUTLINE_QUOTES),
      ...(resolved.notice ? { notice: resolved.notice } : {}),
    });
  }

  if (content.xref) linkExcerpts(sections, content.xref);
  const cited = citedInterviews(sections, content);
  if (def.options.appendixInterviews) appendixIds.push(...cited);
  const appendix = [...new Set(appendixIds)].flatMap((id) => {
    const interview = content.interview(id);
    return interview ? [appendixEntry(interview)] : [];
  });

  const document: DossierDocument = {
    title: def.title,
    author: def.author,
    date: def.date,
    ...(def.purpose?.trim() ? { purpose: def.purpose.trim() } : {}),
    paper: def.paper,
    language: def.language,
    options: { ...def.options, appendixInterviews: appendix.length > 0 },
    sections,
    ...(appendix.length ? { appendix } : {}),
  };
  const excerpts = outline.reduce((n, s) => n + s.excerpts, 0);
  return { document, outline: { sections: outline, excerpts, interviews: cited.length, appendix: appendix.length } };
}

/** Links between annotations that are both printed become cross-references between their excerpts. */
function linkExcerpts(sections: DossierSection[], xref: CrossReferences): void {
  const printed = new Set(sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'excerpt' ? [b.id] : []))));
  for (const section of sections) {
    section.blocks = section.blocks.map((block) => {
      if (block.kind !== 'excerpt' || !block.id.startsWith('a-')) return block;
      const links: NonNullable<ExcerptBlock['links']> = xref
        .linksFrom(block.id.slice(2))
        .map((l) => ({ type: l.type, targetExcerptId: annotationExcerptId(l.targetAnnotationId), ...(l.note ? { note: l.note } : {}) }))
        .filter((l) => printed.has(l.targetExcerptId) && l.targetExcerptId !== block.id);
      return links.length ? { ...block, links } : block;
    });
  }
}

/** Ids of the interviews that excerpts cite, in archive order. */
function citedInterviews(sections: DossierSection[], content: ArchiveContent): string[] {
  const files = new Set(sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'excerpt' ? [b.citation.file] : []))));
  return content.interviewIds().filter((id) => {
    const path = content.interview(id)?.path;
    return path !== undefined && files.has(path);
  });
}

function appendixEntry(interview: Interview): AppendixInterview {
  const meta = [interview.interviewee, interview.interviewer && `interviewed by ${interview.interviewer}`, interview.date, interview.place, interview.path]
    .filter(Boolean)
    .join(' · ');
  return { title: interview.title.trim() || interview.path, meta, text: interview.text };
}

function shorten(quote: string): string {
  return quote.length <= OUTLINE_QUOTE_LENGTH ? quote : `${quote.slice(0, OUTLINE_QUOTE_LENGTH - 1).trimEnd()}…`;
}
