import { useEffect, useState } from 'react';
import type { DossierDefinition, DossierOutline } from '../../../preload/api';
import { request } from '../api/client';
import { ErrorMessage } from '../shared/Messages';
import { plural } from '../../../preload/contract/plural';

const REFRESH_AFTER_MS = 300;

/** What will be printed, as the export's own builder sees it, refreshed as the definition changes. */
export function Outline({ def }: { def: DossierDefinition }) {
  const [outline, setOutline] = useState<DossierOutline | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      request('dossier.outline', def).then(
        (next) => live && (setOutline(next), setError(null)),
        (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
      );
    }, REFRESH_AFTER_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [def]);

  return (
    <section className="dossier-outline" aria-labelledby="outline-heading">
      <h3 id="outline-heading">What will be printed</h3>
      {error && <ErrorMessage message={error} />}
      {outline && (
        <>
          <p className="outline-total" role="status">
            {plural(outline.excerpts, 'excerpt')} from {plural(outline.interviews, 'interview')}{outline.appendix ? ` · ${outline.appendix} in the appendix` : ''}
          </p>
          <ol className="outline-sections">
            {outline.sections.map((s) => (
              <li key={s.id}>
                <span className="outline-title"><bdi>{s.title}</bdi></span> <span className="badge" aria-label={plural(s.excerpts, 'excerpt')}>{s.excerpts}</span>
                {s.notice && <p className="hint">{s.notice}</p>}
                <ul className="outline-quotes">
                  {s.quotes.map((q, i) => <li key={i} dir="auto">“{q}”</li>)}
                </ul>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
