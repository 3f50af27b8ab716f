/**
 * A graph of entities for one interview or the whole archive: nodes are entities (sized by
 * mentions), edges join entities named in the same passages, and typed edges follow the
 * researcher's links (an annotation naming A that contradicts one naming B joins A and B).
 */
import type { Entity } from './entities';
import type { Link, LinkType } from './store/ops';

export interface GraphNode {
  id: string;
  name: string;
  kind: Entity['kind'];
  mentions: number;
}

export interface GraphEdge {
  from: string;
  to: string;
  /** Passages naming both. */
  weight: number;
  /** The researcher's link types between annotations naming them. */
  links: LinkType[];
}

export interface SpanOf {
  interviewId: string;
  start?: number;
  end?: number;
}

export function entityGraph(all: readonly Entity[], opts: { interviewId?: string; limit?: number; links?: readonly Link[]; annotation?: (id: string) => SpanOf | undefined } = {}): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const scoped = all
    .map((e) => ({ entity: e, mentions: opts.interviewId === undefined ? e.mentions : e.mentions.filter((m) => m.interviewId === opts.interviewId) }))
    .filter((x) => x.mentions.length > 0)
    .sort((a, b) => b.mentions.length - a.mentions.length)
    .slice(0, opts.limit ?? 30);
  const nodes = scoped.map(({ entity, mentions }) => ({ id: entity.id, name: entity.name, kind: entity.kind, mentions: mentions.length }));
  const places = scoped.map(({ mentions }) => new Set(mentions.map((m) => `${m.interviewId}\u0000${m.passage ?? -1}`)));
  const edges = new Map<string, GraphEdge>();
  const edge = (a: number, b: number): GraphEdge => {
    const [x, y] = a < b ? [a, b] : [b, a];
    const key = `${x}:${y}`;
    let found = edges.get(key);
    if (!found) edges.set(key, (found = { from: nodes[x]!.id, to: nodes[y]!.id, weight: 0, links: [] }));
    return found;
  };
  for (let a = 0; a < places.length; a++) {
    for (let b = a + 1; b < places.length; b++) {
      let n = 0;
      for (const p of places[a]!) if (places[b]!.has(p)) n++;
      if (n > 0) edge(a, b).weight = n;
    }
  }
  const named = (span: SpanOf | undefined): number[] => {
    if (!span || span.start === undefined || span.end === undefined) return [];
    return scoped.flatMap(({ mentions }, i) => (mentions.some((m) => m.interviewId === span.interviewId && m.start < span.end! && m.end > span.start!) ? [i] : []));
  };
  for (const link of opts.links ?? []) {
    for (const a of named(opts.annotation?.(link.from))) {
      for (const b of named(opts.annotation?.(link.to))) {
        if (a === b) continue;
        const e = edge(a, b);
        if (!e.links.includes(link.type)) e.links.push(link.type);
      }
    }
  }
  return { nodes, edges: [...edges.values()] };
}
