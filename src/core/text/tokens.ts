// Words and punctuation of one paragraph with their offsets, in one linear scan. Abbreviations keep their period
// ("Mr.", "U.S.", "Gen."), a possessive "'s" is a token of its own, and words keep inner apostrophes and hyphens.
import { isLetterDigitOrMark } from './chars';

export type TokenKind = 'word' | 'punct' | 'possessive';

const CAP = 1;
const QUOTED = 2;
const ABBREVIATION = 4;
const JOINED = 8;

/**
 * One word or mark. A paragraph's tokens are the engine's most numerous objects (about one per five characters), all
 * garbage once the paragraph is read: a class keeps them to five fields, the end read from the text's length and the
 * yes/no properties from one number of flags, where a plain object of nine fields made a third of the analysis's
 * allocation and so of its garbage collections. The paragraph pass reuses the same Token objects from one paragraph
 * to the next (see `paragraphTokens`); nothing outside this file changes a token's fields but `quoted` (and
 * `readAsClosingMark`).
 */
export class Token {
  constructor(
    public start: number,
    public text: string,
    public lower: string,
    public kind: TokenKind,
    private flags: number,
  ) {}

  /** The token made anew, for a reused one. */
  reset(start: number, text: string, lower: string, kind: TokenKind, flags: number): void {
    this.start = start;
    this.text = text;
    this.lower = lower;
    this.kind = kind;
    this.flags = flags;
  }

  /** A straight single quotation mark known to close a quotation, read as the curly closing mark from now on. */
  readAsClosingMark(): void {
    this.text = this.lower = '’';
  }

  copy(): Token {
    return new Token(this.start, this.text, this.lower, this.kind, this.flags);
  }

  get end(): number {
    return this.start + this.text.length;
  }

  /** Starts with a capital letter. */
  get cap(): boolean {
    return (this.flags & CAP) !== 0;
  }

  /** Inside a quotation (set by the paragraph pass). */
  get quoted(): boolean {
    return (this.flags & QUOTED) !== 0;
  }

  set quoted(quoted: boolean) {
    this.flags = quoted ? this.flags | QUOTED : this.flags & ~QUOTED;
  }

  /** An abbreviation with its period ("Mr.", "U.S."). */
  get abbreviation(): boolean {
    return (this.flags & ABBREVIATION) !== 0;
  }

  /** A word with an apostrophe, a hyphen or a period between its letters ("didn't", "co-founder", "U.S"): more than
   * one run of letters, which the outlet scan reads one by one. */
  get joined(): boolean {
    return (this.flags & JOINED) !== 0;
  }
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

/** A code that leaves a word its own lower-case form: ASCII, not a capital. */
function isPlainCode(code: number): boolean {
  return code < 0x80 && !(code >= 65 && code <= 90);
}

// What the scan needs to know of a UTF-16 code, in one table load instead of a chain of tests per character.
const NOT_KNOWN = 0;
const SPACE = 1;
const OTHER = 2;
/** A letter, digit or mark that is its own lower case (ASCII, not a capital). */
const PLAIN_WORD = 3;
/** Any other letter, digit or mark: a capital, or beyond ASCII. */
const WORD = 4;
/** A high surrogate: a word character or not by the code point it starts. */
const HIGH_SURROGATE = 5;

const codeClasses = new Uint8Array(0x10000);

function classOf(code: number): number {
  const known = codeClasses[code];
  return known === NOT_KNOWN ? learnClass(code) : known;
}

/** Fills in the class of a code met for the first time. */
function learnClass(code: number): number {
  let c: number;
  if (code >= 0xd800 && code <= 0xdbff) c = HIGH_SURROGATE;
  else if (isSpaceCode(code)) c = SPACE;
  else if (!isLetterDigitOrMark(code)) c = OTHER;
  else c = isPlainCode(code) ? PLAIN_WORD : WORD;
  codeClasses[code] = c;
  return c;
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

/**
 * The tokens of the latest scan, in Token objects kept from one scan to the next: a paragraph's tokens are garbage
 * once it is read, and making them anew for every paragraph was a quarter of the analysis's allocation (a token is
 * 64 bytes; 53 MB for the 1 MB document, 39 MB with the tokens kept), which the garbage collector paid for in
 * scavenges. At most MAX_KEPT_TOKENS are kept between scans (a paragraph has tens): a paragraph as long as a book gets
 * tokens of its own beyond them, and no memory stays with them.
 */
class TokenPool {
  readonly tokens: Token[] = [];
  count = 0;

  add(start: number, text: string, lower: string, kind: TokenKind, flags: number): void {
    if (this.count < this.tokens.length) this.tokens[this.count].reset(start, text, lower, kind, flags);
    else this.tokens.push(new Token(start, text, lower, kind, flags));
    this.count++;
  }
}

const pool = new TokenPool();
const MAX_KEPT_TOKENS = 4096;

/** A token of text `t` at `start` (it ends where `t` does). */
function pushToken(tokens: TokenPool, start: number, t: string, lower: string, kind: TokenKind, abbreviation: boolean, joined: boolean): void {
  const cap = kind === 'word' && lower !== t && isUpper(t[0]);
  tokens.add(start, t, lower, kind, (cap ? CAP : 0) | (abbreviation ? ABBREVIATION : 0) | (joined ? JOINED : 0));
}

function pushPunct(tokens: TokenPool, text: string, start: number, end: number): void {
  const t = text.slice(start, end);
  pushToken(tokens, start, t, t, 'punct', false, false);
}

/** A word text[start, end); `plain`: all its codes are plain (the scan tells it), so it is its own lower case;
 * otherwise it has a capital or a code beyond ASCII, and toLowerCase makes the lower-case form. */
function pushWord(tokens: TokenPool, text: string, start: number, end: number, plain: boolean, abbreviation: boolean, joined: boolean): void {
  const t = text.slice(start, end);
  pushToken(tokens, start, t, plain ? t : t.toLowerCase(), 'word', abbreviation, joined);
}

/** The tokens of `text`, each a new Token. */
export function tokenize(text: string): Token[] {
  scan(text, pool);
  const tokens: Token[] = [];
  for (let i = 0; i < pool.count; i++) tokens.push(pool.tokens[i].copy());
  return tokens;
}

/** The tokens of `text` in Token objects that the next call reuses: for a reader that is done with them by then. */
export function paragraphTokens(text: string): Token[] {
  scan(text, pool);
  const tokens = pool.tokens.slice(0, pool.count);
  if (pool.tokens.length > MAX_KEPT_TOKENS) pool.tokens.length = MAX_KEPT_TOKENS;
  return tokens;
}

/** Fills `tokens` with the tokens of `text`. Characters are read by their UTF-16 codes: no string is made but each
 * token's own text and lower-case form. */
function scan(text: string, tokens: TokenPool): void {
  tokens.count = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const codeClass = classOf(code);
    if (codeClass === SPACE) {
      i++;
      continue;
    }
    // surrogate pairs stay whole
    const width = codeClass === HIGH_SURROGATE && i + 1 < n ? 2 : 1;
    if (codeClass === HIGH_SURROGATE ? !isWordAt(text, i, code) : codeClass === OTHER) {
      // '' stands for a double quotation mark in some papers' copy: one token, like the mark it stands for
      // "--" stands for a dash in typed copy: one token, like the dash
      const w = (code === APOSTROPHE && text.charCodeAt(i + 1) === APOSTROPHE) || (code === HYPHEN && text.charCodeAt(i + 1) === HYPHEN) ? 2 : width;
      pushPunct(tokens, text, i, i + w);
      i += w;
      continue;
    }
    const start = i;
    let segmentStart = i;
    let plain = codeClass === PLAIN_WORD;
    /** Apostrophes, hyphens and periods passed inside the word. */
    let joints = 0;
    /** The code the word stops before (NaN at the end of the text). */
    let stop = NaN;
    i += width;
    while (i < n) {
      const k = text.charCodeAt(i);
      const kClass = classOf(k);
      if (kClass === PLAIN_WORD) {
        i++;
        continue;
      }
      if (kClass === WORD) {
        plain = false;
        i++;
        continue;
      }
      if (kClass === HIGH_SURROGATE && isWordAt(text, i, k)) {
        plain = false;
        i += 2;
        continue;
      }
      stop = k;
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
        stop = NaN;
        continue;
      }
      if (k === PERIOD && nextIsWord && i - segmentStart === 1) {
        // U.S, p.m: single letters joined by periods
        joints++;
        i++;
        segmentStart = i;
        stop = NaN;
        continue;
      }
      break;
    }
    const singleLetterSegments = i - segmentStart === 1;
    let end = i;
    // possessive 's as a token of its own (its apostrophe was one of the joints: a word with none is not read again)
    if (joints > 0 && end - start > 2 && text.charCodeAt(end - 1) === LOWER_S) {
      const mark = text.charCodeAt(end - 2);
      if (mark === APOSTROPHE || mark === RIGHT_SINGLE_QUOTE) {
        // (the apostrophe of the 's was one of the joints; the word's own codes were not told apart from it)
        const t = text.slice(start, end - 2);
        pushToken(tokens, start, t, lowerCaseOf(text, t, start, end - 2), 'word', false, joints > 1);
        const possessive = text.slice(end - 2, end);
        pushToken(tokens, end - 2, possessive, possessive, 'possessive', false, false);
        continue;
      }
    }
    if (stop === PERIOD) {
      const initials = singleLetterSegments && (end - start === 1 ? isUpper(text[start]) : text.slice(start, end).includes('.'));
      let abbreviation = initials;
      if (!initials && end - start <= LONGEST_ABBREVIATION) {
        // a short word before a period, most often a sentence's last: its text and lower-case form, made once, serve
        // the look-up and the token
        const t = text.slice(start, end);
        const lower = plain ? t : t.toLowerCase();
        abbreviation = ABBREVIATIONS.has(lower);
        if (!abbreviation) {
          pushToken(tokens, start, t, lower, 'word', false, joints > 0);
          continue;
        }
      }
      if (abbreviation) {
        end++;
        i = end;
        pushWord(tokens, text, start, end, plain, true, joints > 0);
        continue;
      }
    }
    pushWord(tokens, text, start, end, plain, false, joints > 0);
  }
}
