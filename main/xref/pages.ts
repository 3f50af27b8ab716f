import type { Interview } from '../library/types';
import { coOccurring, summarise, type Entity } from './entities';

const CONTEXT = 80;

/** An entity page: its mentions in context (the first `limit`), related entities, touching annotations. */
export function entityPage(entity: Entity, all: readonly Entity[], lookup: (id: string) => Interview | undefined, limit: number, annotations: ReadonlyArray<{ id: string; interviewId: string; start?: number; end?: number }>) {
  const mentions = entity.mentions.slice(0, limit).map((m) => {
    const interview = lookup(m.interviewId);
    const text = interview?.text ?? '';
    const from = Math.max(0, m.start - CONTEXT);
    const to = Math.min(text.length, m.end + CONTEXT);
    const lead = from > 0 ? '…' : '';
    const speaker = m.passage === undefined ? undefined : interview?.passages[m.passage]?.speaker;
    return {
      interviewId: m.interviewId,
      interviewTitle: interview?.title ?? m.interviewId,
      start: m.start,
      end: m.end,
      snippet: `${lead}${text.slice(from, to)}${to < text.length ? '…' : ''}`.replace(/\s/g, ' '),
      markStart: lead.length + m.start - from,
      markEnd: lead.length + m.end - from,
      ...(speaker ? { speaker } : {}),
    };
  });
  // Mentions by interview, so each annotation is checked against its own interview's mentions only.
  const byInterview = new Map<string, Entity['mentions']>();
  for (const m of entity.mentions) {
    const list = byInterview.get(m.interviewId);
    if (list) list.push(m);
    else byInterview.set(m.interviewId, [m]);
  }
  const touching = annotations.filter((a) => a.start !== undefined && a.end !== undefined && (byInterview.get(a.interviewId) ?? []).some((m) => m.start < (a.end ?? 0) && m.end > (a.start ?? 0)));
  return { entity: summarise(entity), mentions, more: Math.max(0, entity.mentions.length - limit), related: coOccurring(entity, all), annotationIds: touching.map((a) => a.id) };
}
