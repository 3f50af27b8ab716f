/**
 * buildDossier: a saved definition plus the archive's current content → the DossierDocument the
 * renderer prints, and the outline the builder shows. Export and outline share this one path, so
 * what the researcher previews is what gets printed.
 */
import type { DossierDefinition, DossierOutline, DossierSectionDef } from '../../../preload/contract/dossier';
import type { AppendixInterview, DossierBlock, DossierDocument, DossierSection, ExcerptBlock } from '../model';
import type { Interview } from '../../library/types';
import type { ArchiveContent, CrossReferences } from './content';
import { annotationExcerptId, SourceResolver } from './sources';
import { PrintOnce } from './printOnce';

export interface BuiltDossier {
  document: DossierDocument;
  outline: DossierOutline;
}

const OUTLINE_QUOTES = 3;
const OUTLINE_QUOTE_LENGTH = 160;

export async function buildDossier(def: DossierDefinition, content: ArchiveContent): Promise<BuiltDossier> {
  const resolver = new SourceResolver(content);
  const once = new PrintOnce(content.memos(), (id) => content.interview(id)?.title.trim() || id);
  const sections: DossierSection[] = [];
  const outline: DossierOutline['sections'] = [];
  const appendixIds: string[] = [];
  const usedIds = new Set<string>();

  for (const sectionDef of def.sections) {
    const resolved = await resolver.resolve(sectionDef.source);
    const blocks: DossierBlock[] = sectionDef.source.kind === 'code' ? once.memosOfCode(sectionDef.source.codeId, resolver.codeTitle(sectionDef.source.codeId)) : [];
    for (const block of resolved.blocks) {
      if (block.kind !== 'excerpt') {
        blocks.push(block);
        continue;
      }
      const at = resolver.placements.get(block.id);
      const printed = once.excerpt(block, at);
      if (!printed) continue;
      // Two excerpts that are not the same passage may still share an id (an annotation in two sections).
      let id = block.id;
      for (let n = 2; usedIds.has(id); n++) id = `${block.id}-${n}`;
      usedIds.add(id);
      if (id !== block.id) {
        once.merged.set(block.id, id);
        printed.id = id;
      }
      blocks.push(printed, ...once.memosAfter(at));
    }
    appendixIds.push(...resolved.appendix);
    for (const id of resolved.appendix) blocks.push(...once.memosAfter({ interviewId: id, start: 0, end: Number.MAX_SAFE_INTEGER }));
    const intro = sectionDef.intro?.trim();
    const title = sectionTitle(sectionDef, content);
    if (blocks.length > 0 || intro) sections.push({ id: sectionDef.id, title, ...(intro ? { intro } : {}), blocks });
    const quotes = blocks.flatMap((b) => (b.kind === 'excerpt' ? [shorten(b.quote)] : []));
    const merged = resolved.blocks.filter((b) => b.kind === 'excerpt').length - quotes.length;
    const notice = [resolved.notice, merged > 0 ? `${merged} ${merged === 1 ? 'passage is' : 'passages are'} printed once, in an earlier section.` : undefined].filter(Boolean).join(' ');
    outline.push({
      id: sectionDef.id,
      title,
      excerpts: quotes.length,
      quotes: quotes.slice(0, OUTLINE_QUOTES),
      ...(notice ? { notice } : {}),
    });
  }

  if (content.xref) linkExcerpts(sections, content.xref, once);
  const cited = citedInterviews(sections, content);
  if (def.options.appendixInterviews) appendixIds.push(...cited);
  const appendix = [...new Set(appendixIds)].flatMap((id) => {
    const interview = content.interview(id);
    return interview ? [appendixEntry(interview)] : [];
  });
  const names = content.xref?.names() ?? [];

  const document: DossierDocument = {
    title: def.title,
    author: def.author.trim(),
    date: def.date,
    ...(def.purpose?.trim() ? { purpose: def.purpose.trim() } : {}),
    paper: def.paper,
    language: def.language,
    ...(def.citationStyle && def.citationStyle !== 'testimony' ? { citationStyle: def.citationStyle } : {}),
    options: { ...def.options, appendixInterviews: appendix.length > 0 },
    sections,
    ...(appendix.length ? { appendix } : {}),
    ...(names.length ? { names } : {}),
  };
  const excerpts = outline.reduce((n, s) => n + s.excerpts, 0);
  return { document, outline: { sections: outline, excerpts, interviews: cited.length, appendix: appendix.length } };
}

/**
 * A name section is titled as the archive writes the name ("Javad Firuzmand"), also when the
 * definition kept the lower-case form an earlier builder made from its id ("javad firuzmand").
 */
function sectionTitle(def: DossierSectionDef, content: ArchiveContent): string {
  if (def.source.kind !== 'entity') return def.title;
  const name = content.xref?.mentionsOf(def.source.entityId)?.name;
  const fromId = def.source.entityId.replace(/-/g, ' ');
  return name && def.title.trim().toLocaleLowerCase() === fromId ? name : def.title;
}

/** Links between annotations that are both printed become cross-references between their excerpts. */
function linkExcerpts(sections: DossierSection[], xref: CrossReferences, once: PrintOnce): void {
  const printed = new Set(sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'excerpt' ? [b.id] : []))));
  for (const section of sections) {
    section.blocks = section.blocks.map((block) => {
      if (block.kind !== 'excerpt' || !block.id.startsWith('a-')) return block;
      const links: NonNullable<ExcerptBlock['links']> = xref
        .linksFrom(block.id.slice(2))
        .map((l) => ({ type: l.type, targetExcerptId: once.printedId(annotationExcerptId(l.targetAnnotationId)), ...(l.note ? { note: l.note } : {}) }))
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
