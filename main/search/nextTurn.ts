/**
 * Runs `fn` in a later turn of the event loop without keeping the process alive: background work
 * done a slice at a time. Not `setImmediate(…).unref()`: with no ref'd immediate pending, Node lets
 * the loop block in its poll phase, so such a chain only advanced when some other event woke it (a
 * quiet host took seconds for a few slices). An unref'd timer still fires on time.
 */
export function nextTurn(fn: () => void): void {
  setTimeout(fn, 0).unref();
}
