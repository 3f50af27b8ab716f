import type { AnnotationView } from '../../../preload/api';

const TEXT: Record<AnnotationView['anchor']['status'], string | null> = {
  exact: null,
  moved: 'moved',
  fuzzy: 'placed approximately',
  orphan: 'not found in the current text',
};
const EXPLAINED: Record<AnnotationView['anchor']['status'], string> = {
  exact: 'The passage is where it was made.',
  moved: 'The interview was edited; the same words were found at another place.',
  fuzzy: 'The interview was edited; the closest matching words were chosen. Check the highlight.',
  orphan: 'The interview was edited and the words are gone; the annotation keeps its quote.',
};

/** How well an annotation still fits its interview; nothing for an exact fit (the usual case). */
export function AnchorBadge({ anchor }: { anchor: AnnotationView['anchor'] }) {
  const text = TEXT[anchor.status];
  if (!text) return null;
  const percent = anchor.status === 'fuzzy' ? ` (${Math.round(anchor.confidence * 100)}% alike)` : '';
  return <span className={`anchor-badge ${anchor.status}`} title={EXPLAINED[anchor.status]}>{text}{percent}</span>;
}
