// Words and punctuation of one paragraph with their offsets, in one linear scan. Abbreviations keep their period
// ("Mr.", "U.S.", "Gen."), a possessive "'s" is a token of its own, and words keep inner apostrophes and hyphens.
import { isLetterDigitOrMark } from './chars';

export type TokenKind = 'word' | 'punct' | 'possessive';

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  kind: TokenKind;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Inside a quotation (set by the paragraph pass). */
  quoted: boolean;
  /** An abbreviation with its period ("Mr.", "U.S."). */
  abbreviation: boolean;
  /** A word with an apostrophe, a hyphen or a period between its letters ("didn't", "co-founder", "U.S"): more than
   * one run of letters, which the outlet scan reads one by one. */
  joined: boolean;
}

/** Abbreviations whose period does not end a sentence when a name follows. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr gen sen rep gov lt col sgt capt maj cmdr adm prof rev st jr sr inc corp co ltd no vs etc jan feb ' +
    'mar apr jun jul aug sep sept oct nov dec ft mt ave blvd dept univ assn bros gov est approx fig pres supt cpl ' +
    'pvt det insp messrs mme mlle hon atty dist sens reps govs'
  ).split(' '),
);

/** No longer word needs a look-up (nor a lower-case copy) to know it is no abbreviation. */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

/** Titles: their period never ends a sentence. */
export const TITLE_ABBREVIATIONS = new Set(
  'mr. mrs. ms. dr. gen. sen. rep. gov. lt. col. sgt. capt. maj. cmdr. adm. prof. rev. st. hon. atty. sens. reps. messrs.'.split(' '),
);

/** The code point at `i` when it starts a word: a surrogate pair is read whole (a high surrogate with no unit after it
 * is taken alone, as it stands). */
function isWordAt(text: string, i: number, code: number): boolean {
  return isLetterDigitOrMark(code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? text.codePointAt(i)! : code);
}

function isUpper(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x2009 || code === 0x202f || code === 0xfeff;
}

const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;
const HYPHEN = 0x2d;
const NON_BREAKING_HYPHEN = 0x2011;
const PERIOD = 0x2e;
const LOWER_S = 0x73;

/** The lower-case form of `t` = text[start, end): `t` itself when it has no capital and no non-ASCII character, which
 * is most words, and spares them a call to toLowerCase, the dearest step of tokenising. */
function lowerCaseOf(text: string, t: string, start: number, end: number): string {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80 || (code >= 65 && code <= 90)) return t.toLowerCase();
  }
  return t;
}

/** A code that leaves a word its own lower-case form: ASCII, not a capital. */
function isPlainCode(code: number): boolean {
  return code < 0x80 && !(code >= 65 && code <= 90);
}

/** `plain`: the token is known to be all plain codes (the word scan tells it), so it is its own lower-case form. */
function pushToken(tokens: Token[], text: string, start: number, end: number, kind: TokenKind, abbreviation: boolean, plain = false, joined = false): void {
  const t = text.slice(start, end);
  const lower = kind === 'punct' || plain ? t : lowerCaseOf(text, t, start, end);
  tokens.push({ start, end, text: t, lower, kind, cap: kind === 'word' && lower !== t && isUpper(t[0]), quoted: false, abbreviation, joined });
}

/** Characters are read by their UTF-16 codes: no string is made but each token's own text and lower-case form. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      i++;
      continue;
    }
    // surrogate pairs stay whole
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
    if (!isWordAt(text, i, code)) {
      // '' stands for a double quotation mark in some papers' copy: one token, like the mark it stands for
      // "--" stands for a dash in typed copy: one token, like the dash
      const w = (code === APOSTROPHE && text.charCodeAt(i + 1) === APOSTROPHE) || (code === HYPHEN && text.charCodeAt(i + 1) === HYPHEN) ? 2 : width;
      pushToken(tokens, text, i, i + w, 'punct', false);
      i += w;
      continue;
    }
    const start = i;
    let segmentStart = i;
    let plain = isPlainCode(code);
    /** Apostrophes, hyphens and periods passed inside the word. */
    let joints = 0;
    i += width;
    while (i < n) {
      const k = text.charCodeAt(i);
      if (isWordAt(text, i, k)) {
        plain &&= isPlainCode(k);
        i += k >= 0xd800 && k <= 0xdbff && i + 1 < n ? 2 : 1;
        continue;
      }
      // only a joining mark (apostrophe, hyphen, period) can carry the word on: the next character is read for those alone
      const joins = k === APOSTROPHE || k === RIGHT_SINGLE_QUOTE || k === HYPHEN || k === NON_BREAKING_HYPHEN;
      if (!joins && k !== PERIOD) break;
      const nextIsWord = i + 1 < n && isLetterDigitOrMark(text.charCodeAt(i + 1));
      if (joins && nextIsWord) {
        plain &&= isPlainCode(k);
        joints++;
        i++;
        // a party tag's state after the hyphen ("R-S.C.", "D-N.Y.") is single letters joined by periods
        if (k === HYPHEN || k === NON_BREAKING_HYPHEN) segmentStart = i;
        continue;
      }
      if (k === PERIOD && nextIsWord && i - segmentStart === 1) {
        // U.S, p.m: single letters joined by periods
        joints++;
        i++;
        segmentStart = i;
        continue;
      }
      break;
    }
    const singleLetterSegments = i - segmentStart === 1;
    let end = i;
    // possessive 's as a token of its own
    if (end - start > 2 && text.charCodeAt(end - 1) === LOWER_S) {
      const mark = text.charCodeAt(end - 2);
      if (mark === APOSTROPHE || mark === RIGHT_SINGLE_QUOTE) {
        // (the apostrophe of the 's was one of the joints)
        pushToken(tokens, text, start, end - 2, 'word', false, false, joints > 1);
        pushToken(tokens, text, end - 2, end, 'possessive', false);
        continue;
      }
    }
    if (text.charCodeAt(end) === PERIOD) {
      const initials = singleLetterSegments && (end - start === 1 ? isUpper(text[start]) : text.slice(start, end).includes('.'));
      if (initials || (end - start <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(text.slice(start, end).toLowerCase()))) {
        end++;
        i = end;
        pushToken(tokens, text, start, end, 'word', true, plain, joints > 0);
        continue;
      }
    }
    pushToken(tokens, text, start, end, 'word', false, plain, joints > 0);
  }
  return tokens;
}
