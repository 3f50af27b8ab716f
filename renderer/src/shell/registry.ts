import { annotationReaderPanels, annotationViews } from '../annotations/views';
import { dossierReaderPanels, dossierViews } from '../dossier/views';
import { xrefReaderPanels, xrefViews } from '../xref/views';
import { exchangeReaderPanels, exchangeViews } from '../exchange/views';
import { teamViews } from '../team/views';
import type { FeatureView, ReaderPanel } from './features';

/** Every feature's views, in navigation order. Each feature owns its own list. */
export const featureViews: FeatureView[] = [...annotationViews, ...xrefViews, ...dossierViews, ...exchangeViews, ...teamViews];
export const readerPanels: ReaderPanel[] = [...annotationReaderPanels, ...xrefReaderPanels, ...dossierReaderPanels, ...exchangeReaderPanels];
