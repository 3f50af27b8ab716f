import type { Passage, ReadResult } from './types';

export type PassageInfo = Omit<Passage, 'start' | 'end'>;

/**
 * Builds an interview's text from passages, separating them with a blank line, so every
 * passage's offsets are right by construction.
 */
export class TextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  readonly passages: Passage[] = [];
  /** True once text was dropped because the cap was reached. */
  truncated = false;

  constructor(private readonly maxChars = Number.POSITIVE_INFINITY) {}

  get size(): number {
    return this.length;
  }

  /** Adds a passage (trimmed; empty ones are skipped). Returns false once the cap is reached. */
  add(body: string, info: PassageInfo = {}): boolean {
    let trimmed = body.trim();
    if (!trimmed) return true;
    const separator = this.length > 0 ? 2 : 0;
    const room = this.maxChars - this.length - separator;
    if (room <= 0) {
      this.truncated = true;
      return false;
    }
    if (trimmed.length > room) {
      trimmed = trimmed.slice(0, room);
      this.truncated = true;
    }
    if (separator) this.parts.push('\n\n');
    this.length += separator;
    const start = this.length;
    this.parts.push(trimmed);
    this.length += trimmed.length;
    this.passages.push(withoutEmpty({ start, end: this.length, ...info }));
    return !this.truncated;
  }

  /** Extends the last passage with more text on a new line (a cue or row that continues it). */
  extendLast(body: string): void {
    const last = this.passages.at(-1);
    const trimmed = body.trim();
    if (!trimmed || this.truncated) return;
    if (!last) {
      this.add(trimmed);
      return;
    }
    const piece = `\n${trimmed}`.slice(0, Math.max(0, this.maxChars - this.length));
    if (piece.length <= `\n${trimmed}`.length - 1) this.truncated = true;
    this.parts.push(piece);
    this.length += piece.length;
    last.end = this.length;
  }

  get text(): string {
    return this.parts.join('');
  }

  result(meta: Omit<ReadResult, 'text' | 'passages'>): ReadResult {
    return { ...withoutEmpty(meta), text: this.text, passages: this.passages };
  }
}

/** Drops undefined, empty-string and empty-array fields so results stay tidy and comparable. */
export function withoutEmpty<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined || field === '' || (Array.isArray(field) && field.length === 0)) continue;
    out[key] = field;
  }
  return out as T;
}
