// The outlets a paragraph names, found from its tokens: a name starts only where a run of word characters does, and
// the tokeniser has already walked every character, so the registry is asked at those places alone instead of
// scanning the text a second time. The places and the answers are those of OutletRegistry.findAll.
import type { OutletMatch, OutletRegistry } from '../registry';
import { charLength, codePointAt, isWordChar } from '../registry/text-chars';
import type { Token } from '../text/tokens';

const UNDERSCORE = '_';

/**
 * Every outlet `text` names, in order, not overlapping. Word characters stand only in word tokens and in the "s" of a
 * possessive; a run starts at a word token's start and after each apostrophe, hyphen or period inside it.
 */
export function outletsInWords(registry: OutletRegistry, text: string, tokens: readonly Token[]): OutletMatch[] {
  // "_" is a word character to names but punctuation to the tokeniser: such a paragraph is scanned as text
  if (text.includes(UNDERSCORE)) return registry.findAll(text);
  const matches: OutletMatch[] = [];
  /** No name starts inside the last one found. */
  let next = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'punct') {
      if (t.end - t.start === 2 && isLoneHighSurrogate(text, t.start)) return registry.findAll(text);
      continue;
    }
    if (t.end <= next) continue;
    if (t.kind === 'possessive') next = tryRun(registry, text, t.start + 1, t.end, next, matches);
    else if (!t.joined) next = tryRun(registry, text, t.start, t.abbreviation ? t.end - 1 : t.end, next, matches);
    else next = tryRunsInside(registry, text, t.start, t.end, next, matches);
  }
  return matches;
}

/** A high surrogate with no low one after it: the tokeniser reads it as one mark with the unit after it, which may be
 * the first letter of a word (so that paragraph is scanned as text). */
function isLoneHighSurrogate(text: string, i: number): boolean {
  const high = text.charCodeAt(i);
  const low = text.charCodeAt(i + 1);
  return high >= 0xd800 && high <= 0xdbff && !(low >= 0xdc00 && low <= 0xdfff);
}

/** Asks the registry at run text[start, end) unless a match found before covers it; returns where the next may start. */
function tryRun(registry: OutletRegistry, text: string, start: number, end: number, next: number, matches: OutletMatch[]): number {
  if (start < next) return next;
  const match = registry.matchAtWord(text, start, end);
  if (!match) return next;
  matches.push(match);
  return match.end;
}

/** The runs of word characters of a joined word text[start, end), each asked in turn. */
function tryRunsInside(registry: OutletRegistry, text: string, start: number, end: number, next: number, matches: OutletMatch[]): number {
  let i = start;
  while (i < end) {
    const cp = codePointAt(text, i);
    if (!isWordChar(cp)) {
      i += charLength(cp);
      continue;
    }
    let runEnd = i + charLength(cp);
    while (runEnd < end) {
      const c = codePointAt(text, runEnd);
      if (!isWordChar(c)) break;
      runEnd += charLength(c);
    }
    next = tryRun(registry, text, i, runEnd, next, matches);
    i = runEnd;
  }
  return next;
}
