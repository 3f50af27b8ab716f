import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../../main/cli/args';
import { CliError, terminalSafe } from '../../../main/cli/output';

describe('the CLI on hostile arguments and data', () => {
  it('takes a query word starting with "-" as query text, and "--" as the end of options', () => {
    const parsed = parseCliArgs(['search', 'a', '-camp', '--limit', '3']);
    expect(parsed).toMatchObject({ command: 'search', archive: 'a', rest: ['-camp'], values: { limit: '3' } });
    expect(parseCliArgs(['search', 'a', 'ashraf', '--', '--json', '-x'])).toMatchObject({ rest: ['ashraf', '--json', '-x'], values: {} });
    expect(parseCliArgs(['annotate', 'a', '--note', '-not a flag'])).toMatchObject({ values: { note: '-not a flag' } });
  });

  it('answers an unknown long option with a usage error, not a stack trace', () => {
    expect(() => parseCliArgs(['search', 'a', '--nope'])).toThrow(CliError);
  });

  it('strips terminal escapes (screen clear, window title, OSC 8 link, bidi override) from printed data', () => {
    const title = '\u001b[2J\u001b]0;pwned\u0007\u001b]8;;https://x.example\u001b\\link\u001b]8;;\u001b\\ \u202eevil\u009b31m';
    const safe = terminalSafe(title);
    expect([...safe].filter((c) => c.charCodeAt(0) < 0x20 || (c.charCodeAt(0) >= 0x7f && c.charCodeAt(0) <= 0x9f) || c === "\u202e")).toEqual([]);
    expect(safe).toContain('link');
  });
});
