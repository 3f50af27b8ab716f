/** Seconds → h:mm:ss, the way transcripts cite timecodes. */
export function formatTime(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

/** Right-to-left scripts get dir="rtl" so Persian and Arabic read naturally. */
export function directionOf(language: string | undefined): 'rtl' | 'ltr' {
  return language && ['fa', 'ar', 'ur', 'ps', 'he', 'ckb'].includes(language) ? 'rtl' : 'ltr';
}
