import { useCallback, useEffect, useRef, useState } from 'react';
import type { DossierDefinition } from '../../../preload/api';
import { request } from '../api/client';

const SAVE_AFTER_MS = 400;

export interface Draft {
  def: DossierDefinition | null;
  error: string | null;
  saving: boolean;
  change(next: DossierDefinition): void;
  /** Writes pending edits now (before an export, which reads the saved definition). */
  flush(): Promise<void>;
}

/** The dossier being edited: loaded once, saved a moment after each change. */
export function useDraft(id: string, onSaved: () => void): Draft {
  const [def, setDef] = useState<DossierDefinition | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const pending = useRef<DossierDefinition | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    request('dossier.get', { id }).then(setDef, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [id]);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const next = pending.current;
    if (!next) return;
    pending.current = null;
    setSaving(true);
    try {
      await request('dossier.update', next);
      setError(null);
      onSaved();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  }, [onSaved]);

  const change = useCallback((next: DossierDefinition) => {
    setDef(next);
    clearTimeout(timer.current);
    if (!next.title.trim() || next.sections.some((s) => !s.title.trim())) {
      pending.current = null;
      setError('The dossier and every section need a title before it can be saved.');
      return;
    }
    pending.current = next;
    timer.current = setTimeout(() => void flush(), SAVE_AFTER_MS);
  }, [flush]);

  useEffect(() => () => void flush(), [flush]);
  return { def, error, saving, change, flush };
}
