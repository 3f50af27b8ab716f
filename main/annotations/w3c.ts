/**
 * Export to W3C Web Annotation JSON-LD, so the researcher's work outlives Testimony.
 * - id: urn:uuid:<annotation id>; a note is a TextualBody with purpose commenting; each code a
 *   TextualBody with purpose tagging whose value is the code's path ("Parent/Child") and whose
 *   dcterms:identifier is urn:uuid:<code id> (so a round trip keeps the code, not only its name).
 * - target: a SpecificResource whose source is `testimony:interview/<id>` (the interview is
 *   described with dcterms:title / dcterms:identifier = its path in the archive and
 *   dcterms:hasVersion = "sha256:<hash of the text annotated>"), with a TextQuoteSelector and a
 *   TextPositionSelector. The `dcterms:` prefix is defined by the anno.jsonld context itself.
 * - an annotation on a timecoded passage of an interview with a recording gets a second target:
 *   the recording, with a FragmentSelector conforming to Media Fragments ("t=start,end").
 * - exportW3C: an AnnotationCollection with one embedded AnnotationPage (as the model's §5).
 */
import { randomUUID } from 'node:crypto';
import { codePath } from './codes';
import type { Annotation, Code } from './model';
import { mediaFragment } from '../library/timeSpan';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const INTERVIEW_URI_PREFIX = 'testimony:interview/';

export interface InterviewRef {
  id: string;
  path: string;
  title: string;
}

export type W3CAnnotation = Record<string, unknown>;

/** The stretch of an interview's recording an annotation covers. */
export interface MediaSpan {
  /** The recording's path in the archive, its kind and MIME type. */
  path: string;
  kind: 'audio' | 'video';
  type: string;
  start: number;
  end?: number;
}

export const MEDIA_URI_PREFIX = 'testimony:media/';
export const MEDIA_FRAGMENTS = 'http://www.w3.org/TR/media-frags/';

function mediaTarget(span: MediaSpan): Record<string, unknown> {
  return {
    type: 'SpecificResource',
    source: { id: MEDIA_URI_PREFIX + encodeURI(span.path), type: span.kind === 'video' ? 'Video' : 'Sound', format: span.type.split(';')[0], 'dcterms:identifier': wellFormed(span.path) },
    selector: { type: 'FragmentSelector', conformsTo: MEDIA_FRAGMENTS, value: mediaFragment(span) },
  };
}

export function interviewUri(interviewId: string): string {
  return INTERVIEW_URI_PREFIX + encodeURIComponent(interviewId);
}

/** Lone surrogates are not valid Unicode: JSON keeps them escaped, but other tools choke on them. */
export function wellFormed(s: string): string {
  return s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

export function toW3C(annotation: Annotation, interview: InterviewRef, codesById: ReadonlyMap<string, Code>, media?: MediaSpan): W3CAnnotation {
  const { target } = annotation;
  const bodies: Record<string, unknown>[] = [];
  if (annotation.note !== undefined && annotation.note !== '') {
    bodies.push({ type: 'TextualBody', purpose: 'commenting', value: wellFormed(annotation.note), format: 'text/plain' });
  }
  for (const codeId of annotation.codes) {
    const value = codesById.has(codeId) ? codePath(codeId, codesById) : codeId;
    // Not `id`: a body with an id counts as an External Web Resource, which may not have a purpose.
    bodies.push({ type: 'TextualBody', purpose: 'tagging', value: wellFormed(value), format: 'text/plain', 'dcterms:identifier': `urn:uuid:${codeId}` });
  }
  const motivation = bodies.length === 0 ? 'highlighting' : annotation.note ? 'commenting' : 'tagging';
  return {
    '@context': ANNO_CONTEXT,
    id: `urn:uuid:${annotation.id}`,
    type: 'Annotation',
    motivation,
    ...(annotation.creator !== undefined ? { creator: { type: 'Person', name: wellFormed(annotation.creator) } } : {}),
    created: annotation.created,
    modified: annotation.modified,
    ...(bodies.length === 1 ? { body: bodies[0] } : bodies.length > 1 ? { body: bodies } : {}),
    target: withMedia({
      type: 'SpecificResource',
      source: {
        id: interviewUri(interview.id),
        type: 'Text',
        format: 'text/plain',
        'dcterms:title': wellFormed(interview.title),
        'dcterms:identifier': wellFormed(interview.path),
        'dcterms:hasVersion': `sha256:${target.textHash}`,
      },
      selector: [
        { type: 'TextQuoteSelector', exact: wellFormed(target.quote.exact), prefix: wellFormed(target.quote.prefix), suffix: wellFormed(target.quote.suffix) },
        { type: 'TextPositionSelector', start: target.position.start, end: target.position.end },
      ],
    }, media),
  };
}

/** The text target alone, or the text and the recording's stretch (the text first: importers look for it). */
function withMedia(text: Record<string, unknown>, media: MediaSpan | undefined): Record<string, unknown> | Record<string, unknown>[] {
  return media ? [text, mediaTarget(media)] : text;
}

export interface ExportOptions {
  label?: string;
  /** For tests and reproducible files; a fresh urn:uuid otherwise. */
  collectionId?: string;
  /** The stretch of a recording an annotation covers, where its interview has one. */
  mediaOf?: (annotation: Annotation) => MediaSpan | undefined;
}

/**
 * All annotations as one AnnotationCollection. Annotations whose interview is unknown are still
 * exported (with the interview id as title and path): an export must not lose anything.
 */
export function exportW3C(
  annotations: readonly Annotation[],
  interviewOf: (interviewId: string) => InterviewRef | undefined,
  codesById: ReadonlyMap<string, Code>,
  opts: ExportOptions = {},
): W3CAnnotation {
  const id = opts.collectionId ?? `urn:uuid:${randomUUID()}`;
  const items = annotations.map((a) => {
    const { '@context': _context, ...item } = toW3C(a, interviewOf(a.interviewId) ?? { id: a.interviewId, path: a.interviewId, title: a.interviewId }, codesById, opts.mediaOf?.(a));
    return item;
  });
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: opts.label ?? 'Testimony annotations',
    total: items.length,
    first: { id: `urn:uuid:${randomUUID()}`, type: 'AnnotationPage', partOf: id, startIndex: 0, items },
  };
}
