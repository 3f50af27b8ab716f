import type { DossierDefinition } from '../../../preload/api';

type Options = DossierDefinition['options'];
type StyleId = NonNullable<DossierDefinition['citationStyle']>;

const STYLE_NAMES: Record<StyleId, string> = {
  testimony: 'Testimony (speaker, interview, ¶)',
  'chicago-author-date': 'Chicago author-date',
  apa: 'APA (7th)',
};
const CITATION_STYLES = Object.keys(STYLE_NAMES) as StyleId[];
const citationStyle = (value: string): StyleId => CITATION_STYLES.find((id) => id === value) ?? 'testimony';

const OPTION_LABELS: [keyof Options, string][] = [
  ['includeNotes', 'Notes'],
  ['includeCodes', 'Codes'],
  ['includeMemos', 'Memos'],
  ['pageNumbers', 'Page numbers'],
  ['appendixInterviews', 'Full interviews as appendix'],
  ['tagged', 'Tagged PDF (screen readers)'],
  ['pdfa', 'PDF/A (archival)'],
];

/** Title, author, date, purpose, paper, language, citation style and what to include. */
export function MetaFields({ def, onChange }: { def: DossierDefinition; onChange(def: DossierDefinition): void }) {
  const set = <K extends keyof DossierDefinition>(key: K, value: DossierDefinition[K]): void => onChange({ ...def, [key]: value });
  return (
    <div className="dossier-meta">
      <fieldset className="meta-grid">
        <legend>About this dossier</legend>
        <label>Title<input value={def.title} dir="auto" maxLength={300} onChange={(e) => set('title', e.target.value)} /></label>
        <label>Author<input value={def.author} dir="auto" maxLength={300} placeholder="(optional)" onChange={(e) => set('author', e.target.value)} /></label>
        <label>Date<input type="date" value={def.date} onChange={(e) => e.target.value && set('date', e.target.value)} /></label>
        <label>Paper
          <select value={def.paper} onChange={(e) => set('paper', e.target.value === 'Letter' ? 'Letter' : 'A4')}>
            <option value="A4">A4</option>
            <option value="Letter">US Letter</option>
          </select>
        </label>
        <label>Language
          <select value={def.language} onChange={(e) => set('language', e.target.value === 'fa' ? 'fa' : 'en')}>
            <option value="en">English</option>
            <option value="fa">Persian (فارسی)</option>
          </select>
        </label>
        <label>Citations
          <select value={def.citationStyle ?? 'testimony'} onChange={(e) => set('citationStyle', citationStyle(e.target.value))}>
            {CITATION_STYLES.map((id) => <option key={id} value={id}>{STYLE_NAMES[id]}</option>)}
          </select>
        </label>
        <label className="wide">Purpose<textarea value={def.purpose ?? ''} dir="auto" rows={2} maxLength={5000} onChange={(e) => set('purpose', e.target.value)} /></label>
      </fieldset>
      <fieldset className="options">
        <legend>Include</legend>
        {OPTION_LABELS.map(([key, label]) => (
          <label key={key} className="check">
            <input type="checkbox" checked={def.options[key]} onChange={(e) => set('options', { ...def.options, [key]: e.target.checked })} />
            {label}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
