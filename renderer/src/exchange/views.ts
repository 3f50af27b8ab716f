import type { FeatureView, ReaderPanel } from '../shell/features';
import { ExchangeView } from './ExchangeView';
import { MetadataPanel } from './MetadataPanel';

/** Exchange with other tools, and the reader's Details tab (editable metadata). */
export const exchangeViews: FeatureView[] = [{ id: 'exchange', label: 'Exchange', component: ExchangeView }];
export const exchangeReaderPanels: ReaderPanel[] = [{ id: 'details', label: 'Details', component: MetadataPanel }];
