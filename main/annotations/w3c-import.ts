/**
 * Import of W3C Web Annotations: every item is checked against our rules (w3c-schema.ts); a valid
 * annotation on a text passage (a TextQuoteSelector, with or without a TextPositionSelector)
 * becomes a Testimony annotation; a valid annotation on something else (an image region, a whole
 * web page, a video) is refused with that reason, because Testimony annotates interview text.
 * Nothing is written here: the caller shows the result and then applies it (store/import-w3c.ts).
 */
import { createHash } from 'node:crypto';
import { INTERVIEW_URI_PREFIX } from './w3c';
import { explain, W3CAnnotationSchema, type W3CAnnotationIn } from './w3c-schema';

export interface ImportedAnnotation {
  id: string;
  interviewId: string;
  target: { textHash: string; quote: { exact: string; prefix: string; suffix: string }; position: { start: number; end: number } };
  note?: string;
  /** Codes by path ("Parent/Child"), with the id they had when exported from Testimony. */
  codes: { path: string; id?: string }[];
  creator?: string;
  created: string;
  modified: string;
}

export interface W3CImportResult {
  accepted: ImportedAnnotation[];
  rejected: { index: number; id?: string; reason: string }[];
}

type Obj = Record<string, unknown>;
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const typesOf = (o: Obj): string[] => list(o.type).filter((t): t is string => typeof t === 'string');

/** A stable uuid for a foreign id, so importing the same file twice updates instead of duplicating. */
function uuidFor(iri: string): string {
  const m = /^urn:uuid:(.+)$/i.exec(iri);
  if (m?.[1] && UUID_RE.test(m[1])) return m[1].toLowerCase();
  const h = createHash('sha256').update(iri).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The items of whatever was given: one annotation, a list, an AnnotationPage or an AnnotationCollection. */
function itemsOf(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  if (!isObj(json)) return [json];
  const types = typesOf(json);
  if (types.includes('AnnotationCollection')) return isObj(json.first) ? list(json.first.items) : [];
  if (types.includes('AnnotationPage')) return list(json.items);
  return [json];
}

export function importW3C(input: unknown): W3CImportResult {
  let json = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input);
    } catch (err) {
      return { accepted: [], rejected: [{ index: 0, reason: `not valid JSON (${(err as Error).message})` }] };
    }
  }
  const context = isObj(json) ? json['@context'] : undefined;
  const result: W3CImportResult = { accepted: [], rejected: [] };
  if (isObj(json) && typesOf(json).includes('AnnotationCollection') && !isObj(json.first)) {
    result.rejected.push({ index: 0, reason: 'an AnnotationCollection whose pages are links, not embedded: there is nothing to import from this file alone' });
    return result;
  }
  itemsOf(json).forEach((item, index) => {
    // Items of a page or collection inherit the container's context.
    const withContext = isObj(item) && item['@context'] === undefined && context !== undefined ? { '@context': context, ...item } : item;
    const parsed = W3CAnnotationSchema.safeParse(withContext);
    const id = isObj(item) && typeof item.id === 'string' ? item.id : undefined;
    if (!parsed.success) {
      result.rejected.push({ index, ...(id ? { id } : {}), reason: `not a valid Web Annotation: ${explain(parsed.error)}` });
      return;
    }
    const converted = convert(parsed.data);
    if (typeof converted === 'string') result.rejected.push({ index, ...(id ? { id } : {}), reason: converted });
    else result.accepted.push(converted);
  });
  return result;
}

/** A Testimony annotation from a valid Web Annotation, or why it cannot be one. */
function convert(a: W3CAnnotationIn): ImportedAnnotation | string {
  const target = list(a.target).filter(isObj).find((t) => selectorsOf(t).some((s) => typesOf(s).includes('TextQuoteSelector')));
  if (!target) {
    const positionOnly = list(a.target).filter(isObj).some((t) => selectorsOf(t).some((s) => typesOf(s).includes('TextPositionSelector')));
    return positionOnly
      ? 'its target has a TextPositionSelector but no TextQuoteSelector: Testimony needs the quoted text to find the passage again'
      : 'its target is not a passage of text (no TextQuoteSelector): Testimony annotates interview text only';
  }
  const selectors = selectorsOf(target);
  const quote = selectors.find((s) => typesOf(s).includes('TextQuoteSelector'))!;
  const position = selectors.find((s) => typesOf(s).includes('TextPositionSelector'));
  const source = isObj(target.source) ? target.source : { id: target.source };
  const sourceId = typeof source.id === 'string' ? source.id : '';
  const version = typeof source['dcterms:hasVersion'] === 'string' ? source['dcterms:hasVersion'] : '';
  if (typeof quote.exact !== 'string' || quote.exact === '') return 'its TextQuoteSelector has an empty exact quote';
  const start = typeof position?.start === 'number' ? position.start : 0;
  const end = typeof position?.end === 'number' && position.end >= start ? position.end : start;

  const notes: string[] = [];
  const codes: ImportedAnnotation['codes'] = [];
  if (a.bodyValue !== undefined) notes.push(a.bodyValue);
  for (const body of list(a.body)) {
    if (typeof body === 'string') notes.push(`See: ${body}`);
    else if (isObj(body) && typeof body.value === 'string') {
      const purposes = list(body.purpose);
      const tagging = purposes.includes('tagging') || (purposes.length === 0 && a.motivation === 'tagging');
      const codeIri = body['dcterms:identifier'];
      if (tagging) codes.push({ path: body.value, ...(typeof codeIri === 'string' && /^urn:uuid:/i.test(codeIri) ? { id: uuidFor(codeIri) } : {}) });
      else notes.push(body.value);
    } else if (isObj(body) && typeof body.id === 'string') notes.push(`See: ${body.id}`);
  }
  const now = new Date().toISOString();
  const created = a.created !== undefined ? new Date(a.created).toISOString() : now;
  return {
    id: uuidFor(a.id),
    interviewId: sourceId.startsWith(INTERVIEW_URI_PREFIX) ? decodeURIComponent(sourceId.slice(INTERVIEW_URI_PREFIX.length)) : sourceId,
    target: {
      textHash: version.startsWith('sha256:') ? version.slice('sha256:'.length) : '',
      quote: { exact: quote.exact, prefix: typeof quote.prefix === 'string' ? quote.prefix : '', suffix: typeof quote.suffix === 'string' ? quote.suffix : '' },
      position: { start, end },
    },
    ...(notes.length > 0 ? { note: notes.join('\n\n') } : {}),
    codes,
    ...creatorOf(a.creator),
    created,
    modified: a.modified !== undefined ? new Date(a.modified).toISOString() : created,
  };
}

/** The first named agent of `creator` (a Person object, or a plain name). */
function creatorOf(agents: unknown): { creator?: string } {
  const first = list(agents)[0];
  const name = typeof first === 'string' && !/^[a-z]+:/i.test(first) ? first : isObj(first) && typeof first.name === 'string' ? first.name : undefined;
  return name?.trim() ? { creator: name.trim().slice(0, 200) } : {};
}

function selectorsOf(target: Obj): Obj[] {
  const out: Obj[] = [];
  const add = (s: unknown): void => {
    if (!isObj(s)) return;
    out.push(s);
    list(s.refinedBy).forEach(add);
  };
  list(target.selector).forEach(add);
  return out;
}
