// Splits a document into paragraphs, linearly. Plain text: blocks between blank lines, or single lines where the
// file has no blank line at all (as much copy pasted from the web has). Markdown: blocks, with front matter and
// fenced code skipped and `#` headings taken as headings.
import type { DocumentFormat, Paragraph } from '../model';

interface Line {
  start: number;
  /** End of the line's text, before its line break. */
  end: number;
  blank: boolean;
}

/** The lines of the text, in an array (a generator cost an iterator result per line). */
function lines(text: string): Line[] {
  const all: Line[] = [];
  let start = 0;
  const n = text.length;
  // the next carriage return, looked up again only once passed: most texts have none, and indexOf is far quicker
  // than a loop over the characters
  let nextCR = -1;
  while (start <= n) {
    let end = start;
    let blank = true;
    // only the white space a line opens with decides whether it is blank
    while (end < n) {
      const c = text.charCodeAt(end);
      if (c === 10 || c === 13) break;
      if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 0xfeff) {
        blank = false;
        break;
      }
      end++;
    }
    if (!blank) {
      if (nextCR < end) nextCR = indexOrEnd(text, '\r', end);
      end = Math.min(indexOrEnd(text, '\n', end), nextCR);
    }
    all.push({ start, end, blank });
    if (end >= n) break;
    // CRLF counts as one break; a lone CR as one too
    start = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
  }
  return all;
}

function indexOrEnd(text: string, mark: string, from: number): number {
  const at = text.indexOf(mark, from);
  return at < 0 ? text.length : at;
}

/** Trims white space inside [start, end). */
function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return [start, end];
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0xfeff || c === 0x2009 || c === 0x202f;
}

const CLOSING = new Set(['.', '!', '?', ',', ';', ':', '"', '”', '’', "'", ')', '…', '»', '-', '—']);

/** A short line with no closing punctuation and no quotation: "Troops Waving the White Flag". */
export function looksLikeHeading(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length === 0 || length > 100) return false;
  if (CLOSING.has(text[end - 1])) return false;
  let words = 1;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '\n' || c === '\r') return false;
    if (c === '"' || c === '“' || c === '”' || c === '«') return false;
    if (c === ' ') words++;
  }
  if (words > 14) return false;
  const first = text[start];
  return first.toLowerCase() !== first || (first >= '0' && first <= '9');
}

export function splitParagraphs(text: string, format: DocumentFormat = 'plain'): Paragraph[] {
  return format === 'markdown' ? markdownParagraphs(text) : plainParagraphs(text);
}

function plainParagraphs(text: string): Paragraph[] {
  const all = lines(text);
  const paragraphs: Paragraph[] = [];
  // blank lines separate paragraphs only where they stand between text (a final newline is no separator)
  const firstText = all.findIndex((line) => !line.blank);
  let lastText = all.length - 1;
  while (lastText >= 0 && all[lastText].blank) lastText--;
  const byBlock = firstText >= 0 && all.some((line, i) => line.blank && i > firstText && i < lastText);
  let block: Line[] = [];
  const push = (blockStart: number, blockEnd: number, lineCount: number) => {
    const [start, end] = trimmed(text, blockStart, blockEnd);
    if (end > start) paragraphs.push({ start, end, heading: lineCount === 1 && looksLikeHeading(text, start, end) });
  };
  const flush = () => {
    if (block.length === 0) return;
    // a block with a line longer than hard-wrapped text has holds paragraphs one a line (copy pasted from the web
    // into a file that has blank lines elsewhere)
    if (block.length > 1 && block.some((line) => line.end - line.start > HARD_WRAP_WIDTH)) for (const line of block) push(line.start, line.end, 1);
    else push(block[0].start, block[block.length - 1].end, block.length);
    block = [];
  };
  for (const line of all) {
    if (line.blank || !byBlock) flush();
    if (line.blank) continue;
    block.push(line);
  }
  flush();
  return paragraphs;
}

/** Hard-wrapped text keeps its lines to about 80 characters; a longer line is a paragraph of its own. */
export const HARD_WRAP_WIDTH = 100;

function markdownParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let blockStart = -1;
  let blockEnd = -1;
  let fence: string | undefined;
  let first = true;
  let inFrontMatter = false;
  const flush = () => {
    if (blockStart < 0) return;
    const [start, end] = trimmed(text, blockStart, blockEnd);
    if (end > start) paragraphs.push({ start, end, heading: false });
    blockStart = -1;
  };
  for (const line of lines(text)) {
    const content = text.slice(line.start, line.end);
    const stripped = content.trimStart();
    if (first) {
      first = false;
      if (content.trimEnd() === '---') {
        inFrontMatter = true;
        continue;
      }
    }
    if (inFrontMatter) {
      if (content.trimEnd() === '---' || content.trimEnd() === '...') inFrontMatter = false;
      continue;
    }
    const marker = stripped.startsWith('```') ? '```' : stripped.startsWith('~~~') ? '~~~' : undefined;
    if (fence) {
      if (marker === fence) fence = undefined;
      continue;
    }
    if (marker) {
      flush();
      fence = marker;
      continue;
    }
    if (line.blank) {
      flush();
      continue;
    }
    const heading = /^#{1,6}\s/.exec(stripped);
    if (heading) {
      flush();
      const offset = line.start + (content.length - stripped.length) + heading[0].length;
      const [start, end] = trimmed(text, offset, line.end);
      // closing hashes ("## Title ##") are decoration
      let close = end;
      while (close > start && text[close - 1] === '#') close--;
      const [hs, he] = trimmed(text, start, close);
      if (he > hs) paragraphs.push({ start: hs, end: he, heading: true });
      continue;
    }
    // list items and block quotes start paragraphs of their own
    if (/^([-*+]|\d{1,9}[.)])\s/.test(stripped) || stripped.startsWith('>')) flush();
    if (blockStart < 0) {
      const skip = /^(?:>\s?)*(?:[-*+]\s+|\d{1,9}[.)]\s+)?/.exec(stripped)?.[0].length ?? 0;
      blockStart = line.start + (content.length - stripped.length) + skip;
    }
    blockEnd = line.end;
  }
  flush();
  return paragraphs;
}
