import { CataloguePanel } from './CataloguePanel';
import { CitationsPanel } from './CitationsPanel';
import { ProjectExchange } from './ProjectExchange';
import './exchange.css';

/** Work leaving Testimony and coming back: QDA tools, catalogues, reference managers. */
export function ExchangeView() {
  return (
    <div className="exchange-view" role="region" aria-label="Exchange">
      <ProjectExchange />
      <CataloguePanel />
      <CitationsPanel />
    </div>
  );
}
