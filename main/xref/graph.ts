/**
 * A graph of entities for one interview or the whole archive: nodes are entities (sized by
 * mentions), edges join entities named in the same passages, and typed edges follow the
 * researcher's links (an annotation naming A that contradicts one naming B joins A and B). On a
 * real archive, an ego graph (one name and its neighbourhood) with a weight threshold stays
 * readable where one circle of every name does not.
 */
import { coOccurring, type Entity } from './entities';
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

export interface GraphOptions {
  interviewId?: string;
  limit?: number;
  links?: readonly Link[];
  annotation?: (id: string) => SpanOf | undefined;
  /** An ego graph: this entity and the names sharing at least `minWeight` passages with it. */
  center?: string;
  /** Co-occurrence edges below this many shared passages are left out (links are always kept). */
  minWeight?: number;
}

/** The centre and its neighbours with at least `minWeight` shared passages, strongest first. */
function egoOf(all: readonly Entity[], center: Entity, minWeight: number, limit: number): Entity[] {
  const byId = new Map(all.map((e) => [e.id, e]));
  const neighbours = coOccurring(center, all, limit - 1).filter((r) => r.count >= minWeight).map((r) => byId.get(r.id)).filter((e): e is Entity => e !== undefined);
  return [center, ...neighbours];
}

export function entityGraph(all: readonly Entity[], opts: GraphOptions = {}): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const minWeight = Math.max(1, opts.minWeight ?? 1);
  const center = opts.center === undefined ? undefined : all.find((e) => e.id === opts.center);
  const pool = center ? egoOf(all, center, minWeight, opts.limit ?? 30) : all;
  const scoped = pool
    .map((e) => ({ entity: e, mentions: opts.interviewId === undefined ? e.mentions : e.mentions.filter((m) => m.interviewId === opts.interviewId) }))
    .filter((x) => x.mentions.length > 0)
    .sort((a, b) => (center ? Number(b.entity === center) - Number(a.entity === center) : 0) || b.mentions.length - a.mentions.length)
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
      if (n >= minWeight) edge(a, b).weight = n;
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
