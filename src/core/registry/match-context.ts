// Whether a name found in text really names the outlet, judged from its neighbours. Two levels:
// - a one-word name ("Reuters", "Bloomberg", "The Guardian") is not taken when it is part of a longer capitalised
//   name: "Michael Bloomberg", "Reuters Institute", "the Guardian Council";
// - a guarded name (an ambiguous word, or listed under `guarded`) must also be written mid-sentence, and not be
//   joined to another word by "-" or "/": "Eastern Time", "RT-PCR" and "Time to act." are not outlets.
import { codePointAt, codePointBefore, isApostrophe, isInlineSpace, isLineBreak, isUppercase, isWordChar } from './text-chars';
import { wordEnd } from './name-tokens';

export interface NameTraits {
  /** Needs a guarded context. */
  guarded: boolean;
  /** One word, possibly after "The". */
  singleWord: boolean;
}

const OPENERS = new Set(['"', "'", '“', '‘', '«', '(', '[', '¿', '¡', '*', '_', '#', '>', '•', '-', '–', '—']);
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']', '*', '_']);
const SENTENCE_ENDS = new Set(['.', '!', '?', '…', ':']);
const JOINERS = new Set(['-', '/', '.']);
/** Capitalised words that often follow an outlet's name without being part of it ("told Reuters Monday"). */
const CAPITALISED_FOLLOWERS = new Set(
  'I Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December'.split(' '),
);
/** Words that open a sentence without starting a name: "But Reuters reported", unlike "Michael Bloomberg said". */
const SENTENCE_OPENERS = new Set(
  `a an and as after also although because before both but earlier even if in instead later meanwhile now on only or
  since separately so still then this though today when while yesterday yet`.split(/\s+/),
);
const MAX_LOOKBACK = 32;
const MAX_WORD = 64;

/** True when `pos` begins a sentence, a line or the text, looking past opening quotes, brackets and list marks. */
export function isSentenceStart(text: string, pos: number): boolean {
  let j = pos;
  const stop = Math.max(0, pos - MAX_LOOKBACK);
  while (j > stop && (isInlineSpace(text.charCodeAt(j - 1)) || OPENERS.has(text[j - 1]))) j--;
  if (j === 0 || isLineBreak(text.charCodeAt(j - 1))) return true;
  while (j > stop && CLOSERS.has(text[j - 1])) j--;
  return j > 0 && SENTENCE_ENDS.has(text[j - 1]);
}

/** The word just before `pos`, separated from it by spaces on the same line, or null. */
function previousWord(text: string, pos: number): { start: number; end: number } | null {
  let end = pos;
  while (end > 0 && isInlineSpace(text.charCodeAt(end - 1))) end--;
  if (end === pos || end === 0) return null;
  const last = codePointBefore(text, end);
  if (!isWordChar(last) && last !== 0x2e && !isApostrophe(last)) return null; // "Reuters, AP" has no word before AP
  let start = end;
  while (start > 0 && end - start < MAX_WORD) {
    const code = text.charCodeAt(start - 1);
    if (isInlineSpace(code) || isLineBreak(code)) break;
    start--;
  }
  return { start, end };
}

/** Capitalised, judged by the part after the last hyphen: "Kremlin-backed" is not, "U.S." is. */
function isCapitalised(word: string): boolean {
  const head = word.slice(word.lastIndexOf('-') + 1) || word;
  for (let i = 0; i < head.length; i++) {
    const cp = codePointAt(head, i);
    if (isWordChar(cp)) return isUppercase(cp);
  }
  return false;
}

function isPossessive(word: string): boolean {
  const n = word.length;
  if (n < 3) return false;
  return (isApostrophe(word.charCodeAt(n - 2)) && word[n - 1] === 's') || (word[n - 2] === 's' && isApostrophe(word.charCodeAt(n - 1)));
}

function previousWordBlocks(text: string, start: number, guarded: boolean): boolean {
  const word = previousWord(text, start);
  if (!word) return false;
  const value = text.slice(word.start, word.end);
  if (!isCapitalised(value) || isPossessive(value)) return false;
  // "The BBC said" is fine; a guarded name after a sentence-opening "The" is not ("The Time has come").
  if (value === 'The') return guarded && isSentenceStart(text, word.start);
  // A sentence-opening "But" or "Yesterday" is capitalised for the sentence, not as a name ("But Reuters said").
  return guarded || !SENTENCE_OPENERS.has(value.toLowerCase()) || !isSentenceStart(text, word.start);
}

function isPossessiveAt(text: string, end: number): boolean {
  return isApostrophe(text.charCodeAt(end)) && text[end + 1] === 's' && !isWordChar(codePointAt(text, end + 2));
}

function nextWordBlocks(text: string, end: number): boolean {
  if (isPossessiveAt(text, end)) return false;
  let j = end;
  while (j < text.length && isInlineSpace(text.charCodeAt(j))) j++;
  if (j === end || !isUppercase(codePointAt(text, j))) return false;
  return !CAPITALISED_FOLLOWERS.has(text.slice(j, Math.min(wordEnd(text, j), j + MAX_WORD)));
}

function isJoinedBefore(text: string, start: number): boolean {
  return start >= 2 && JOINERS.has(text[start - 1]) && isWordChar(codePointBefore(text, start - 1));
}

function isJoinedAfter(text: string, end: number, joiners: ReadonlySet<string>): boolean {
  return joiners.has(text[end]) && isWordChar(codePointAt(text, end + 1));
}

const DOT = new Set(['.']);

/** Verbs by which an outlet is the source of what follows. */
const REPORT_VERBS = new Set('reported reports said says wrote writes found finds revealed reveals noted notes published publishes added adds has had first obtained confirmed'.split(' '));

function reportVerbFollows(text: string, end: number): boolean {
  let j = end;
  while (j < text.length && isInlineSpace(text.charCodeAt(j))) j++;
  if (j === end) return false;
  return REPORT_VERBS.has(text.slice(j, Math.min(wordEnd(text, j), j + MAX_WORD)));
}

/** Whether the name found at [start, end) names the outlet in this context. */
export function acceptsMatch(text: string, start: number, end: number, traits: NameTraits): boolean {
  if (isJoinedAfter(text, end, DOT)) return false; // "cnn.com", "AP.org": a longer token, not the name
  if (traits.guarded) {
    if (isJoinedBefore(text, start) || isJoinedAfter(text, end, JOINERS)) return false;
    // at a sentence's start only as the subject of a report: "The Hill reported", never "The Hill was steep"
    if (isSentenceStart(text, start)) return text.startsWith('The ', start) && (isPossessiveAt(text, end) || reportVerbFollows(text, end));
    return !previousWordBlocks(text, start, true) && !nextWordBlocks(text, end);
  }
  if (traits.singleWord) return !previousWordBlocks(text, start, false) && !nextWordBlocks(text, end);
  return true;
}
