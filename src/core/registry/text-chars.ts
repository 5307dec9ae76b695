// Character classes for matching names in text, by UTF-16 offset. Fast paths for ASCII; Unicode properties beyond.
import { isLetterDigitOrMark } from '../text/chars';
const UPPERCASE = /\p{Lu}|\p{Lt}/u;

/** The code point starting at `i` (a lone surrogate counts as itself; 0 outside the text). Read by charCodeAt but for
 * high surrogates: String.prototype.codePointAt is a call the outlet scan paid on every character. */
export function codePointAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) return text.codePointAt(i)!;
  return code === code ? code : 0; // NaN outside the text
}

/** The code point ending just before `i`, or -1 at the start. */
export function codePointBefore(text: string, i: number): number {
  if (i <= 0) return -1;
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return ((high - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
  }
  return low;
}

export function charLength(codePoint: number): number {
  return codePoint > 0xffff ? 2 : 1;
}

/** ASCII word characters by code, so that the scan's commonest test is one load, not a chain of comparisons. */
const ASCII_WORD = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) ASCII_WORD[c] = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f ? 1 : 0;

/** Letters, digits, combining marks and "_": the characters a name may not start or end inside. */
export function isWordChar(codePoint: number): boolean {
  if (codePoint < 0) return false;
  if (codePoint < 0x80) return ASCII_WORD[codePoint] === 1;
  return isLetterDigitOrMark(codePoint);
}

export function isUppercase(codePoint: number): boolean {
  if (codePoint < 0) return false;
  if (codePoint < 0x80) return codePoint >= 0x41 && codePoint <= 0x5a;
  return UPPERCASE.test(String.fromCodePoint(codePoint));
}

/** Spaces inside a line: a space between the words of a name may be any of these. */
export function isInlineSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x2007 || code === 0x2009 || code === 0x202f || code === 0x3000;
}

export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

const APOSTROPHES = new Set([0x2019, 0x2018, 0x02bc]);

/** A punctuation character as names are compared: typographic apostrophes are "'". */
export function normalizePunctuation(codePoint: number): string {
  return APOSTROPHES.has(codePoint) ? "'" : String.fromCodePoint(codePoint);
}

export function isApostrophe(code: number): boolean {
  return code === 0x27 || APOSTROPHES.has(code);
}
