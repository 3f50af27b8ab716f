import type { FeatureView, ReaderPanel } from '../shell/features';
import { ClaimsPanel } from './ClaimsPanel';
import { ClaimsView } from './ClaimsView';
import { EntitiesView } from './EntitiesView';

/** Cross-referencing views and reader panels. */
export const xrefViews: FeatureView[] = [
  { id: 'entities', label: 'Entities', component: EntitiesView },
  { id: 'claims', label: 'Claims', component: ClaimsView },
];
export const xrefReaderPanels: ReaderPanel[] = [{ id: 'claims', label: 'Claims', component: ClaimsPanel }];
