import { Lexer, type Token, type Tokens } from 'marked';
import { decodeEntities } from '../entities';

/**
 * Markdown → the readable text of an interview, through marked's lexer (a real CommonMark
 * parser): headings, paragraphs, lists and quotes keep their words and line breaks, so speaker
 * turns on their own lines survive; raw HTML is dropped (never rendered, never indexed as tags).
 */
export function markdownToText(markdown: string): string {
  return textOfTokens(new ProseLexer({ gfm: true }).lex(markdown));
}

/** The readable text of marked's tokens (exported for the test that holds ProseLexer to marked's own lexer). */
export function textOfTokens(tokens: readonly Token[]): string {
  // The lexer leaves character references (&amp;, &#233;) as written: decode them once, at the end.
  return decodeEntities(blocks(tokens).join('\n\n').replace(/\n{3,}/g, '\n\n').trim());
}

/**
 * What can start inline syntax in marked's GFM rules (escapes, HTML, links and images, emphasis,
 * code, strikethrough, character references, autolinks and bare URLs or e-mail addresses) or a
 * hard line break. Inline text without any of them lexes to itself. An exclamation mark starts
 * syntax only as an image's `![`, which the bracket already catches: a fifth of an interview's
 * paragraphs have one.
 */
const INLINE_SYNTAX = /[\\<[`*_~&@]| {2,}\n|www\.|:\/\/|mailto:|xmpp:/i;

/**
 * marked's lexer, except that inline text in which no inline syntax can start becomes one text
 * token, as marked would make it, without trying its inline rules at every character: most of a
 * transcript's paragraphs are plain prose, and those rules were a fifth of reading a Markdown
 * archive. Blocks, and any inline text with syntax in it, are marked's own.
 */
class ProseLexer extends Lexer {
  override inlineTokens(src: string, tokens: Token[] = []): Token[] {
    if (INLINE_SYNTAX.test(src)) return super.inlineTokens(src, tokens);
    if (src !== '') tokens.push({ type: 'text', raw: src, text: src, escaped: false });
    return tokens;
  }
}

function blocks(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    const text = block(token);
    if (text.trim()) out.push(text.trim());
  }
  return out;
}

function block(token: Token): string {
  switch (token.type) {
    case 'heading':
    case 'paragraph':
      return inline((token as Tokens.Heading | Tokens.Paragraph).tokens);
    case 'list':
      return (token as Tokens.List).items.map((item) => blocks(item.tokens).join('\n')).join('\n');
    case 'blockquote':
      return blocks((token as Tokens.Blockquote).tokens).join('\n\n');
    case 'code':
      return (token as Tokens.Code).text;
    case 'table': {
      const table = token as Tokens.Table;
      const row = (cells: Tokens.TableCell[]): string => cells.map((c) => inline(c.tokens)).join(' · ');
      return [row(table.header), ...table.rows.map(row)].join('\n');
    }
    case 'text':
      return 'tokens' in token && token.tokens ? inline(token.tokens) : (token as Tokens.Text).text;
    default:
      // html, hr, space, def: nothing a researcher reads.
      return '';
  }
}

function inline(tokens: readonly Token[] | undefined): string {
  if (!tokens) return '';
  return tokens.map((token) => {
    switch (token.type) {
      case 'br':
        return '\n';
      case 'html':
        return '';
      case 'codespan':
      case 'escape':
        return (token as Tokens.Codespan).text;
      case 'image':
        return (token as Tokens.Image).text;
      default:
        return 'tokens' in token && token.tokens ? inline(token.tokens) : 'text' in token ? String(token.text) : '';
    }
  }).join('');
}
