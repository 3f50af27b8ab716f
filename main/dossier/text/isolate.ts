/**
 * Bidi isolation for the dossier's generated lines. A value of either direction (a Persian title
 * in an English endnote, an English note in a Persian dossier) is wrapped in FIRST STRONG
 * ISOLATE … POP DIRECTIONAL ISOLATE, so the punctuation and labels around it keep the line's
 * own direction, as `<bdi>` does in a browser. The marks steer the bidi pass only: they are
 * never measured or drawn (the fonts have no glyphs for them).
 */
const CONTROLS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function isolate(value: string): string {
  return value ? `\u2068${value}\u2069` : value;
}

export function stripControls(text: string): string {
  return text.replace(CONTROLS, '');
}

export function isControl(char: string | undefined): boolean {
  return char !== undefined && /^[\u200E\u200F\u202A-\u202E\u2066-\u2069]$/.test(char);
}
