import { useState } from 'react';

/** Title and body of a memo; saving reports the engine's message if it refuses. */
export function MemoEditor({ initial, onSave, onCancel }: { initial?: { title: string; body: string }; onSave(title: string, body: string): Promise<void>; onCancel(): void }) {
  const [title, setTitle] = useState(initial?.title ?? '');
  const [body, setBody] = useState(initial?.body ?? '');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="annotation-form"
      aria-label="Memo"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(title, body).catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
      }}
    >
      <label className="field">
        Title
        <input value={title} dir="auto" onChange={(e) => setTitle(e.target.value)} required />
      </label>
      <label className="field">
        Memo
        <textarea value={body} dir="auto" rows={4} onChange={(e) => setBody(e.target.value)} />
      </label>
      {error && <p className="error-message" role="alert">{error}</p>}
      <div className="form-actions">
        <button type="submit">Save memo</button>
        <button type="button" className="secondary" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
