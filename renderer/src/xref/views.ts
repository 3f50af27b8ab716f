import type { FeatureView, ReaderPanel } from '../shell/features';
import { ClaimsPanel } from './ClaimsPanel';
import { ClaimsView } from './ClaimsView';
import { EntitiesView } from './EntitiesView';
import { GraphView } from './GraphView';
import { LinksPanel } from './LinksPanel';
import { MatrixView } from './MatrixView';
import { EntitiesPanel } from './EntitiesPanel';
import { TimelineView } from './TimelineView';

/** Cross-referencing views and reader panels. */
export const xrefViews: FeatureView[] = [
  { id: 'entities', label: 'Entities', component: EntitiesView },
  { id: 'claims', label: 'Claims', component: ClaimsView },
  { id: 'matrix', label: 'Matrix', component: MatrixView },
  { id: 'timeline', label: 'Timeline', component: TimelineView },
  { id: 'graph', label: 'Graph', component: GraphView },
];
export const xrefReaderPanels: ReaderPanel[] = [
  { id: 'claims', label: 'Claims', component: ClaimsPanel },
  { id: 'links', label: 'Links', component: LinksPanel },
  { id: 'names', label: 'Entities', component: EntitiesPanel },
];
