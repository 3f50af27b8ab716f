import { Lexer } from 'marked';
import { parse } from 'csv-parse/sync';
const what = process.argv[2];
const n = Number(process.argv[3]);
const t = Date.now();
if (what === 'md') {
  const lines: string[] = [];
  for (let d = 0; d < n; d++) lines.push(`${'  '.repeat(d)}- item ${d}`);
  const s = lines.join('\n');
  new Lexer({ gfm: true }).lex(s);
  console.log('md depth', n, 'bytes', s.length, Date.now() - t, 'ms');
} else if (what === 'mdflat') {
  const s = '- '.repeat(n) + 'x\n';
  new Lexer({ gfm: true }).lex(s);
  console.log('md chained', n, Date.now() - t, 'ms');
} else if (what === 'csv') {
  const s = `speaker,text\nAda,"${'word '.repeat(n * 1024 * 1024 / 5)}"\n`;
  parse(s, { relax_column_count: true, relax_quotes: true, skip_empty_lines: true, bom: true });
  console.log('csv cell MB', n, Date.now() - t, 'ms');
}
console.log('rss MB', Math.round(process.memoryUsage().rss / 1048576));
