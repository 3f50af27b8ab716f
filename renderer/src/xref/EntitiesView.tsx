import { useMemo, useState } from 'react';
import type { EntitySummary } from '../../../preload/api';
import { request } from '../api/client';
import { useNavigation } from '../shell/navigation';
import { EmptyState, ErrorMessage } from '../shared/Messages';
import { useAsync } from '../shared/useAsync';
import { EntityPage } from './EntityPage';
import { useEntitiesVersion } from './useEntitiesVersion';
import './xref.css';

/** People, places and organisations across the archive; choose one to see where it is named. */
export function EntitiesView({ param }: { param?: string }) {
  const version = useEntitiesVersion();
  const list = useAsync(() => request('entities.list', {}), [version]);
  const [filter, setFilter] = useState('');
  const [kind, setKind] = useState('');
  const navigation = useNavigation();
  const entities = useMemo(() => (list.state === 'ready' ? list.value : []), [list]);
  const shown = entities.filter((e: EntitySummary) => (!kind || e.kind === kind) && [e.name, ...e.aliases].join(' ').toLocaleLowerCase().includes(filter.toLocaleLowerCase()));
  const selected = param ?? shown[0]?.id;

  return (
    <section className="feature-page wide" aria-labelledby="entities-title">
      <h2 id="entities-title">People, places and organisations</h2>
      {list.state === 'error' && <ErrorMessage message={list.message} />}
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
              </select>
            </label>
          </div>
          <ul className="entity-list" aria-label="Entities">
            {shown.map((e) => (
              <li key={e.id}>
                <button type="button" className="entity-button" aria-current={e.id === selected ? 'true' : undefined} onClick={() => navigation.go({ kind: 'feature', id: 'entities', param: e.id })}>
                  <span><bdi>{e.name}</bdi><span className="kind">{e.kind}</span></span>
                  <span className="badge" title="mentions">{e.mentions}</span>
                </button>
              </li>
            ))}
          </ul>
          {list.state === 'ready' && shown.length === 0 && <EmptyState title="No entity matches." />}
        </div>
        {selected ? <EntityPage key={selected} id={selected} /> : <EmptyState title="Choose a name to see where it is mentioned." />}
      </div>
    </section>
  );
}
