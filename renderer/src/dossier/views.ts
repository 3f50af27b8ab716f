import type { FeatureView, ReaderPanel } from '../shell/features';
import { AddToDossierPanel } from './AddToDossierPanel';
import { DossierView } from './DossierView';

/** The dossier builder, and the reader's "Add to dossier" panel. */
export const dossierViews: FeatureView[] = [{ id: 'dossier', label: 'Dossier', component: DossierView }];
export const dossierReaderPanels: ReaderPanel[] = [{ id: 'dossier', label: 'Dossier', component: AddToDossierPanel }];
