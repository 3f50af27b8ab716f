/** The body: each section on a new page, its blocks in the researcher's order. */
import type { DossierBlock, DossierDocument, ExcerptBlock } from './model';
import { drawClaims } from './blocks/claims';
import { drawExcerpt, shorten, type CrossRef } from './blocks/excerpt';
import { drawMemo, drawText } from './blocks/prose';
import type { DossierContext, ExcerptRef } from './layout/context';
import type { StructElement } from './layout/tags';
import { isolate } from './text/isolate';

/** Numbers every excerpt ("section.n") before layout, so references can name their target. */
export function numberExcerpts(ctx: DossierContext): void {
  ctx.doc.sections.forEach((section, s) => {
    let n = 0;
    for (const block of section.blocks) {
      if (block.kind !== 'excerpt') continue;
      n++;
      ctx.excerpts.set(block.id, { id: block.id, number: ctx.labels.num(`${s + 1}.${n}`), dest: `ex-${block.id}`, quote: block.quote });
    }
  });
}

/** Each excerpt's references: its own links, and the links other excerpts make to it. */
export function crossReferences(doc: DossierDocument): Map<string, CrossRef[]> {
  const excerpts = doc.sections.flatMap((s) => s.blocks).filter((b): b is ExcerptBlock => b.kind === 'excerpt');
  const refs = new Map<string, CrossRef[]>(excerpts.map((e) => [e.id, []]));
  for (const e of excerpts) {
    for (const link of e.links ?? []) refs.get(e.id)?.push({ type: link.type, reverse: false, target: link.targetExcerptId, note: link.note });
  }
  for (const e of excerpts) {
    for (const link of e.links ?? []) {
      const back = refs.get(link.targetExcerptId);
      if (back && !back.some((r) => r.target === e.id)) back.push({ type: link.type, reverse: true, target: e.id, note: link.note });
    }
  }
  return refs;
}

export function drawSection(ctx: DossierContext, index: number, refs: Map<string, CrossRef[]>, onBlock: () => Promise<void>): Promise<void> {
  const section = ctx.doc.sections[index];
  if (!section) return Promise.resolve();
  const { flow } = ctx;
  flow.newPage();
  const dest = `section-${section.id}`;
  ctx.destination(dest);
  const heading = `${ctx.labels.num(index + 1)}. ${section.title}`;
  const outline = ctx.bookmark(ctx.pdf.outline, heading, dest);
  ctx.toc.push({ title: heading, dest, page: ctx.pageNumber });
  const sect = ctx.tags.element('Sect', undefined, section.title);
  ctx.heading(`${ctx.labels.num(index + 1)}. ${isolate(section.title)}`, 1, sect, 40);
  if (section.intro) drawText(ctx, section.intro, sect);
  return section.blocks.reduce(async (previous, block) => {
    await previous;
    drawBlock(ctx, block, refs, sect, outline);
    await onBlock();
  }, Promise.resolve());
}

function drawBlock(ctx: DossierContext, block: DossierBlock, refs: Map<string, CrossRef[]>, sect: StructElement | undefined, outline: PDFKit.PDFOutline): void {
  switch (block.kind) {
    case 'excerpt': {
      const ref = ctx.excerpts.get(block.id) as ExcerptRef;
      drawExcerpt(ctx, block, ref, refs.get(block.id) ?? [], sect);
      ctx.bookmark(outline, `${ref.number} ${shorten(block.quote, 60)}`, ref.dest);
      return;
    }
    case 'claims':
      drawClaims(ctx, block, sect);
      return;
    case 'memo':
      if (ctx.doc.options.includeMemos) drawMemo(ctx, block, sect);
      return;
    case 'paragraph':
      drawText(ctx, block.text, sect);
      ctx.flow.y += 4;
  }
}
