import type { FeatureView, ReaderPanel } from '../shell/features';

/** Dossier builder views (filled in by the dossier feature). */
export const dossierViews: FeatureView[] = [];
export const dossierReaderPanels: ReaderPanel[] = [];
