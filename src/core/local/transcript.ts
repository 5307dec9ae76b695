// Speaker labels of transcripts and interviews: "WALLACE: Let's start ...", also inside a quotation that reproduces a
// transcript ('"PENCE: Well, look ...'). The label names the person who speaks the rest of the turn.
import type { Gender } from '../model';
import { genderOfFirstName } from '../data/first-names';
import { GENDERED_TITLES, TITLES } from '../lexicon/words';
import type { Token } from '../text/tokens';
import type { NounPhrase, PhraseContext } from './noun-phrase';

/** Capitalised labels that head notes, not turns. */
const NOT_SPEAKERS = new Set(
  'note notes update updated correction clarification editor editors watch read related photo photos video source sources breaking alert warning disclaimer transcript q a question answer ps p.s. subject re fwd cc bcc from to date'.split(' '),
);

/** Acronyms of four letters or more that label a topic, not a speaker. */
const ACRONYMS = new Set('nato nasa isis opec usda epa fema ussr gchq mi5 mi6 unicef unesco'.split(' '));

/** Words a label may hold: capitals ("MR. TRUMP", "SEN. LEE", "O'REILLY") and nothing lower-case. */
function isLabelWord(t: Token): boolean {
  return t.kind === 'word' && /\p{Lu}/u.test(t.text) && t.text === t.text.toUpperCase();
}

const MAX_LABEL_WORDS = 4;

export interface TranscriptTurn {
  start: number;
  end: number;
  subject: NounPhrase;
  content: { start: number; end: number } | undefined;
}

/**
 * The turn whose label ends at the colon `colon`: one to four words in capitals that open the sentence (after an
 * opening quotation mark at most), with words after the colon.
 */
export function transcriptTurn(ctx: PhraseContext, colon: number): TranscriptTurn | undefined {
  const { tokens, text } = ctx;
  if (tokens[colon]?.text !== ':' || colon + 1 >= ctx.sentenceLast) return undefined;
  let first = colon;
  while (first - 1 >= ctx.sentenceFirst && colon - first < MAX_LABEL_WORDS && isLabelWord(tokens[first - 1])) first--;
  if (first === colon) return undefined;
  const before = tokens[first - 1];
  const opensSentence = first === ctx.sentenceFirst || (first - 1 === ctx.sentenceFirst && before.kind === 'punct' && '"“\'‘«'.includes(before.text));
  if (!opensSentence) return undefined;
  // titles and honorifics describe; the rest is the name ("SEN. ANN LEE" is Ann Lee)
  let nameFirst = first;
  while (nameFirst < colon - 1 && (TITLES.has(tokens[nameFirst].lower) || GENDERED_TITLES.has(tokens[nameFirst].lower))) nameFirst++;
  const nameTokens = tokens.slice(nameFirst, colon);
  if (nameTokens.some((t) => NOT_SPEAKERS.has(t.lower) || ACRONYMS.has(t.lower))) return undefined;
  // "US: No need to celebrate" is a headline's topic: a one-word label of three letters or fewer is an acronym
  if (nameTokens.length === 1 && nameTokens[0].text.replace(/[^\p{L}]/gu, '').length <= 3) return undefined;
  if (ctx.outletStartingAt.has(nameFirst)) return undefined;
  const name = nameTokens.map((t) => titleCase(t.text)).join(' ');
  let gender: Gender = 'unknown';
  for (let k = first; k < colon && gender === 'unknown'; k++) gender = GENDERED_TITLES.get(tokens[k].lower) ?? 'unknown';
  if (gender === 'unknown' && nameTokens.length >= 2) gender = genderOfFirstName(titleCase(nameTokens[0].text)) ?? 'unknown';
  const subject: NounPhrase = {
    kind: 'person',
    start: nameTokens[0].start,
    end: nameTokens[nameTokens.length - 1].end,
    text: text.slice(nameTokens[0].start, nameTokens[nameTokens.length - 1].end),
    firstToken: first,
    lastToken: colon,
    name,
    descriptor: nameFirst > first ? text.slice(tokens[first].start, tokens[nameFirst - 1].end) : undefined,
    gender,
    definite: true,
    plural: false,
  };
  let last = ctx.sentenceLast;
  while (last > colon + 1 && tokens[last - 1].kind === 'punct' && '.!?'.includes(tokens[last - 1].text)) last--;
  const content = last > colon + 1 ? { start: tokens[colon + 1].start, end: tokens[last - 1].end } : undefined;
  return { start: tokens[colon].start, end: tokens[colon].end, subject, content };
}

/** "O'REILLY" → "O'Reilly", "MCCAIN" → "Mccain": readable, and the same words for matching "John McCain". */
function titleCase(word: string): string {
  return word.toLowerCase().replace(/(^|[-'’\s])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}
