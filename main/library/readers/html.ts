import { Parser } from 'htmlparser2';
import { cleanName, languageCode, parseDate } from '../metadata';
import { TextBuilder } from '../passages';
import { readTextFile } from '../readText';
import type { Reader } from './reader';
import { speakerOf } from './plainText';

/** Elements whose content is never visible page text. */
const hidden = new Set(['script', 'style', 'template', 'noscript', 'head', 'svg', 'math', 'iframe', 'object', 'select', 'textarea']);
/** Elements that end a passage. */
const breaking = new Set([
  'p', 'div', 'br', 'hr', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'blockquote', 'pre', 'section', 'article', 'header', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'table', 'figure', 'figcaption', 'main', 'aside', 'nav', 'address', 'body',
]);
const metaNames = new Set(['interviewee', 'interviewer', 'date', 'place', 'language', 'title']);
/** htmlparser2 slows down quadratically on very deep nesting; beyond this depth tags are ignored. */
export const MAX_HTML_DEPTH = 512;

interface HtmlText {
  paragraphs: string[];
  title?: string;
  meta: Record<string, string>;
  lang?: string;
  tooDeep: boolean;
}

/** Visible text of an HTML document, as paragraphs, plus its title and interview metadata. */
export function htmlToParagraphs(html: string): HtmlText {
  const out: HtmlText = { paragraphs: [], meta: {}, tooDeep: false };
  let current = '';
  let hiddenDepth = 0;
  let depth = 0;
  let inTitle = false;
  let title = '';
  let cutAt = -1;
  const flush = (): void => {
    const paragraph = current.replace(/\s+/g, ' ').trim();
    if (paragraph) out.paragraphs.push(paragraph);
    current = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        depth++;
        if (depth > MAX_HTML_DEPTH && cutAt < 0) {
          cutAt = parser.endIndex + 1;
          parser.pause();
        }
        if (name === 'html' && attrs.lang) out.lang = attrs.lang;
        if (name === 'meta' && attrs.name && attrs.content && metaNames.has(attrs.name.toLowerCase())) {
          out.meta[attrs.name.toLowerCase()] = attrs.content;
        }
        // A missing </head> must not hide the whole body.
        if (name === 'body') hiddenDepth = 0;
        if (name === 'title' && hiddenDepth <= 1) inTitle = true;
        else if (hidden.has(name) || hiddenDepth > 0) hiddenDepth++;
        if (breaking.has(name)) flush();
      },
      ontext(text) {
        if (inTitle) title += text;
        else if (hiddenDepth === 0) current += text;
      },
      onclosetag(name) {
        depth--;
        if (name === 'title' && inTitle) inTitle = false;
        else if (hiddenDepth > 0) hiddenDepth--;
        if (breaking.has(name)) flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  if (cutAt >= 0) {
    out.tooDeep = true;
    current += ' ' + tagFreeText(html.slice(cutAt));
  }
  flush();
  if (title.trim()) out.title = title.replace(/\s+/g, ' ').trim();
  return out;
}

/** Fallback for what lies past the depth cap: tags dropped, entities decoded, linear time. */
function tagFreeText(html: string): string {
  const stripped = html
    .replace(/<(script|style|template|noscript)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, ' ');
  let text = '';
  const decoder = new Parser({ ontext: (t) => (text += t) }, { decodeEntities: true });
  decoder.write(stripped.replace(/</g, '&lt;'));
  decoder.end();
  return text;
}

/** HTML pages: visible text only, block elements as passages, title and meta tags as metadata. */
export const readHtml: Reader = async ({ absPath, capBytes, root, noFollow }) => {
  const { text, notes } = await readTextFile(absPath, capBytes, root, noFollow);
  const page = htmlToParagraphs(text);
  if (page.tooDeep) notes.push(`HTML nested deeper than ${MAX_HTML_DEPTH} levels: the structure past that depth was ignored`);
  const builder = new TextBuilder(capBytes);
  let speaker: string | undefined;
  for (const paragraph of page.paragraphs) {
    speaker = speakerOf(paragraph) ?? speaker;
    if (!builder.add(paragraph, { speaker })) break;
  }
  const result = builder.result({
    title: page.meta.title ?? page.title ?? '',
    interviewee: cleanName(page.meta.interviewee),
    interviewer: cleanName(page.meta.interviewer),
    date: parseDate(page.meta.date),
    place: page.meta.place,
    language: languageCode(page.meta.language ?? page.lang),
  });
  return { result, notes };
};
