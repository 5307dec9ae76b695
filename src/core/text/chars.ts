// Character classes the engine asks about on every character, answered from a table for the Basic Multilingual
// Plane (filled on first use of each character) so that curly quotes and accented letters cost no regular expression.
const LETTER_DIGIT_OR_MARK = /[\p{L}\p{N}\p{M}]/u;

/** 0: not looked at yet, 1: no, 2: yes. ASCII is filled in at once: one load answers it, no chain of comparisons. */
const bmp = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) bmp[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 2 : 1;

/** A letter, a digit or a combining mark, by code point (or by a lone surrogate, which is neither). */
export function isLetterDigitOrMark(codePoint: number): boolean {
  if (codePoint < 0x10000) {
    let known = bmp[codePoint];
    if (known === 0) {
      known = LETTER_DIGIT_OR_MARK.test(String.fromCharCode(codePoint)) ? 2 : 1;
      bmp[codePoint] = known;
    }
    return known === 2;
  }
  return LETTER_DIGIT_OR_MARK.test(String.fromCodePoint(codePoint));
}

/**
 * A hash of a lower-case word, with the curly apostrophe read as the straight one ("o’neill" as "o'neill"): how a
 * paragraph's single capitalised words are kept (a number, not a string) and matched against known surnames.
 */
export function wordHash(word: string): number {
  let hash = word.length;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    hash = (Math.imul(hash, 31) + (c === 0x2019 ? 0x27 : c)) | 0;
  }
  return hash;
}
