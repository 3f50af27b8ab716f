import type { FeatureView, ReaderPanel } from '../shell/features';

/** Annotation views and reader panels (filled in by the annotations feature). */
export const annotationViews: FeatureView[] = [];
export const annotationReaderPanels: ReaderPanel[] = [];
