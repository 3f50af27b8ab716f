import type { View } from './navigation';

/**
 * The view in the address bar's fragment, so a reload, a bookmark and the browser's Back and
 * Forward show the same thing: #/results?q=…, #/reader/<id>?at=…, #/view/<id>/<param>.
 * The fragment never reaches the server, and the token stays out of it.
 */
export function viewToHash(view: View): string {
  const e = encodeURIComponent;
  switch (view.kind) {
    case 'home':
      return '#/';
    case 'results':
      return view.query ? `#/results?q=${e(view.query)}` : '#/results';
    case 'reader': {
      const params = new URLSearchParams();
      if (view.at !== undefined) params.set('at', String(view.at));
      if (view.end !== undefined) params.set('end', String(view.end));
      const query = params.toString();
      return `#/reader/${e(view.id)}${query ? `?${query}` : ''}`;
    }
    case 'feature':
      return `#/view/${e(view.id)}${view.param !== undefined ? `/${e(view.param)}` : ''}`;
  }
}

function offset(value: string | null): number | undefined {
  if (value === null || !/^\d{1,12}$/.test(value)) return undefined;
  return Number(value);
}

/** The view a fragment names, or null for anything else (an old or mistyped address). */
export function hashToView(hash: string): View | null {
  const [path = '', search = ''] = hash.replace(/^#/, '').split('?', 2);
  const params = new URLSearchParams(search);
  const parts = path.split('/').filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return null;
    }
  });
  if (parts.some((p) => p === null)) return null;
  const [kind, id, param] = parts as string[];
  if (kind === undefined) return { kind: 'home' };
  if (kind === 'results') {
    const query = params.get('q');
    return query ? { kind: 'results', query } : { kind: 'results' };
  }
  if (kind === 'reader' && id) {
    const at = offset(params.get('at'));
    const end = offset(params.get('end'));
    return { kind: 'reader', id, ...(at !== undefined ? { at } : {}), ...(end !== undefined ? { end } : {}) };
  }
  if (kind === 'view' && id) return param !== undefined ? { kind: 'feature', id, param } : { kind: 'feature', id };
  return null;
}
