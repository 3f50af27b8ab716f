const MARKER = /^(?:[-*+]|\d{1,9}[.)]|>)(?:[ \t]+|$)/;

/**
 * How deeply the Markdown's lists and quotes nest, estimated line by line without parsing:
 * indentation (two columns per level, a tab as four) plus list or quote markers chained at the
 * start of a line ("- - - x", "> > x"). Linear, so it can run before marked, whose lexer time
 * grows with the cube of the depth (measured: 100 levels 52 ms, 400 levels 1.4 s, 800 levels 8.3 s).
 */
export function markdownDepth(markdown: string): number {
  let deepest = 0;
  let lineStart = 0;
  while (lineStart < markdown.length) {
    let lineEnd = markdown.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = markdown.length;
    let i = lineStart;
    let columns = 0;
    for (; i < lineEnd; i++) {
      const c = markdown.charCodeAt(i);
      if (c === 32) columns++;
      else if (c === 9) columns += 4;
      else break;
    }
    let depth = Math.floor(columns / 2);
    // At most a few hundred characters are looked at per line, so a long line costs nothing extra.
    let rest = markdown.slice(i, Math.min(lineEnd, i + 512));
    for (let m = MARKER.exec(rest); m !== null && rest.length > 0; m = MARKER.exec(rest)) {
      depth++;
      rest = rest.slice(m[0].length);
    }
    if (depth > deepest) deepest = depth;
    lineStart = lineEnd + 1;
  }
  return deepest;
}
