// Names and text are compared token by token: a run of word characters, one punctuation character, or a gap of
// whitespace. "Yahoo! News" is Yahoo | ! | gap | News. Reading whole word runs gives word boundaries for free:
// "APE" is one token, never "AP".
import { charLength, codePointAt, isInlineSpace, isLineBreak, isWordChar, normalizePunctuation } from './text-chars';

/** The token standing for any whitespace between two parts of a name. */
export const GAP = ' ';

/** Longest whitespace run that still joins the words of one name ("New York\n  Times"); a blank line never does. */
const MAX_GAP_LENGTH = 16;

export function isSpace(code: number): boolean {
  return isInlineSpace(code) || isLineBreak(code);
}

/** End of the run of word characters starting at `pos`. */
export function wordEnd(text: string, pos: number): number {
  let i = pos;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    const cp = code < 0x80 ? code : codePointAt(text, i); // ASCII first: the scan runs over every word of a text
    if (!isWordChar(cp)) break;
    i += charLength(cp);
  }
  return i;
}

export function tokenizeName(name: string): string[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < name.length) {
    const code = name.charCodeAt(i);
    if (isSpace(code)) {
      while (i < name.length && isSpace(name.charCodeAt(i))) i++;
      if (tokens.length) tokens.push(GAP);
      continue;
    }
    const cp = codePointAt(name, i);
    if (isWordChar(cp)) {
      const end = wordEnd(name, i);
      tokens.push(name.slice(i, end));
      i = end;
    } else {
      tokens.push(normalizePunctuation(cp));
      i += charLength(cp);
    }
  }
  if (tokens[tokens.length - 1] === GAP) tokens.pop();
  return tokens;
}

/** End of the token at `pos` (not whitespace): a run of word characters or one other character; -1 at the end of the
 * text or when a word run is longer than any name's. Only an end, no object: the outlet scan asks at many places. */
export function tokenEnd(text: string, pos: number, maxWordLength: number): number {
  if (pos >= text.length) return -1;
  const cp = codePointAt(text, pos);
  if (!isWordChar(cp)) return pos + charLength(cp);
  let i = pos;
  while (i < text.length) {
    const c = codePointAt(text, i);
    if (!isWordChar(c)) break;
    i += charLength(c);
    if (i - pos > maxWordLength) return -1;
  }
  return i;
}

/** The token text[pos, end) as names are compared (see tokenEnd): a word run as written, punctuation normalised. */
export function tokenValue(text: string, pos: number, end: number): string {
  const cp = codePointAt(text, pos);
  return isWordChar(cp) ? text.slice(pos, end) : normalizePunctuation(cp);
}

/** End of the whitespace gap at `pos`, or -1 when it cannot be inside a name (a blank line, or too long). */
export function readGap(text: string, pos: number): number {
  let i = pos;
  let lineBreaks = 0;
  while (i < text.length && i - pos <= MAX_GAP_LENGTH) {
    const code = text.charCodeAt(i);
    if (isLineBreak(code)) {
      if (!(code === 0x0a && i > pos && text.charCodeAt(i - 1) === 0x0d)) lineBreaks++;
      if (lineBreaks > 1) return -1;
    } else if (!isInlineSpace(code)) break;
    i++;
  }
  return i - pos > MAX_GAP_LENGTH ? -1 : i;
}
