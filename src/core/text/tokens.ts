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
}

/** Abbreviations whose period does not end a sentence when a name follows. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr gen sen rep gov lt col sgt capt maj cmdr adm prof rev st jr sr inc corp co ltd no vs etc jan feb ' +
    'mar apr jun jul aug sep sept oct nov dec ft mt ave blvd dept univ assn bros gov est approx fig pres supt cpl ' +
    'pvt det insp messrs mme mlle hon atty dist sens reps govs'
  ).split(' '),
);

/** Titles: their period never ends a sentence. */
export const TITLE_ABBREVIATIONS = new Set(
  'mr. mrs. ms. dr. gen. sen. rep. gov. lt. col. sgt. capt. maj. cmdr. adm. prof. rev. st. hon. atty. sens. reps. messrs.'.split(' '),
);

function isWordCode(code: number, c: string): boolean {
  return isLetterDigitOrMark(code >= 0xd800 && code <= 0xdbff && c.length === 2 ? c.codePointAt(0)! : code);
}

function isUpper(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x2009 || code === 0x202f || code === 0xfeff;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  const push = (start: number, end: number, kind: TokenKind, abbreviation = false) => {
    const t = text.slice(start, end);
    const lower = kind === 'punct' ? t : t.toLowerCase();
    tokens.push({ start, end, text: t, lower, kind, cap: kind === 'word' && lower !== t && isUpper(t[0]), quoted: false, abbreviation });
  };
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      i++;
      continue;
    }
    // surrogate pairs stay whole
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
    const c = text.slice(i, i + width);
    if (!isWordCode(code, c)) {
      // '' stands for a double quotation mark in some papers' copy: one token, like the mark it stands for
      // "--" stands for a dash in typed copy: one token, like the dash
      const w = (c === "'" && text[i + 1] === "'") || (c === '-' && text[i + 1] === '-') ? 2 : width;
      push(i, i + w, 'punct');
      i += w;
      continue;
    }
    const start = i;
    let singleLetterSegments = true;
    let segmentStart = i;
    i += width;
    while (i < n) {
      const k = text.charCodeAt(i);
      const w = k >= 0xd800 && k <= 0xdbff && i + 1 < n ? 2 : 1;
      const ch = text.slice(i, i + w);
      if (isWordCode(k, ch)) {
        i += w;
        continue;
      }
      const next = text.charCodeAt(i + 1);
      const nextIsWord = i + 1 < n && isWordCode(next, text[i + 1]);
      if ((ch === "'" || ch === '’' || ch === '-' || ch === '‑') && nextIsWord) {
        i++;
        // a party tag's state after the hyphen ("R-S.C.", "D-N.Y.") is single letters joined by periods
        if (ch !== "'" && ch !== '’') segmentStart = i;
        continue;
      }
      if (ch === '.' && nextIsWord && i - segmentStart === 1) {
        // U.S, p.m: single letters joined by periods
        i++;
        segmentStart = i;
        continue;
      }
      break;
    }
    if (i - segmentStart !== 1) singleLetterSegments = false;
    let end = i;
    // possessive 's as a token of its own
    const tail = text.slice(end - 2, end);
    if (end - start > 2 && (tail === "'s" || tail === '’s')) {
      push(start, end - 2, 'word');
      push(end - 2, end, 'possessive');
      continue;
    }
    if (text[end] === '.') {
      const word = text.slice(start, end).toLowerCase();
      const initials = singleLetterSegments && (end - start === 1 ? isUpper(text[start]) : text.slice(start, end).includes('.'));
      if (ABBREVIATIONS.has(word) || initials) {
        end++;
        i = end;
        push(start, end, 'word', true);
        continue;
      }
    }
    push(start, end, 'word');
  }
  return tokens;
}
