import type { FeatureView, ReaderPanel } from '../shell/features';
import { AnnotationsPanel } from './AnnotationsPanel';
import { AnnotationsView } from './AnnotationsView';
import { CodebookView } from './CodebookView';
import { MemosView } from './MemosView';

/** Annotation views and reader panels. */
export const annotationViews: FeatureView[] = [
  { id: 'annotations', label: 'Annotations', component: AnnotationsView },
  { id: 'codebook', label: 'Codebook', component: CodebookView },
  { id: 'memos', label: 'Memos', component: MemosView },
];
export const annotationReaderPanels: ReaderPanel[] = [{ id: 'annotations', label: 'Annotations', component: AnnotationsPanel }];
