import { useRef, useState, type KeyboardEvent } from 'react';
import type { Graph } from '../../../preload/api';
import { request } from '../api/client';
import { useNavigation } from '../shell/navigation';
import { EmptyState, ErrorMessage } from '../shared/Messages';
import { useAsync } from '../shared/useAsync';
import { LINK_LABELS } from './linkLabels';
import { DEFAULT_MIN_CONFIDENCE } from '../../../preload/contract/xref';
import './xrefViews.css';
import { plural } from '../../../preload/contract/plural';

const SIZE = 640;
const RADIUS = 230;
/** Room around the circle for the names. */
const MARGIN = 150;
/** Co-occurrence lines kept per name (the strongest), so the drawing stays readable; link lines are always drawn. */
const EDGES_PER_NODE = 3;

interface Place { x: number; y: number; cos: number; sin: number }

/** Nodes on a circle, most mentioned first (with a centre: it in the middle, its neighbours around): a stable layout that needs no physics. */
function layout(graph: Graph, center: string): Map<string, Place> {
  const ring = graph.nodes.filter((n) => n.id !== center);
  const places = new Map<string, Place>();
  if (center && ring.length < graph.nodes.length) places.set(center, { x: SIZE / 2, y: SIZE / 2, cos: 0, sin: 1 });
  const n = ring.length;
  ring.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, n) - Math.PI / 2;
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    places.set(node.id, { x: SIZE / 2 + RADIUS * cos, y: SIZE / 2 + RADIUS * sin, cos, sin });
  });
  return places;
}

function strongestEdges(graph: Graph): Graph['edges'] {
  const kept = new Set<Graph['edges'][number]>(graph.edges.filter((e) => e.links.length > 0));
  for (const node of graph.nodes) {
    graph.edges.filter((e) => e.from === node.id || e.to === node.id).sort((a, b) => b.weight - a.weight).slice(0, EDGES_PER_NODE).forEach((e) => kept.add(e));
  }
  return [...kept];
}

/** Entities and how they connect, for the archive or one interview. Keyboard: Tab or arrows move, Enter opens. */
export function GraphView() {
  const [scope, setScope] = useState('');
  const [center, setCenter] = useState('');
  const [minWeight, setMinWeight] = useState(1);
  const interviews = useAsync(() => request('interviews.list', {}), []);
  const names = useAsync(() => request('entities.list', {}), []);
  const graph = useAsync(() => request('xref.graph', { ...(scope ? { interviewId: scope } : {}), ...(center ? { center } : {}), minWeight, limit: 30 }), [scope, center, minWeight]);
  return (
    <main className="xref-view" aria-label="Graph of names">
      <h1>Graph of names</h1>
      <label className="graph-scope">Scope
        <select value={scope} onChange={(e) => setScope(e.target.value)}>
          <option value="">The whole archive</option>
          {interviews.state === 'ready' && interviews.value.map((i) => <option key={i.id} value={i.id}>{i.title}</option>)}
        </select>
      </label>
      <label className="graph-scope">Centre on
        <select value={center} onChange={(e) => setCenter(e.target.value)}>
          <option value="">No name: the most mentioned</option>
          {names.state === 'ready' && names.value.filter((e) => e.confidence >= DEFAULT_MIN_CONFIDENCE).slice(0, 200).map((e) => <option key={e.id} value={e.id}>{e.name}</option>)}
        </select>
      </label>
      <label className="graph-scope">At least
        <input type="number" min={1} max={50} value={minWeight} onChange={(e) => setMinWeight(Math.max(1, Number(e.target.value) || 1))} /> shared passages
      </label>
      {graph.state === 'loading' && <p className="hint">Drawing…</p>}
      {graph.state === 'error' && <ErrorMessage message={graph.message} />}
      {graph.state === 'ready' && (graph.value.nodes.length === 0 ? <EmptyState title="No names found here." /> : <GraphDrawing graph={graph.value} center={center} />)}
    </main>
  );
}

function GraphDrawing({ graph, center }: { graph: Graph; center: string }) {
  const navigation = useNavigation();
  const nodes = useRef<Array<SVGGElement | null>>([]);
  const [active, setActive] = useState<string | null>(null);
  const at = layout(graph, center);
  const maxWeight = Math.max(1, ...graph.edges.map((e) => e.weight));
  const maxMentions = Math.max(1, ...graph.nodes.map((n) => n.mentions));
  const neighbours = (id: string) => graph.edges.filter((e) => e.from === id || e.to === id).length;
  const open = (id: string) => navigation.go({ kind: 'feature', id: 'entities', param: id });
  const onKey = (e: KeyboardEvent, index: number, id: string) => {
    const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
    if (step !== 0) {
      e.preventDefault();
      nodes.current[(index + step + graph.nodes.length) % graph.nodes.length]?.focus();
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      open(id);
    }
  };
  return (
    <figure className="graph">
      <svg viewBox={`${-MARGIN} ${-MARGIN} ${SIZE + 2 * MARGIN} ${SIZE + 2 * MARGIN}`} role="group" aria-label="Names and their connections">
        {strongestEdges(graph).map((e) => {
          const a = at.get(e.from)!;
          const b = at.get(e.to)!;
          const lit = active !== null && (e.from === active || e.to === active);
          const link = e.links[0];
          return (
            <line key={`${e.from}-${e.to}`} x1={a.x} y1={a.y} x2={b.x} y2={b.y}
              className={`graph-edge${link ? ` graph-link graph-${link}` : ''}${lit ? ' lit' : ''}`}
              strokeWidth={1 + (3 * e.weight) / maxWeight}>
              <title>{`${plural(e.weight, 'shared passage')}${e.links.length > 0 ? `; ${e.links.map((t) => LINK_LABELS[t].out).join(', ')}` : ''}`}</title>
            </line>
          );
        })}
        {graph.nodes.map((n, i) => {
          const p = at.get(n.id)!;
          const r = 6 + (14 * n.mentions) / maxMentions;
          // Names point away from the centre along their radius, so neighbours never overlap; the left half is turned to read left to right.
          const middle = n.id === center && p.x === SIZE / 2 && p.y === SIZE / 2;
          const right = p.cos >= 0;
          const lx = p.x + p.cos * (r + 4);
          const ly = p.y + p.sin * (r + 4);
          const turn = (Math.atan2(p.sin, p.cos) * 180) / Math.PI + (right ? 0 : 180);
          return (
            <g key={n.id} ref={(el) => { nodes.current[i] = el; }} className={`graph-node graph-${n.kind}`} tabIndex={0} role="button"
              aria-label={`${n.name}, ${n.kind}, ${plural(n.mentions, 'mention')}, ${plural(neighbours(n.id), 'connection')}`}
              onFocus={() => setActive(n.id)} onBlur={() => setActive(null)} onMouseEnter={() => setActive(n.id)} onMouseLeave={() => setActive(null)}
              onClick={() => open(n.id)} onKeyDown={(e) => onKey(e, i, n.id)}>
              <circle cx={p.x} cy={p.y} r={r} />
              {middle
                ? <text x={p.x} y={p.y + r + 14} textAnchor="middle">{n.name}</text>
                : <text x={lx} y={ly} dy="0.35em" textAnchor={right ? 'start' : 'end'} transform={`rotate(${turn.toFixed(1)} ${lx.toFixed(1)} ${ly.toFixed(1)})`}>{n.name}</text>}
            </g>
          );
        })}
      </svg>
      <figcaption className="hint">
        Circles are names, sized by mentions (filled: people); lines join names in the same passages (the strongest few per name), dashed
        where your links (supports, contradicts, same event, see also) join them. Centre on a name to see its neighbourhood, and raise the threshold to keep only strong ties. Tab or the arrow keys move between names; Enter opens a name’s page.
      </figcaption>
    </figure>
  );
}
