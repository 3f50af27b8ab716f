import { useEffect, useState, type KeyboardEvent } from 'react';
import { ariaShortcut, isTyping, matches } from '../shell/commands';
import { CONTEXT_KEYS } from '../shell/contextKeys';
import type { Code } from '../../../preload/api';
import { CodePicker } from './CodePicker';

interface Props {
  quote: string;
  codes: Code[];
  onSave(note: string, codes: string[]): Promise<void>;
  onCancel(): void;
}

/** Annotating the reader's selection: a note, any number of codes; Ctrl/⌘+Enter saves, Escape cancels. */
export function NewAnnotationForm({ quote, codes, onSave, onCancel }: Props) {
  const [note, setNote] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  // Escape also cancels right after selecting, while focus is still in the text, not in the form.
  useEffect(() => {
    const onEscape = (event: globalThis.KeyboardEvent): void => {
      if (event.key !== 'Escape' || event.defaultPrevented || isTyping(event.target)) return;
      event.preventDefault();
      onCancel();
    };
    window.addEventListener('keydown', onEscape);
    return () => window.removeEventListener('keydown', onEscape);
  }, [onCancel]);

  async function save(withNote: boolean): Promise<void> {
    setBusy(true);
    try {
      await onSave(withNote ? note : '', withNote ? chosen : []);
    } finally {
      setBusy(false);
    }
  }

  function onKey(event: KeyboardEvent): void {
    if (matches(event.nativeEvent, CONTEXT_KEYS.save.shortcut)) {
      event.preventDefault();
      void save(true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  }

  return (
    <form className="annotation-form" aria-label="New annotation" onKeyDown={onKey} onSubmit={(e) => { e.preventDefault(); void save(true); }}>
      <blockquote className="quote-preview">{quote.length > 280 ? `${quote.slice(0, 280)}…` : quote}</blockquote>
      <label className="field">
        Note
        <textarea data-command="annotate" dir="auto" value={note} onChange={(e) => setNote(e.target.value)} rows={3} placeholder="What matters about this passage?" />
      </label>
      <CodePicker codes={codes} selected={chosen} onChange={setChosen} />
      <div className="form-actions">
        <button type="submit" disabled={busy} aria-keyshortcuts={ariaShortcut(CONTEXT_KEYS.save.shortcut)}>Save annotation</button>
        <button type="button" className="secondary" disabled={busy} onClick={() => void save(false)}>Highlight only</button>
        <button type="button" className="secondary" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
