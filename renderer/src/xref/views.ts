import type { FeatureView, ReaderPanel } from '../shell/features';

/** Cross-referencing views and reader panels (filled in by the xref feature). */
export const xrefViews: FeatureView[] = [];
export const xrefReaderPanels: ReaderPanel[] = [];
