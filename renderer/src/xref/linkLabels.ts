import type { LinkType } from '../../../preload/api';

/** How a link reads from each end: "supports" one way is "supported by" the other. */
export const LINK_LABELS: Record<LinkType, { out: string; in: string }> = {
  supports: { out: 'supports', in: 'supported by' },
  contradicts: { out: 'contradicts', in: 'contradicted by' },
  'same-event': { out: 'same event as', in: 'same event as' },
  'see-also': { out: 'see also', in: 'see also (from)' },
};

export const LINK_TYPES = Object.keys(LINK_LABELS) as LinkType[];
