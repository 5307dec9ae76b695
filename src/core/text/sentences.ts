// Sentence boundaries over a paragraph's tokens. A period inside a quotation does not end the sentence around it
// (`X said: "A. B."` is one sentence, so the quote stays with its cue); titles ("Mr.", "Gen.") never end one; other
// abbreviations ("U.S.", "p.m.") end one only before a word that cannot start a name.
import { verbCue } from '../lexicon/cues';
import { NOT_NAME_STARTS } from '../lexicon/words';
import { TITLE_ABBREVIATIONS, type Token } from './tokens';

export interface SentenceRange {
  /** Token indices, end exclusive. */
  first: number;
  last: number;
}

// The marks asked about at every punctuation token are a few: compared, not looked up in a set (a one-character
// string of the tokeniser is V8's own for that character, so most comparisons are of identity; a look-up hashes).
const TERMINAL = { has: (mark: string): boolean => mark === '.' || mark === '!' || mark === '?' || mark === '…' };
const APPOSITION_PUNCTUATION = new Set(['-', '.', ',', '(', ')']);
const BRACKETS = { has: (mark: string): boolean => mark === ')' || mark === ']' };

/** A closing bracket, or a quotation mark that closes a quote (an opening straight mark looks the same). */
function isCloser(t: Token, closeMarks: ReadonlySet<number>): boolean {
  return BRACKETS.has(t.text) || closesQuote(t, closeMarks);
}

/** Most paragraphs close no quote: their set is empty, and not asked. */
function closesQuote(t: Token, closeMarks: ReadonlySet<number>): boolean {
  return closeMarks.size > 0 && closeMarks.has(t.start);
}

/** Token `j` can open a sentence (or the paragraph ends before it). A function of its own, not a closure over the
 * tokens: that cost an object per paragraph. */
function startsSentence(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j];
  if (!next) return true;
  if (next.kind === 'word') return next.cap || isDigitCode(next.text.charCodeAt(0));
  return next.text === '"' || next.text === '“' || next.text === '‘' || next.text === "'" || next.text === "''" || next.text === '(' || next.text === '«' || next.text === '—';
}

/**
 * "BELLOWS FALLS, Vt. — The shop ...": the full stop of a state's abbreviation before the dash of a dateline (a place in
 * capitals opening the paragraph) ends no sentence.
 */
function closesDateline(tokens: readonly Token[], stop: number, next: number): boolean {
  const place = tokens[0];
  const dash = tokens[next];
  return stop < 10 && dash !== undefined && (dash.text === '—' || dash.text === '--' || dash.text === '–') && place.kind === 'word' && place.text.length >= 3 &&
    place.text === place.text.toUpperCase() && place.text !== place.text.toLowerCase();
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * `closeMarks` holds the offsets of closing quotation marks of the paragraph's outer quotes: a quote that ends with
 * terminal punctuation ends its sentence when a capitalised word follows.
 */
/** Capitalised words that go on a clock time ("6 a.m. Monday", "9 p.m. Eastern"). */
const AFTER_CLOCK_TIME = new Set('monday tuesday wednesday thursday friday saturday sunday eastern central pacific mountain et est edt ct cst cdt pt pst pdt mt gmt utc bst cet local'.split(' '));

export function splitSentences(tokens: readonly Token[], closeMarks: ReadonlySet<number>): SentenceRange[] {
  const sentences: SentenceRange[] = [];
  let first = 0;
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    let boundary = -1;
    if (t.kind === 'punct' && TERMINAL.has(t.text) && !t.quoted) {
      let j = i + 1;
      while (j < n && tokens[j].kind === 'punct' && (TERMINAL.has(tokens[j].text) || isCloser(tokens[j], closeMarks))) j++;
      if (startsSentence(tokens, j) && !(first === 0 && closesDateline(tokens, i, j))) boundary = j;
    } else if (t.kind === 'punct' && closesQuote(t, closeMarks)) {
      const before = tokens[i - 1];
      if (before && before.kind === 'punct' && TERMINAL.has(before.text)) {
        let j = i + 1;
        while (j < n && tokens[j].kind === 'punct' && isCloser(tokens[j], closeMarks)) j++;
        // '"Why now?" Vitter asked.': the quote stays with the attribution that follows it, unless a cue before the
        // quote already took it ('Lee said, "Not yet." The family has called on ...')
        if ((j >= n || startsSentence(tokens, j)) && (cueBeforeQuote(tokens, first, i) || !attributionFollows(tokens, j))) boundary = j;
      }
    } else if (t.abbreviation && !t.quoted && !TITLE_ABBREVIATIONS.has(t.lower) && i + 1 < n) {
      const next = tokens[i + 1];
      if (next.kind === 'word' && next.cap && NOT_NAME_STARTS.has(next.lower)) boundary = i + 1;
      // "No. 1" is a number's abbreviation; "said no. Ann Lee ..." ends a sentence at "no."
      else if (t.text === 'no.' && next.kind === 'word' && next.cap) boundary = i + 1;
      // "by 6 a.m. Melissa Groot, a nurse, said": a time's abbreviation before a name ends one, not before a day or a
      // time zone ("at 6 a.m. Monday", "9 p.m. Eastern")
      else if ((t.lower === 'a.m.' || t.lower === 'p.m.') && next.kind === 'word' && next.cap && !AFTER_CLOCK_TIME.has(next.lower)) boundary = i + 1;
    }
    if (boundary > first) {
      sentences.push({ first, last: boundary });
      first = boundary;
      i = boundary - 1;
    }
  }
  if (first < n) sentences.push({ first, last: n });
  return sentences;
}

/**
 * A speech verb within the next few words, past an apposition at most: '"..?" Ann Lee said', '"..!" said Lee',
 * '"..!" Lee's niece, Del. Ann Lee (D-Va.), shouted'.
 */
function attributionFollows(tokens: readonly Token[], from: number): boolean {
  for (let j = from; j < tokens.length && j < from + 14; j++) {
    const t = tokens[j];
    if (t.kind === 'punct' && !APPOSITION_PUNCTUATION.has(t.text) || t.quoted) return false;
    if (t.kind === 'word' && !t.cap && verbCue(t.lower)?.entry.kind === 'speech') return true;
    if (t.kind === 'word' && j === from && verbCue(t.lower)?.entry.kind === 'speech') return true;
  }
  return false;
}

/** A verb of saying before the quotation that closes at token `close`, in the same sentence: 'Lee said, "..."'. */
function cueBeforeQuote(tokens: readonly Token[], first: number, close: number): boolean {
  let open = close - 1;
  while (open > first && tokens[open].quoted) open--;
  for (let j = first; j < open; j++) {
    const t = tokens[j];
    if (t.kind === 'word' && !t.quoted && verbCue(t.lower)?.entry.kind === 'speech') return true;
  }
  return false;
}
