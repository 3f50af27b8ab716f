/** The part of citeproc-js (npm "citeproc", which ships no types) that the dossier uses. */
declare module 'citeproc' {
  export interface CslSys {
    retrieveLocale(lang: string): unknown;
    retrieveItem(id: string): unknown;
  }
  export interface CiteItem {
    id: string;
    locator?: string;
    label?: string;
  }
  export class Engine {
    constructor(sys: CslSys, style: unknown, lang?: string, forceLang?: boolean);
    setOutputFormat(format: 'text' | 'html' | 'rtf'): void;
    updateItems(ids: string[]): void;
    makeCitationCluster(items: CiteItem[]): string;
    makeBibliography(): [{ entry_ids: string[][] }, string[]] | false;
  }
  const CSL: { Engine: typeof Engine };
  export default CSL;
}
