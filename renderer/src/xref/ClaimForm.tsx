import { useId, useState } from 'react';
import { request } from '../api/client';
import { ErrorMessage } from '../shared/Messages';
import { useSuggested } from './useSuggested';

/** What the engine guesses for a selection (claims.prefill); undefined until it answers. */
export interface ClaimGuess {
  value?: string | undefined;
  unit?: string | undefined;
  source?: string | undefined;
}

interface Props {
  interviewId: string;
  range: { start: number; end: number };
  quote: string;
  guess: ClaimGuess;
  whats: string[];
  onDone(): void;
}

/** Marks a passage as a claim: what it is about, the value, as of when, who says it. */
export function ClaimForm({ interviewId, range, quote, guess, whats, onDone }: Props) {
  // The guess and the list of subjects may arrive after the researcher started typing: typing wins.
  const [what, setWhat] = useSuggested(whats[0]);
  const [value, setValue] = useSuggested(guess.value);
  const [unit, setUnit] = useSuggested(guess.unit);
  const [asOf, setAsOf] = useState('');
  const [source, setSource] = useSuggested(guess.source);
  const [error, setError] = useState<string | null>(null);
  const list = useId();
  async function save(): Promise<void> {
    try {
      await request('claims.add', { interviewId, ...range, what, value, source, ...(unit.trim() ? { unit } : {}), ...(asOf ? { asOf } : {}) });
      onDone();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }
  return (
    <form className="annotation-form" aria-label="New claim" onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <blockquote className="quote-preview" dir="auto">{quote.length > 200 ? `${quote.slice(0, 200)}…` : quote}</blockquote>
      <label className="field">About (what is counted or stated)<input list={list} value={what} required onChange={(e) => setWhat(e.target.value)} /></label>
      <datalist id={list}>{whats.map((w) => <option key={w} value={w} />)}</datalist>
      <div className="filters-row">
        <label className="field">Value<input value={value} required onChange={(e) => setValue(e.target.value)} /></label>
        <label className="field">Unit<input value={unit} onChange={(e) => setUnit(e.target.value)} placeholder="people" /></label>
        <label className="field">As of<input value={asOf} onChange={(e) => setAsOf(e.target.value)} placeholder="2008-01-26" pattern="\d{4}(-\d{2}(-\d{2})?)?" /></label>
      </div>
      <label className="field">Source (who says it)<input value={source} required onChange={(e) => setSource(e.target.value)} /></label>
      {error && <ErrorMessage message={error} />}
      <div className="form-actions">
        <button type="submit">Save claim</button>
        <button type="button" className="secondary" onClick={onDone}>Cancel</button>
      </div>
    </form>
  );
}
