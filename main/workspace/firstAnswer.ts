/** How long background work waits for a first search before it starts anyway. */
const GRACE_MS = 1500;

/**
 * Background work (finding names, the fuzzy-word token set) waits for the first search to be
 * answered, or for a moment when none comes, so that it never delays that answer.
 */
export class FirstAnswer {
  private settle: () => void = () => undefined;
  private readonly answered = new Promise<void>((resolve) => (this.settle = resolve));

  /** A search has been answered. */
  done(): void {
    this.settle();
  }

  /** Settles at the first answer, or GRACE_MS after this call if none comes first. */
  readonly after = (): Promise<void> => Promise.race([this.answered, new Promise<void>((resolve) => setTimeout(resolve, GRACE_MS).unref())]);
}
