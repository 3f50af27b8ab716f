import type { ComponentType } from 'react';
import type { AnnotationView, InterviewDetail } from '../../../preload/api';

/** A full-page view reachable from the top navigation (and the command palette). */
export interface FeatureView {
  id: string;
  label: string;
  /** Keyboard shortcut shown in the cheat sheet, e.g. "Alt+4". */
  shortcut?: string;
  component: ComponentType<{ param?: string }>;
}

/** A tab in the reader's side panel, next to the interview's annotations. */
export interface ReaderPanel {
  id: string;
  label: string;
  component: ComponentType<ReaderPanelProps>;
}

export interface ReaderPanelProps {
  interview: InterviewDetail;
  annotations: AnnotationView[];
  /** The reader's current text selection, if any. */
  selection: { start: number; end: number } | null;
  /** The annotation the researcher clicked in the text, if any. */
  focusedAnnotationId: string | null;
  /** Clears the reader's selection (after it was used). */
  clearSelection(): void;
}
