/**
 * Our own rules for W3C Web Annotations coming in (the app cannot read the W3C test suite at
 * run time). They follow the model's MUSTs (https://www.w3.org/TR/annotation-model/): @context
 * includes anno.jsonld; exactly one IRI id; type includes Annotation; at least one target;
 * never body and bodyValue together; single-valued properties (format, processingLanguage,
 * textDirection, created, modified, generated, canonical, TextualBody value, selector values) are
 * single; IRIs where the model wants IRIs; a TextualBody has a value; a SpecificResource has a
 * source; Choice/List/Composite/Independents have items and only one of those types.
 * Unknown properties are allowed, as JSON-LD allows extensions.
 */
import { z } from 'zod';
import { ANNO_CONTEXT } from './w3c';

/** An absolute IRI: a scheme, a colon, no spaces (RFC 3987 in the large). */
const IRI_RE = /^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s"<>\\^`{|}]*$/;
/** xsd:dateTime as the model asks (UTC or an offset recommended; seconds fraction allowed). */
const DATE_TIME_RE = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
const COMPOSITES = ['Choice', 'List', 'Composite', 'Independents'];

const Iri = z.string({ error: 'must be one IRI' }).regex(IRI_RE, { error: 'is not an IRI' });
const Iris = z.union([Iri, z.array(Iri)], { error: 'must be an IRI or a list of IRIs' });
const DateTime = z.string({ error: 'must be one date-time' }).refine((s) => DATE_TIME_RE.test(s) && !Number.isNaN(Date.parse(s)), { error: 'is not an xsd:dateTime' });
const Types = z.union([z.string(), z.array(z.string())], { error: 'must be a type name or a list of them' });
const Agent = z.union([Iri, z.looseObject({ id: Iri.optional(), type: Types.optional(), name: z.union([z.string(), z.array(z.string())]).optional(), homepage: Iris.optional() })], {
  error: 'must be an IRI or an Agent object',
});
const Agents = z.union([Agent, z.array(Agent)], { error: 'must be an IRI or an Agent object, or a list of them' });

const typesOf = (type: unknown): string[] => (Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : typeof type === 'string' ? [type] : []);

/** Properties any resource (body, target, item, source, agent) may carry, checked where present. */
const resourceFields = {
  id: Iri.optional(),
  type: Types.optional(),
  format: z.string({ error: 'must be one format (a media type)' }).optional(),
  language: z.union([z.string(), z.array(z.string())], { error: 'must be a language tag or a list of them' }).optional(),
  processingLanguage: z.string({ error: 'must be one language tag' }).optional(),
  textDirection: z.enum(['ltr', 'rtl', 'auto'], { error: 'must be one of ltr, rtl, auto' }).optional(),
  created: DateTime.optional(),
  modified: DateTime.optional(),
  creator: Agents.optional(),
  rights: Iris.optional(),
  canonical: Iri.optional(),
  via: Iris.optional(),
};

const SelectorOrState: z.ZodType = z.lazy(() =>
  z.union([
    Iri,
    z
      .looseObject({
        id: Iri.optional(),
        type: Types.optional(),
        value: z.string({ error: 'must be one string' }).optional(),
        exact: z.string({ error: 'must be one string' }).optional(),
        prefix: z.string({ error: 'must be one string' }).optional(),
        suffix: z.string({ error: 'must be one string' }).optional(),
        start: z.union([z.number().int().nonnegative(), z.string()]).optional(),
        end: z.union([z.number().int().nonnegative(), z.string()]).optional(),
        refinedBy: z.union([SelectorOrState, z.array(SelectorOrState)]).optional(),
      })
      .superRefine((s, ctx) => {
        const types = typesOf(s.type);
        const needsValue = ['FragmentSelector', 'CssSelector', 'XPathSelector', 'HttpRequestState'].some((t) => types.includes(t));
        if (needsValue && s.value === undefined) ctx.addIssue({ code: 'custom', message: `a ${types.join('/')} must have a value` });
        if (types.includes('TextQuoteSelector') && s.exact === undefined) ctx.addIssue({ code: 'custom', message: 'a TextQuoteSelector must have exact' });
        if ((types.includes('TextPositionSelector') || types.includes('DataPositionSelector')) && (typeof s.start !== 'number' || typeof s.end !== 'number')) {
          ctx.addIssue({ code: 'custom', message: `a ${types.join('/')} must have numeric start and end` });
        }
      }),
  ], { error: 'must be an IRI or a selector/state object' }),
);

export const ResourceSchema: z.ZodType = z.lazy(() =>
  z.union([
    Iri,
    z
      .looseObject({
        ...resourceFields,
        value: z.string({ error: 'must be one string' }).optional(),
        purpose: z.union([z.string(), z.array(z.string())]).optional(),
        items: z.array(ResourceSchema, { error: 'must be a list' }).optional(),
        source: ResourceSchema.optional(),
        selector: z.union([SelectorOrState, z.array(SelectorOrState)]).optional(),
        state: z.union([SelectorOrState, z.array(SelectorOrState)]).optional(),
        scope: z.union([ResourceSchema, z.array(ResourceSchema)]).optional(),
      })
      .superRefine((r, ctx) => {
        const types = typesOf(r.type);
        const composite = types.filter((t) => COMPOSITES.includes(t));
        if (composite.length > 1) ctx.addIssue({ code: 'custom', message: `a resource cannot be both ${composite.join(' and ')}` });
        if (composite.length === 1 && r.items === undefined) ctx.addIssue({ code: 'custom', message: `a ${composite[0]} must have items` });
        if (composite.length === 0 && r.items !== undefined) ctx.addIssue({ code: 'custom', message: 'has items but no Choice/List/Composite/Independents type: cannot be interpreted' });
        if (types.includes('TextualBody') && r.value === undefined) ctx.addIssue({ code: 'custom', message: 'a TextualBody must have a value' });
        const specific = types.includes('SpecificResource') || r.selector !== undefined || r.state !== undefined || r.scope !== undefined;
        if (specific && r.source === undefined) ctx.addIssue({ code: 'custom', message: 'a SpecificResource must have a source' });
      }),
  ], { error: 'must be an IRI or a resource object' }),
);

const OneOrMore = z.union([ResourceSchema, z.array(ResourceSchema).min(1)]);

export const W3CAnnotationSchema = z
  .looseObject({
    '@context': z.union([z.string(), z.array(z.unknown())], { error: 'is missing or not a JSON-LD context' }).refine(
      (c) => (Array.isArray(c) ? c.includes(ANNO_CONTEXT) : c === ANNO_CONTEXT),
      { error: `must be or include ${ANNO_CONTEXT}` },
    ),
    id: z.string({ error: 'must be exactly one IRI' }).regex(IRI_RE, { error: 'is not an IRI' }),
    type: Types.refine((t) => typesOf(t).includes('Annotation'), { error: 'must include Annotation' }),
    target: OneOrMore,
    body: OneOrMore.optional(),
    bodyValue: z.string({ error: 'must be one string' }).optional(),
    motivation: z.union([z.string(), z.array(z.string())]).optional(),
    created: DateTime.optional(),
    modified: DateTime.optional(),
    generated: DateTime.optional(),
    creator: Agents.optional(),
    generator: Agents.optional(),
    rights: Iris.optional(),
    canonical: Iri.optional(),
    via: Iris.optional(),
  })
  .refine((a) => !(a.body !== undefined && a.bodyValue !== undefined), { error: 'has both body and bodyValue (only one is allowed)', path: ['bodyValue'] });

export type W3CAnnotationIn = z.infer<typeof W3CAnnotationSchema>;

/** "target: is not an IRI" style reasons from a zod error. */
export function explain(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length > 0 ? `${i.path.join('.')}: ` : ''}${i.message}`)
    .join('; ');
}
