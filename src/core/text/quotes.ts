// Pairs quotation marks inside one paragraph, linearly. Curly marks, guillemets and low-high marks pair by their shape;
// straight marks by position and the characters around them; apostrophes inside words ("didn't", "Moscow's") and
// before years ("'90s") are left alone. A quote still open at the paragraph's end may go on in the next paragraph,
// which then reopens with a mark of the same family: the document pass decides that and passes the state in.
import { isLetterDigitOrMark } from './chars';

export type QuoteFamily = 'double' | 'single' | 'guillemet' | 'low';

export interface LocalQuote {
  /** Offset of the opening mark, or -1 when the quote comes in open from an earlier paragraph. */
  open: number;
  /** Offset of the closing mark, or -1 when the quote is still open at the paragraph's end. */
  close: number;
  family: QuoteFamily;
  /** The mark as written, for messages. */
  mark: string;
  /** Length of the opening mark: 2 for the doubled apostrophes some papers print as quotation marks (''). */
  openWidth: number;
}

export interface QuoteProblem {
  offset: number;
  mark: string;
  kind: 'unclosed' | 'unbalanced';
}

export interface QuoteScan {
  /** Outermost quotes only: nested quotes belong to the text of the quote around them. */
  quotes: LocalQuote[];
  problems: QuoteProblem[];
  /** The family of an outermost quote left open at the end, if any. */
  openAtEnd: QuoteFamily | null;
}

/** Deepest nesting tracked; past it marks are taken as text, so a run of marks cannot grow the stack. */
const MAX_DEPTH = 16;

interface Open {
  family: QuoteFamily;
  offset: number;
  mark: string;
  width: number;
  /** Straight marks: a straight double may close only a straight or curly double. */
  straight: boolean;
}

function isLetterOrDigit(c: string | undefined): boolean {
  if (c === undefined) return false;
  return isLetterDigitOrMark(c.charCodeAt(0));
}

/** Only white space stands before `i`: a mark there can only open ("” … he delivered", a mark turned round). */
function opensParagraph(text: string, i: number): boolean {
  // backwards, so that the look costs no more than the white space right before the mark
  let k = i - 1;
  while (k >= 0 && isSpaceOrStart(text[k])) k--;
  return k < 0;
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function isSpaceOrStart(c: string | undefined): boolean {
  return c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';
}

/**
 * ' " « » and ‘ ’ ‚ ‛ “ ” „: every mark the scan below has a case for (and two it has none for). The scan jumps from
 * mark to mark with it (test() with the g flag moves lastIndex and makes no match array): a regular expression runs
 * through the text between marks about three times faster than a loop over its characters.
 */
const QUOTE_MARK = /["'\u00ab\u00bb\u2018-\u201e]/g;

const OPENING_CONTEXT = new Set(['(', '[', '{', '—', '–', '-', '/', ':', '“', '‘', '"', "'", '«', '„']);

// The stack of open marks is handled by plain functions, not closures made at every call of scanQuotes.

function closeAt(stack: Open[], quotes: LocalQuote[], depth: number, offset: number): void {
  const open = stack[depth];
  stack.length = depth;
  if (depth === 0) quotes.push({ open: open.offset, close: offset, family: open.family, mark: open.mark, openWidth: open.width });
}

function indexOf(stack: readonly Open[], family: QuoteFamily): number {
  for (let d = stack.length - 1; d >= 0; d--) if (stack[d].family === family) return d;
  return -1;
}

function push(stack: Open[], open: Open): void {
  if (stack.length < MAX_DEPTH) stack.push(open);
}

/**
 * Scans `text` (one paragraph). `incoming` is the family of a quote that continues from the previous paragraph;
 * its reopening mark at the start of this paragraph is skipped.
 */
export function scanQuotes(text: string, incoming: QuoteFamily | null = null): QuoteScan {
  const quotes: LocalQuote[] = [];
  const problems: QuoteProblem[] = [];
  const stack: Open[] = [];
  let i = 0;
  if (incoming) {
    stack.push({ family: incoming, offset: -1, mark: '', width: 1, straight: false });
    // skip the reopening mark of a continued quote
    while (i < text.length && isSpaceOrStart(text[i])) i++;
    if (i < text.length && familyOfOpening(text[i]) === incoming) i += text.startsWith("''", i) ? 2 : 1;
  }


  for (; i < text.length; i++) {
    // on to the next quotation mark, if any
    QUOTE_MARK.lastIndex = i;
    if (!QUOTE_MARK.test(text)) break;
    i = QUOTE_MARK.lastIndex - 1;
    const c = text[i];
    if (c === "'" && text[i + 1] === "'") {
      // '' as a double quotation mark, as some papers print it
      const d = indexOf(stack, 'double');
      if (d >= 0 && !isSpaceOrStart(text[i - 1])) closeAt(stack, quotes, d, i);
      else if (d < 0) push(stack, { family: 'double', offset: i, mark: "''", width: 2, straight: true });
      i++;
      continue;
    }
    switch (c) {
      case '“': {
        const low = indexOf(stack, 'low');
        if (low >= 0) closeAt(stack, quotes, low, i);
        else push(stack, { family: 'double', offset: i, mark: c, width: 1, straight: false });
        break;
      }
      case '”': {
        const d = indexOf(stack, 'double');
        const low = indexOf(stack, 'low');
        const at = Math.max(d, low);
        if (at >= 0) closeAt(stack, quotes, at, i);
        // ”...” as Swedish and Finnish print it, or a mark turned the wrong way: it opens where a quote can start
        else if ((isSpaceOrStart(text[i - 1]) || OPENING_CONTEXT.has(text[i - 1])) && (isLetterOrDigit(text[i + 1]) || opensParagraph(text, i))) push(stack, { family: 'double', offset: i, mark: c, width: 1, straight: false });
        else problems.push({ offset: i, mark: c, kind: 'unbalanced' });
        break;
      }
      case '"': {
        const d = indexOf(stack, 'double');
        const before = text[i - 1];
        const after = text[i + 1];
        if (d >= 0 && !(isSpaceOrStart(before) && !isSpaceOrStart(after) && d < stack.length - 1)) closeAt(stack, quotes, d, i);
        else if (isSpaceOrStart(after) && !isSpaceOrStart(before) && !OPENING_CONTEXT.has(before)) {
          problems.push({ offset: i, mark: c, kind: 'unbalanced' });
        } else push(stack, { family: 'double', offset: i, mark: c, width: 1, straight: true });
        break;
      }
      case '‘':
        // "rock ‘n’ roll" and misused openings inside words are no quotes
        if (!isLetterOrDigit(text[i - 1])) push(stack, { family: 'single', offset: i, mark: c, width: 1, straight: false });
        break;
      case '’':
      case "'": {
        const before = text[i - 1];
        const after = text[i + 1];
        if (isLetterOrDigit(before) && isLetterOrDigit(after)) break; // didn't, Moscow's
        const s = indexOf(stack, 'single');
        if (s >= 0 && !isSpaceOrStart(before)) {
          closeAt(stack, quotes, s, i);
          break;
        }
        if (isDigit(after)) break; // '90s
        if (c === "'" && (isSpaceOrStart(before) || OPENING_CONTEXT.has(before)) && isLetterOrDigit(after)) {
          push(stack, { family: 'single', offset: i, mark: c, width: 1, straight: true });
        }
        // otherwise a possessive ("soldiers’ ") or an elision: not a quote
        break;
      }
      case '«':
        push(stack, { family: 'guillemet', offset: i, mark: c, width: 1, straight: false });
        break;
      case '»': {
        const g = indexOf(stack, 'guillemet');
        if (g >= 0) closeAt(stack, quotes, g, i);
        else problems.push({ offset: i, mark: c, kind: 'unbalanced' });
        break;
      }
      case '„':
        push(stack, { family: 'low', offset: i, mark: c, width: 1, straight: false });
        break;
    }
  }

  let openAtEnd: QuoteFamily | null = null;
  if (stack.length) {
    const outer = stack[0];
    // An open single straight mark is more often an apostrophe than a quote: drop it silently.
    if (outer.family === 'single' && outer.straight) {
      // look for a real quote inside it that is still open
      const inner = stack.find((o) => o.family !== 'single');
      if (inner) {
        openAtEnd = inner.family;
        quotes.push({ open: inner.offset, close: -1, family: inner.family, mark: inner.mark, openWidth: inner.width });
      }
    } else {
      openAtEnd = outer.family;
      quotes.push({ open: outer.offset, close: -1, family: outer.family, mark: outer.mark, openWidth: outer.width });
    }
  }
  // quotes are met in order but for one left open at the end; sorting copies the array even when there is nothing to
  // sort (and a paragraph with quotes mostly has them in order)
  if (!inOrderOfOpening(quotes)) quotes.sort((a, b) => a.open - b.open);
  return { quotes, problems, openAtEnd };
}

function inOrderOfOpening(quotes: readonly LocalQuote[]): boolean {
  for (let i = 1; i < quotes.length; i++) if (quotes[i - 1].open > quotes[i].open) return false;
  return true;
}

/** The family a mark opens, for the reopening mark of a continued quote. */
export function familyOfOpening(c: string | undefined): QuoteFamily | null {
  switch (c) {
    case '“':
    case '”':
    case '"':
      return 'double';
    case '‘':
    case "'":
      return 'single';
    case '«':
      return 'guillemet';
    case '„':
      return 'low';
    default:
      return null;
  }
}
