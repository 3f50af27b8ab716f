/**
 * Citations in an official CSL style (Chicago author-date, APA), formatted by citeproc-js, the
 * processor Zotero uses, from the style files shipped with the app. The attribution under a quote
 * is the style's in-text citation with the passage as its locator; an endnote is the style's
 * bibliography entry, followed by the file so the researcher can open the source.
 */
import CSL from 'citeproc';
import type { CitationStyleId } from '../../../preload/contract/dossier';
import { cslInterview, type CslItem } from '../../exchange/citations/csl';
import { defaultCitationStyle, recordingField, speakerOf, timeLocator, type CitationStyle } from '../citations';
import type { Citation } from '../model';
import { isolate } from '../text/isolate';
import { cslData } from './styleFiles';

type CslStyleId = Exclude<CitationStyleId, 'testimony'>;

interface StyleNode {
  name: string;
  attrs: Record<string, string>;
  children: Array<StyleNode | string>;
}

/**
 * The style as citeproc reads it, less "subsequent-author-substitute": the dossier prints its
 * sources in the order they are first cited, not sorted, so "———" would stand for the wrong author.
 */
function styleFor(id: CslStyleId): StyleNode {
  const style = cslData(id) as StyleNode;
  const copy: StyleNode = { ...style, children: style.children.map((child) => {
    if (typeof child === 'string' || child.name !== 'bibliography') return child;
    const { ['subsequent-author-substitute']: _dropped, ...attrs } = child.attrs;
    return { ...child, attrs };
  }) };
  return copy;
}

const itemFor = (id: string, c: Citation): CslItem => cslInterview(id, { ...c, title: c.interviewTitle });

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

export function cslCitationStyle(styleId: CslStyleId, language: 'en' | 'fa' | undefined, citations: Iterable<Citation>): CitationStyle {
  const items = new Map<string, CslItem>();
  for (const c of citations) {
    const key = defaultCitationStyle.sourceKey(c);
    if (!items.has(key)) items.set(key, itemFor(key, c));
  }
  const lang = language === 'fa' ? 'fa-IR' : 'en-US';
  const engine = new CSL.Engine(
    { retrieveLocale: () => cslData(`locales-${lang}`), retrieveItem: (id: string) => items.get(id) },
    styleFor(styleId),
    lang,
    true,
  );
  engine.setOutputFormat('text');
  engine.updateItems([...items.keys()]);
  const entries = new Map<string, string>();
  const bibliography = engine.makeBibliography();
  if (bibliography) bibliography[0].entry_ids.forEach((ids, i) => entries.set(ids[0] ?? '', oneLine(bibliography[1][i] ?? '')));

  return {
    sourceKey: defaultCitationStyle.sourceKey,
    locator: defaultCitationStyle.locator,
    attribution(c, labels) {
      const key = this.sourceKey(c);
      const cite = engine.makeCitationCluster([{ id: key, ...(c.passage !== undefined ? { locator: String(c.passage), label: 'paragraph' } : {}) }]);
      const who = speakerOf(c, labels);
      const located = timeLocator(c, labels);
      const time = located ? `${labels.listSeparator}${located}` : '';
      return `— ${who ? `${isolate(who)} ` : ''}${isolate(oneLine(cite))}${time}`;
    },
    reference(c, labels) {
      const entry = entries.get(this.sourceKey(c)) ?? defaultCitationStyle.reference(c, labels);
      const file = labels.citation.file;
      const recording = recordingField(c, labels);
      return `${isolate(entry)} ${file.charAt(0).toLocaleUpperCase()}${file.slice(1)}: ${isolate(c.file)}${recording ? `${labels.fieldSeparator}${recording}` : ''}.`;
    },
  };
}
