import { useMemo, useState } from 'react';
import type { EntitySummary } from '../../../preload/api';
import { DEFAULT_MIN_CONFIDENCE } from '../../../preload/contract/xref';
import { request } from '../api/client';
import { useNavigation } from '../shell/navigation';
import { EmptyState, ErrorMessage } from '../shared/Messages';
import { useAsync } from '../shared/useAsync';
import { EntityPage } from './EntityPage';
import { useEntitiesVersion } from './useEntitiesVersion';
import './xref.css';
import { plural } from '../../../preload/contract/plural';

/** People, places, organisations and technologies across the archive, the confident ones shown; choose one to see where it is named. */
export function EntitiesView({ param }: { param?: string }) {
  const version = useEntitiesVersion();
  const list = useAsync(() => request('entities.list', {}), [version]);
  const [filter, setFilter] = useState('');
  const [kind, setKind] = useState('');
  // Names below this confidence are hidden (most are a tagger's one-off guesses); the researcher can lower it.
  const [minConfidence, setMinConfidence] = useState(DEFAULT_MIN_CONFIDENCE);
  const navigation = useNavigation();
  const entities = useMemo(() => (list.state === 'ready' ? list.value : []), [list]);
  const shown = entities.filter((e: EntitySummary) => e.confidence >= minConfidence && (!kind || e.kind === kind) && [e.name, ...e.aliases].join(' ').toLocaleLowerCase().includes(filter.toLocaleLowerCase()));
  const selected = param ?? shown[0]?.id;
  const hidden = entities.filter((e) => e.confidence < minConfidence).length;

  return (
    <section className="feature-page wide" aria-labelledby="entities-title">
      <h2 id="entities-title">People, places and organisations</h2>
      {list.state === 'error' && <ErrorMessage message={list.message} />}
      {/* The first time on an archive, names are found in the background: say so instead of an empty page. */}
      {list.state === 'loading' && <p className="hint" role="status">Finding the people, places and organisations in the archive… The first time takes a while on a large archive; after that the list opens at once.</p>}
      <div className="xref-columns">
        <div>
          <div className="filters-row">
            <label>Find<input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} /></label>
            <label>Kind
              <select value={kind} onChange={(e) => setKind(e.target.value)}>
                <option value="">All</option>
                <option value="person">People</option>
                <option value="place">Places</option>
                <option value="organisation">Organisations</option>
                <option value="technology">Technologies and products</option>
              </select>
            </label>
            <label>Confidence at least
              <input type="range" min={0} max={1} step={0.05} value={minConfidence} onChange={(e) => setMinConfidence(Number(e.target.value))} aria-valuetext={`${Math.round(minConfidence * 100)}%`} />
              <output>{Math.round(minConfidence * 100)}%</output>
            </label>
          </div>
          <ul className="entity-list" aria-label="Entities">
            {shown.map((e) => (
              <li key={e.id}>
                <button type="button" className="entity-button" aria-current={e.id === selected ? 'true' : undefined} onClick={() => navigation.go({ kind: 'feature', id: 'entities', param: e.id })}>
                  <span><bdi>{e.name}</bdi><span className="kind">{e.kind}</span></span>
                  <span className="badge" title={`${plural(e.mentions, 'mention')}; confidence ${Math.round(e.confidence * 100)}%`}>{e.mentions}</span>
                </button>
              </li>
            ))}
          </ul>
          {list.state === 'ready' && shown.length === 0 && <EmptyState title="No entity matches." />}
          {hidden > 0 && <p className="hint">{hidden} less certain {hidden === 1 ? 'name is' : 'names are'} hidden: lower the confidence to see {hidden === 1 ? 'it' : 'them'}.</p>}
        </div>
        {list.state === 'loading' ? null : selected ? <EntityPage key={selected} id={selected} /> : <EmptyState title="Choose a name to see where it is mentioned." />}
      </div>
    </section>
  );
}
