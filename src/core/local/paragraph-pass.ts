// The local pass: everything that can be read from one paragraph alone (given the quote state at its start): quotes,
// sentences, cues with the phrase that names their source, what each cue attributes, and which quote goes with which
// cue. Offsets are relative to the paragraph, so a paragraph's result can be cached and reused wherever it moves.
import type { CueKind, Gender, QuoteKind } from '../model';
import type { OutletMatch, OutletRegistry } from '../registry';
import { AFTER_VERB_FILLER, BETWEEN_SOURCE_AND_VERB, CUE_FRAME_NOUNS, PHRASE_CUES, verbCue, verbCueWords, type PhraseCue, type VerbCue } from '../lexicon/cues';
import { ANONYMOUS_HEADS, DETERMINERS, GENDERED_NOUNS, HONORIFICS, NATIONALITIES, NOT_NAME_STARTS, ORGANIZATION_HEADS, TITLE_MODIFIERS, TITLES } from '../lexicon/words';
import { scanQuotes, type LocalQuote, type QuoteFamily, type QuoteProblem } from '../text/quotes';
import { splitSentences, type SentenceRange } from '../text/sentences';
import { paragraphTokens, type Token } from '../text/tokens';
import { transcriptTurn } from './transcript';
import { outletsInWords } from './outlets-in-words';
import { addApposition, addPartyTag, afterParticles, classify, isNameCased, phraseEndingAt, phraseStartingAt, type NounPhrase, type PhraseContext } from './noun-phrase';
import { wordHash } from '../text/chars';
import { genderOfFirstName } from '../data/first-names';

export interface LocalCue {
  start: number;
  end: number;
  kind: CueKind;
  confidence: number;
  sentence: number;
  /** The phrase naming the source; undefined when none was found (the cue is then dropped by the document pass). */
  subject?: NounPhrase;
  content?: { start: number; end: number };
  /** Participles ("by claiming") take the subject of their clause. */
  subjectFromClause: boolean;
}

export interface LocalQuoteInfo extends LocalQuote {
  sentence: number;
  /** Index into `cues` of the cue this quote goes with. */
  cue: number;
  kind: QuoteKind;
  /** Starts its paragraph: a quote paragraph, which may belong to the speaker of the paragraph before. */
  opensParagraph: boolean;
  words: number;
}

export interface LocalName {
  phrase: NounPhrase;
  sentence: number;
}

export interface LocalParagraph {
  /** How many sentences the paragraph has (its tokens are not kept: the cache would hold many times the text). */
  sentenceCount: number;
  quotes: LocalQuoteInfo[];
  problems: QuoteProblem[];
  openAtEnd: QuoteFamily | null;
  cues: LocalCue[];
  /** People named in the paragraph outside quotes, whether or not they speak: surnames and pronouns refer to them. */
  names: LocalName[];
  outlets: OutletMatch[];
  /**
   * Single capitalised words outside quotes ("Delgado shrugged"), as flat triples: start, end and wordHash of the
   * word in lower case. The document pass takes one as a mention only of a person it knows by that surname; numbers,
   * not phrases, as most such words are places and months and the cache keeps every paragraph's list.
   */
  surnames: number[];
  /** Gendered pronouns met outside quotes (offset and gender), for the gender of the entity last named. */
  pronouns: Array<{ offset: number; gender: 'male' | 'female' }>;
  /** Opens with a speaker's label ("PENCE: ..."): a new turn of a transcript, which ends the quote of the turn before. */
  opensTurn: boolean;
  /**
   * Where the name of the person the paragraph's last sentences are about starts (the subject of the latest sentence
   * that had a person for one), or -1: a quote paragraph after it with no cue of its own is likely theirs.
   */
  about: number;
}

const TERMINAL = new Set(['.', '!', '?', '…', ';']);
const BE_FORMS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', "'s", 'get', 'got', 'gets']);
const CLAUSE_LINKS = new Set(['by', 'while', 'before', 'after', 'when', 'in', 'as', ',', 'and', 'also', 'even', 'then']);
const INVERTING = new Set(['say', 'add', 'tell', 'write', 'ask', 'report', 'explain', 'note', 'continue', 'recall', 'reply', 'respond', 'answer', 'insist', 'warn', 'argue', 'claim', 'state', 'declare', 'observe', 'remark', 'quip', 'counter', 'concede', 'admit', 'acknowledge', 'announce', 'confirm', 'predict', 'conclude', 'suggest', 'emphasize', 'stress', 'tweet', 'joke', 'boast']);

const NO_OUTLETS: ReadonlyMap<number, OutletMatch> = new Map();
const NO_OFFSETS: ReadonlySet<number> = new Set();

export function analyzeParagraph(text: string, incoming: QuoteFamily | null, registry: OutletRegistry): LocalParagraph {
  const scan = scanQuotes(text, incoming);
  const tokens = withoutNicknames(paragraphTokens(text), text, scan.quotes);
  markQuoted(tokens, scan.quotes, text.length);
  // most paragraphs close no quote and name no outlet: they share empty look-ups instead of making their own
  const closeMarks = scan.quotes.length ? new Set(scan.quotes.filter((q) => q.close >= 0).map((q) => q.close)) : NO_OFFSETS;
  const sentences = splitSentences(tokens, closeMarks);
  const outlets = outletsInWords(registry, text, tokens);
  let outletEndingAt: ReadonlyMap<number, OutletMatch> = NO_OUTLETS;
  let outletStartingAt: ReadonlyMap<number, OutletMatch> = NO_OUTLETS;
  let inOutlet: ReadonlySet<number> = NO_OFFSETS;
  if (outlets.length) {
    const ending = new Map<number, OutletMatch>();
    const starting = new Map<number, OutletMatch>();
    indexOutlets(tokens, outlets, starting, ending);
    const inside = new Set<number>();
    for (const [first, match] of starting) for (let i = first; i < tokens.length && tokens[i].start < match.end; i++) inside.add(i);
    outletEndingAt = ending;
    outletStartingAt = starting;
    inOutlet = inside;
  }

  const cues: LocalCue[] = [];
  const names: LocalName[] = [];
  const surnames: number[] = [];
  const pronouns: LocalParagraph['pronouns'] = [];
  // one context for the paragraph, moved from sentence to sentence (no object per sentence; nothing keeps it)
  const ctx: PhraseContext = { tokens, text, sentenceFirst: 0, sentenceLast: 0, outletEndingAt, outletStartingAt };
  /** The person the latest sentence so far was about: its subject ("Coach Tom Reyes laughed."). */
  let lastSubject: NounPhrase | undefined;
  for (let index = 0; index < sentences.length; index++) {
    ctx.sentenceFirst = index === 0 ? afterDateline(tokens, sentences[0].first, sentences[0].last) : sentences[index].first;
    ctx.sentenceLast = sentences[index].last;
    const before = cues.length;
    findCues(ctx, index, cues, inOutlet);
    dropNestedBeliefs(cues, before);
    // a refusal that is an answer makes a source, once a statement around it has not taken it as a belief of its own
    for (let c = before; c < cues.length; c++) if (cues[c].kind === 'belief' && refusesToSay(tokens, tokenStartingAt(tokens, cues[c].start, ctx.sentenceFirst))) cues[c].kind = 'speech';
    if (lastSubject) for (let c = before; c < cues.length; c++) giveAntecedent(cues[c].subject, lastSubject);
    lastSubject = personSubject(ctx) ?? lastSubject;
    if (cues.length === before) {
      const cue = quotingVerb(ctx);
      if (cue) cues.push(localCue(cue, 'belief', cue.confidence, index));
    }
    if (!hasSpeechCue(cues, before)) {
      const cue = colonBeforeQuote(ctx);
      if (cue) cues.push(localCue(cue, 'colon', cue.confidence, index));
    }
    findNames(ctx, index, names, surnames, pronouns, inOutlet);
  }
  const quotes = linkQuotes(text, tokens, sentences, scan.quotes, cues);
  const first = cues[0];
  const opensTurn = first !== undefined && first.kind === 'colon' && first.sentence === 0 && first.subject !== undefined && first.subject.firstToken <= 1;
  const about = lastSubject ? lastSubject.start : -1;
  return { sentenceCount: sentences.length, quotes, problems: scan.problems, openAtEnd: scan.openAtEnd, cues, names, surnames, outlets, pronouns, opensTurn, about };
}

/**
 * "Coach Tom Reyes laughed. '...,' he said.": a "he" or "she" with no antecedent in its own sentence means the
 * person an earlier sentence of the paragraph was about, when the gender does not rule it out (the document pass
 * checks the gender the name alone may not tell).
 */
function giveAntecedent(subject: NounPhrase | undefined, person: NounPhrase): void {
  if (!subject || subject.antecedent) return;
  // "Whitmore said he had warned them about Okafor. '...,' the 58-year-old said.": an age is the person too
  if (subject.kind === 'anonymous' && subject.definite && AGE_NOUN.test(subject.head ?? '')) {
    subject.antecedent = person;
    return;
  }
  if (subject.kind !== 'pronoun' || subject.gender !== 'male' && subject.gender !== 'female') return;
  if (person.gender !== 'unknown' && person.gender !== subject.gender) return;
  subject.antecedent = person;
}

/**
 * The person the sentence is about: the name opening it (past sentence adverbs and an opening clause set off by a
 * comma, "Asked about it, Hale shrugged."), followed by its verb or an apposition, not by "'s".
 */
function personSubject(ctx: PhraseContext): NounPhrase | undefined {
  const { tokens } = ctx;
  let first = afterSentenceAdverbs(ctx, ctx.sentenceLast);
  // "Meanwhile, Gov. Dana Whitlock ..."
  if (tokens[first]?.text === ',' && first > ctx.sentenceFirst) first++;
  const subject = personOpeningAt(ctx, first);
  if (subject) return subject;
  // "Asked about it, Hale shrugged.", "Back in Providence, as I was leaving, Baptiste held up": past the opening
  // clauses set off by commas, within the sentence's first words
  for (let i = first + 1; i < ctx.sentenceLast && i - first < 25 && !tokens[i].quoted; i++) {
    if (tokens[i].text !== ',') continue;
    const after = personOpeningAt(ctx, i + 1);
    if (after) return after;
  }
  return undefined;
}

/** A person's name (or a description and the name set off after it) at token `first`, followed by its verb. */
function personOpeningAt(ctx: PhraseContext, first: number): NounPhrase | undefined {
  const { tokens } = ctx;
  const opener = tokens[first];
  if (!opener || opener.kind !== 'word' || opener.quoted) return undefined;
  const opening = phraseStartingAt(ctx, first, false) ?? (DESCRIPTION_OPENERS.has(opener.lower) ? descriptionStartingAt(ctx, first) : undefined);
  // "His wife, Carol, was more enthusiastic.": the name set off after a description
  const phrase = opening && (opening.kind === 'anonymous' || opening.kind === 'role') ? nameSetOffAfter(ctx, opening) : opening;
  if (!phrase || phrase.kind !== 'person') return undefined;
  let after = phrase.lastToken;
  // "Gov. Dana Whitlock of Michigan has": where the person is from goes with the name
  if ((tokens[after]?.lower === 'of' || tokens[after]?.lower === 'from') && isNameCased(tokens[after + 1])) {
    after++;
    while (isNameCased(tokens[after]) && !tokens[after].quoted) after++;
  }
  const next = tokens[after];
  // a verb follows, or an apposition; not "'s", a preposition ("Back in Providence") or a quotation
  if (!next || next.quoted || next.kind === 'possessive' || next.kind === 'punct' && next.text !== ',') return undefined;
  if (next.kind === 'word' && (CLAUSE_OPENING_PREPOSITIONS.has(next.lower) || next.lower === 'and' || next.lower === 'or')) return undefined;
  return phrase;
}

/**
 * The first token after a dateline that opens a paragraph ("WASHINGTON --", "KYIV, Ukraine (AP) —"): a place in
 * capitals, then a dash before any word in lower case. The place is no source.
 */
function afterDateline(tokens: readonly Token[], first: number, last: number): number {
  const place = tokens[first];
  if (!place || place.kind !== 'word' || place.text.length < 3 || !isAllUpperCase(place.text)) return first;
  for (let i = first + 1; i < last && i < first + 10; i++) {
    const t = tokens[i];
    // "OSLO, Feb 6 (Reuters) - ": wire copy sets its dateline off with a spaced hyphen too
    if (DASHES.has(t.text) || t.text === '-' && tokens[i - 1]?.text === ')') {
      // "NATO — the alliance — said": a dash that closes again sets off an apposition
      for (let j = i + 1; j < last; j++) if (DASHES.has(tokens[j].text)) return first;
      return i + 1;
    }
    if (t.kind === 'word' && !t.cap && !isAllUpperCase(t.text)) return first;
  }
  return first;
}

/**
 * "Stein said she plans to join them", "He said the mayor wants a recount": a belief or stance inside what a speech
 * cue of the sentence reports is part of that report (the speaker's claim), not an attribution of its own.
 */
function dropNestedBeliefs(cues: LocalCue[], from: number): void {
  if (cues.length - from < 2) return;
  const reports = cues.slice(from).filter((c) => (c.kind === 'speech' || c.kind === 'phrase') && c.content !== undefined);
  if (reports.length === 0) return;
  const inReport = (cue: LocalCue) => {
    const start = cue.subject ? Math.min(cue.subject.start, cue.start) : cue.start;
    return reports.some((r) => r.content!.start <= start && r.content!.end >= cue.end);
  };
  const kept = cues.slice(from).filter((c) => c.kind !== 'belief' || !inReport(c));
  cues.length = from;
  cues.push(...kept);
}

/** One or two capitalised words in quotation marks between the parts of a name ("Margaret “Peg” Thorsby"). */
const NICKNAME = /^(?!The |A )\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)?$/u;

/**
 * The tokens without those of a nickname quoted inside a name, so that the name reads as one run of words; the quote
 * itself stays (a term with no speaker). The tokens as they were when the paragraph has none.
 */
function withoutNicknames(tokens: Token[], text: string, quotes: readonly LocalQuote[]): Token[] {
  let kept = tokens;
  for (const quote of quotes) if (isNickname(tokens, text, quote)) kept = kept.filter((t) => t.start < quote.open || t.start > quote.close);
  return kept;
}

/** The quote is a nickname between two words of a name, one space on either side. */
function isNickname(tokens: readonly Token[], text: string, quote: LocalQuote): boolean {
  if (quote.open < 2 || quote.close < 0 || quote.close - quote.open > 24 || !NICKNAME.test(text.slice(quote.open + quote.openWidth, quote.close))) return false;
  const before = tokens.find((t) => t.end === quote.open - 1);
  const after = tokens.find((t) => t.start === quote.close + 2);
  // after a first name or an initial ("Robert C. “Bobby” Scott"): in a title-case headline ('Pence “Mocking” Flowers')
  // any word stands between capitals
  return isNameCased(after) && before !== undefined && !before.quoted && (genderOfFirstName(before.text) !== undefined || /^\p{Lu}\.$/u.test(before.text));
}

function markQuoted(tokens: Token[], quotes: readonly LocalQuote[], length: number): void {
  let q = 0;
  for (const t of tokens) {
    // "'...,' said Helen Marsh": a straight single mark that closes a quotation is a closing mark, as "’" is (alone,
    // "'" may be an apostrophe)
    if (t.text === "'" && q < quotes.length && quotes[q].close === t.start) t.readAsClosingMark();
    while (q < quotes.length && (quotes[q].close >= 0 ? quotes[q].close : length) <= t.start) q++;
    const quote = quotes[q];
    if (!quote) break;
    const close = quote.close >= 0 ? quote.close : length;
    t.quoted = t.start >= quote.open + quote.openWidth && t.start < close;
  }
}

function indexOutlets(tokens: readonly Token[], outlets: readonly OutletMatch[], starting: Map<number, OutletMatch>, ending: Map<number, OutletMatch>): void {
  let i = 0;
  for (const match of outlets) {
    while (i < tokens.length && tokens[i].start < match.start) i++;
    if (i < tokens.length && tokens[i].start === match.start) starting.set(i, match);
    let j = i;
    while (j < tokens.length && tokens[j].end < match.end) j++;
    if (j < tokens.length && tokens[j].end === match.end) ending.set(j, match);
  }
}

function findCues(ctx: PhraseContext, sentence: number, cues: LocalCue[], inOutlet: ReadonlySet<number>): void {
  const { tokens } = ctx;
  const namesOutlets = inOutlet.size > 0; // most paragraphs name none: no set look-up per token
  for (let i = ctx.sentenceFirst; i < ctx.sentenceLast; i++) {
    const t = tokens[i];
    if (t.text === ':') {
      // a transcript's speaker label, also inside a quotation that reproduces the transcript
      const turn = transcriptTurn(ctx, i);
      if (turn) {
        cues.push(localCue({ ...turn, confidence: 0.85, subjectFromClause: false }, 'colon', 0.85, sentence));
        continue;
      }
    }
    if (t.quoted || (namesOutlets && inOutlet.has(i))) continue;
    if (t.kind === 'punct') {
      const cue = punctuationCue(ctx, i);
      if (cue) cues.push(localCue(cue, 'colon', cue.confidence, sentence));
      continue;
    }
    if (t.kind === 'possessive') {
      // "Nervo's conclusion that ...", "the police's earlier claim that ...": any noun an owner's clause follows
      const cue = ownedNounBeforeClause(ctx, i);
      if (cue) cues.push(localCue(cue, 'speech', cue.confidence, sentence));
      continue;
    }
    if (t.lower === 'per') {
      const cue = perCue(ctx, i);
      if (cue) cues.push(localCue(cue, 'phrase', 0.85, sentence));
      continue;
    }
    if (!mayBeCueWord(t.lower)) continue;
    const word = cueWordOf(t.lower);
    if (!word) continue;
    const candidates = word.phrases;
    const phrase = candidates && phraseCueAt(tokens, i, candidates);
    if (phrase) {
      const last = i + phrase.words.length;
      const cue = phrase.sourceAfter ? phraseCueWithSourceAfter(ctx, i, last) : verbLikeCue(ctx, i, last - 1, cues, sentence);
      if (cue) {
        cues.push(localCue(cue, phrase.kind, phrase.confidence * cue.confidence, sentence));
        i = last - 1;
        continue;
      }
    }
    if (word.nominal && tokens[i - 1]?.kind === 'possessive') {
      const cue = nominalCue(ctx, i);
      if (cue) cues.push(localCue(cue, 'speech', cue.confidence, sentence));
      continue;
    }
    const verb = word.verb;
    if (!verb) continue;
    // a capital inside a sentence makes a name ("United States", "Clean Power Plan"), not a verb; but for a speech
    // verb in -s in a headline set in title case ("Clean Energy Could Pass, Ann Lee Says")
    if (t.cap && i !== ctx.sentenceFirst && !isAllUpperCase(t.text) && !(verb.form === 's' && verb.entry.kind === 'speech' && isTitleCase(ctx))) continue;
    const next = tokens[i + 1];
    // ("reported on Tuesday that": "on" and a day is when, not what about)
    if (next && !next.quoted && verb.entry.notBefore?.includes(next.lower) && !(next.lower === 'on' && TIME_WORDS.has(tokens[i + 2]?.lower ?? ''))) continue;
    // shouted headlines ("QUESTIONABLE MEDICAL CLAIMS —") and "having said that" are no attributions
    if (t.text.length > 1 && isAllUpperCase(t.text) || tokens[i - 1]?.lower === 'having') continue;
    if (readsAsNoun(tokens, i, verb.form)) continue;
    // "Consumer advocates said": a word right before a verb of saying is its subject, not a verb
    const nextVerb = next && next.kind === 'word' && !next.quoted && (verb.form === 's' || verb.form === 'base') ? verbCue(next.lower) : undefined;
    if (nextVerb && nextVerb.entry.kind === 'speech' && (nextVerb.form === 'ed' || nextVerb.form === 's')) continue;
    if (asksAnonymity(tokens, i)) continue;
    const cue = verbLikeCue(ctx, i, i, cues, sentence, verb.form, verb.entry.lemma);
    if (cue) cues.push(localCue(cue, verb.entry.kind, verb.entry.confidence * cue.confidence, sentence));
  }
}

/** "who asked not to be named", "requested anonymity": the terms of an interview, not something said. */
function asksAnonymity(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i].lower;
  if (word !== 'asked' && word !== 'requested' && word !== 'asking' && word !== 'requesting') return false;
  const next = tokens[i + 1]?.lower;
  if (next === 'anonymity') return true;
  return next === 'not' && tokens[i + 2]?.lower === 'to' && tokens[i + 3]?.lower === 'be' && /^(named|identified|quoted)$/.test(tokens[i + 4]?.lower ?? '');
}

const WITHHELD_SPEECH = new Set(['comment', 'say', 'discuss', 'elaborate', 'answer', 'respond', 'speak', 'specify', 'confirm', 'identify', 'name', 'disclose', 'reveal', 'detail', 'explain', 'talk']);

/** "A spokesperson declined to comment": a stance that is itself an answer, so its subject is a source. */
function refusesToSay(tokens: readonly Token[], i: number): boolean {
  return i >= 0 && /^(declin|refus)/.test(tokens[i].lower) && tokens[i + 1]?.lower === 'to' && WITHHELD_SPEECH.has(tokens[i + 2]?.lower ?? '');
}

/** The index of the token starting at `offset`, from token `from` on, or -1. */
function tokenStartingAt(tokens: readonly Token[], offset: number, from: number): number {
  for (let i = from; i < tokens.length && tokens[i].start <= offset; i++) if (tokens[i].start === offset) return i;
  return -1;
}

const CUE_WORD_FILTER_SIZE = 1 << 14;

/** A slot in the cue-word filter from a word's length and its first and last UTF-16 units. */
function cueWordKey(word: string): number {
  let key = word.length;
  key = (key * 31 + word.charCodeAt(0)) | 0;
  key = (key * 31 + word.charCodeAt(word.length - 1)) | 0;
  return key & (CUE_WORD_FILTER_SIZE - 1);
}

let cueWordFilter: Uint8Array | undefined;
/** A second filter, by a hash of every unit (wordHash): read only for the words that pass the first, of which about
 * three in four ("and", "that", "with") were no cue word and cost a look-up in a map of a thousand words. */
let wholeCueWordFilter: Uint8Array | undefined;

/**
 * False when the lower-case word is surely no cue of findCues: not the first word of a phrase cue, not a nominal cue,
 * not a verb form. Most words of an article fail these filters and cost findCues no map look-up (one otherwise).
 */
function mayBeCueWord(lower: string): boolean {
  if (!cueWordFilter || !wholeCueWordFilter) {
    cueWordFilter = new Uint8Array(CUE_WORD_FILTER_SIZE);
    wholeCueWordFilter = new Uint8Array(CUE_WORD_FILTER_SIZE);
    for (const word of [...PHRASES_BY_FIRST_WORD.keys(), ...NOMINAL_CUES, ...verbCueWords()]) {
      cueWordFilter[cueWordKey(word)] = 1;
      wholeCueWordFilter[wordHash(word) & (CUE_WORD_FILTER_SIZE - 1)] = 1;
    }
  }
  return cueWordFilter[cueWordKey(lower)] === 1 && wholeCueWordFilter[wordHash(lower) & (CUE_WORD_FILTER_SIZE - 1)] === 1;
}

/** What findCues may make of a word: the phrase cues it opens, whether it is a nominal cue, and its verb form. */
interface CueWord {
  phrases: readonly PhraseCue[] | undefined;
  nominal: boolean;
  verb: VerbCue | undefined;
}

let cueWords: Map<string, CueWord> | undefined;

/** The cue word `lower` is, if any: one map look-up for a word that passes the filter, where there were three. */
function cueWordOf(lower: string): CueWord | undefined {
  if (!cueWords) {
    cueWords = new Map();
    for (const word of [...PHRASES_BY_FIRST_WORD.keys(), ...NOMINAL_CUES, ...verbCueWords()]) {
      if (!cueWords.has(word)) cueWords.set(word, { phrases: PHRASES_BY_FIRST_WORD.get(word), nominal: NOMINAL_CUES.has(word), verb: verbCue(word) });
    }
  }
  return cueWords.get(lower);
}

/** The first of `candidates` whose words stand unquoted at token `i` on. (A function of its own: a closure over the
 * loop's `i` would cost findCues a context object per token.) */
function phraseCueAt(tokens: readonly Token[], i: number, candidates: readonly PhraseCue[]): PhraseCue | undefined {
  for (const phrase of candidates) {
    let k = 0;
    while (k < phrase.words.length && tokens[i + k]?.lower === phrase.words[k] && !tokens[i + k].quoted) k++;
    if (k === phrase.words.length) return phrase;
  }
  return undefined;
}

/** `word === word.toUpperCase()`, without making the upper-case string when the word is ASCII. */
function isAllUpperCase(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x80) return word === word.toUpperCase();
    if (code >= 97 && code <= 122) return false;
  }
  return true;
}

type CueShape = Omit<LocalCue, 'kind' | 'sentence'>;

/** A found cue in the one shape every cue has (no spreading in the hot path). */
function localCue(cue: CueShape, kind: CueKind, confidence: number, sentence: number): LocalCue {
  return { start: cue.start, end: cue.end, kind, confidence, sentence, subject: cue.subject, content: cue.content, subjectFromClause: cue.subjectFromClause };
}

/** Phrase cues by their first word, so most words cost one map look-up. */
const PHRASES_BY_FIRST_WORD = new Map<string, PhraseCue[]>();
for (const phrase of PHRASE_CUES) {
  const list = PHRASES_BY_FIRST_WORD.get(phrase.words[0]);
  if (list) list.push(phrase);
  else PHRASES_BY_FIRST_WORD.set(phrase.words[0], [phrase]);
}

/**
 * A sentence with a quote and no cue whose subject is a person: the verb after the subject is the cue, whatever it is
 * ("Blige sings Springsteen's “American Skin”", "Reid has gone after Trump as a “human leech”"). A scare quote in a
 * sentence about things ('The events are not referred to as a "retreat"') keeps no source.
 */
function quotingVerb(ctx: PhraseContext): CueShape | undefined {
  const { tokens } = ctx;
  let quoted = false;
  for (let i = ctx.sentenceFirst; i < ctx.sentenceLast && !quoted; i++) quoted = tokens[i].quoted;
  if (!quoted) return undefined;
  const subject = clauseSubject(ctx, ctx.sentenceLast);
  if (!subject) return undefined;
  const personal = subject.kind === 'person' || subject.kind === 'outlet' || subject.kind === 'pronoun' && subject.name !== 'it' && subject.name !== 'which';
  if (!personal) return undefined;
  let k = subject.lastToken;
  while (k < ctx.sentenceLast && tokens[k].kind === 'word' && !tokens[k].quoted && BETWEEN_SOURCE_AND_VERB.has(tokens[k].lower)) k++;
  // "President Obama is rolling out a message: ...": past an auxiliary to the verb it carries
  if (AUXILIARIES.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.kind === 'word' && !tokens[k + 1].quoted && !tokens[k + 1].cap && !FUNCTION_WORD_CUES.has(tokens[k + 1].lower)) k++;
  const verb = tokens[k];
  if (!verb || verb.kind !== 'word' || verb.quoted || verb.cap || FUNCTION_WORD_CUES.has(verb.lower)) return undefined;
  const first = tokens[subject.lastToken].kind === 'word' && !tokens[subject.lastToken].quoted ? subject.lastToken : k;
  return { start: tokens[first].start, end: verb.end, subject, content: contentAfter(ctx, k + 1), confidence: 0.4, subjectFromClause: true };
}

const AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'did', 'does', 'do']);

function hasSpeechCue(cues: readonly LocalCue[], from: number): boolean {
  for (let i = from; i < cues.length; i++) if (cues[i].kind !== 'belief' && cues[i].subject) return true;
  return false;
}

/**
 * "President Obama is rolling out a new campaign message: "It's about me."": a colon right before a quotation, in a
 * sentence with no verb of saying, hands the quotation to the person or organisation the clause is about.
 */
function colonBeforeQuote(ctx: PhraseContext): CueShape | undefined {
  const { tokens } = ctx;
  for (let i = ctx.sentenceFirst + 1; i + 1 < ctx.sentenceLast; i++) {
    const colon = tokens[i];
    if (colon.text !== ':' || colon.quoted || tokens[i + 1].kind !== 'punct' || !tokens[i + 2]?.quoted) continue;
    // the subject of the clause the colon ends: at the sentence's start or after its last comma
    let subject: NounPhrase | undefined;
    for (let k = i - 1; k >= ctx.sentenceFirst - 1 && !subject; k--) {
      if (k >= ctx.sentenceFirst && tokens[k].text !== ',') continue;
      const phrase = phraseStartingAt(ctx, k + 1);
      if (phrase && phrase.lastToken < i && tokens[phrase.lastToken].kind === 'word') subject = phrase;
      if (k >= ctx.sentenceFirst) break;
    }
    if (!subject || !(subject.kind === 'person' || subject.kind === 'organization' || subject.kind === 'pronoun' && subject.name !== 'it')) return undefined;
    return { start: colon.start, end: colon.end, subject, content: contentSpan(ctx, i + 1, ctx.sentenceLast), confidence: 0.6, subjectFromClause: true };
  }
  return undefined;
}

/** Words after a subject that are no verb of saying: "she and", "he of". */
const FUNCTION_WORD_CUES = new Set('and or but of in on at by for to with from as that which who whose than so not no is was are were be been'.split(' '));

/** Nouns that report what their owner said: "Trump's claim that ...", "the governor's remarks". */
const NOMINAL_CUES = new Set(['claim', 'message', 'retort', 'explanation', 'verdict', 'advice', 'plea', 'claims', 'statement', 'statements', 'remarks', 'comments', 'comment', 'assertion', 'assertions', 'contention', 'argument', 'suggestion', 'warning', 'promise', 'pledge', 'insistence', 'allegation', 'allegations', 'accusation', 'accusations', 'announcement', 'admission', 'testimony', 'words', 'tweet', 'tweets', 'speech']);

/** "Trump's claim that there have been ...": the owner is the source, what follows the content. */
/**
 * After a possessive: up to two modifiers, a noun the nominal-cue list does not hold, then "that" opening a clause
 * (not a relative "that" + verb): the noun is a cue of the owner's.
 */
function ownedNounBeforeClause(ctx: PhraseContext, possessive: number): CueShape | undefined {
  const { tokens } = ctx;
  for (let k = possessive + 1; k < possessive + 4 && k + 1 < ctx.sentenceLast; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.quoted || t.cap || NON_HEADS.has(t.lower)) return undefined;
    if (tokens[k + 1].lower === 'that' && opensClause(tokens[k + 2], tokens[k + 3])) {
      if (k === possessive + 1 && NOMINAL_CUES.has(t.lower)) return undefined;
      const cue = nominalCue(ctx, k, possessive);
      return cue && { ...cue, confidence: 0.5 };
    }
  }
  return undefined;
}

/**
 * A token that can start the subject of a clause after "that" ("that the plan", "that he", "that Trump", "that
 * judges should"), not a verb of a relative clause ("that cuts taxes").
 */
function opensClause(t: Token | undefined, next: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  if (t.cap || DETERMINERS.has(t.lower) || CLAUSE_SUBJECT_PRONOUNS.has(t.lower) || /^\d/.test(t.text)) return true;
  return isBarePluralNoun(t) && next !== undefined && next.kind === 'word' && (AUXILIARIES.has(next.lower) || MODALS.has(next.lower));
}

const MODALS = new Set(['should', 'would', 'could', 'may', 'might', 'must', 'will', 'can', 'shall']);

const CLAUSE_SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'there', 'only', 'no', 'all', 'most', 'many', 'some']);

function nominalCue(ctx: PhraseContext, i: number, possessive = i - 1): CueShape | undefined {
  const { tokens } = ctx;
  const owner = possessive - 1 >= ctx.sentenceFirst ? phraseEndingAt(ctx, possessive - 1) ?? descriptionEndingAt(ctx, possessive - 1) : undefined;
  if (!owner || owner.kind === 'pronoun' || owner.kind === 'outlet-description') return undefined;
  owner.lastToken = possessive;
  const t = tokens[i];
  // what the owner said follows "that" or a colon ("Lee's message was clear: ..."); in "Trump's statement was
  // 'true'" the rest of the sentence is someone else's verdict on it
  let said = -1;
  for (let k = i + 1; k < ctx.sentenceLast && k <= i + 4 && said < 0; k++) if (tokens[k].lower === 'that' || tokens[k].text === ':' || k === i + 1 && isOpenQuoteLike(tokens[k])) said = k;
  const content = said >= 0 ? contentAfter(ctx, said + (tokens[said].lower === 'that' ? 1 : 0)) : undefined;
  // "Trump's comments came as ...": a mention of words with none of them given is no attribution
  if (!content) return undefined;
  return { start: t.start, end: t.end, subject: owner, content, confidence: 0.6, subjectFromClause: false };
}

/** "he's claiming": the 's of a pronoun is "is", not a possessive. */
/** Verbs that carry another after "to" ("continued to insist", "appeared to suggest"), in every form. */
const CATENATIVES = new Set('continue continues continued continuing appear appears appeared appearing seem seems seemed seeming'.split(' '));

/** Forms of "go", a carrier only with "on" ("went on to say"; "went to say" is going somewhere). */
const GO_FORMS = new Set(['go', 'goes', 'went', 'going', 'gone']);

/** Index of the carrying verb before the "to" at `to` ("went on to say": "went"), or -1. */
function catenativeBefore(tokens: readonly Token[], to: number, floor: number): number {
  const k = tokens[to - 1]?.lower === 'on' ? to - 2 : to - 1;
  if (k < floor || tokens[k].kind !== 'word' || tokens[k].quoted) return -1;
  const carries = k === to - 2 ? GO_FORMS.has(tokens[k].lower) : CATENATIVES.has(tokens[k].lower);
  return carries ? k : -1;
}

function formOfCarrier(word: string): 'base' | 's' | 'ed' | 'ing' {
  if (word.endsWith('ing')) return 'ing';
  if (word.endsWith('ed') || word === 'went' || word === 'gone') return 'ed';
  if (word.endsWith('s')) return 's';
  return 'base';
}

/** Documents that say what their authors say ("issued a statement calling ..."). */
const DOCUMENT_NOUNS = new Set(['statement', 'paper', 'letter', 'report', 'memo', 'release', 'resolution', 'ad', 'advertisement', 'video', 'tweet', 'post', 'op-ed', 'editorial', 'brief', 'filing', 'complaint', 'lawsuit', 'motion', 'order']);

/**
 * The token before a parenthetical that ends with the comma at `k` (", however,", ", in particular,", ", for his
 * part,"), or `k` when there is none.
 */
function parentheticalEndingAt(ctx: PhraseContext, k: number): number {
  const { tokens } = ctx;
  if (tokens[k]?.text !== ',') return k;
  for (let open = k - 2; open >= ctx.sentenceFirst && open >= k - 4; open--) {
    if (tokens[open].text !== ',') continue;
    const opener = tokens[open + 1];
    const single = open === k - 2 && PARENTHETICAL_ADVERBS.has(opener.lower);
    const phrase = open < k - 2 && PARENTHETICAL_PREPOSITIONS.has(opener.lower);
    for (let i = open + 1; i < k; i++) if (tokens[i].kind !== 'word' || tokens[i].cap || tokens[i].quoted) return k;
    return single || phrase ? open - 1 : k;
  }
  return k;
}

/** First words of short asides between commas ("in particular", "for his part", "at least", "of course"). */
const PARENTHETICAL_PREPOSITIONS = new Set(['in', 'for', 'of', 'at', 'by', 'on', 'as']);

const PARENTHETICAL_ADVERBS = new Set(['however', 'though', 'too', 'meanwhile', 'instead', 'therefore', 'nevertheless', 'also', 'moreover', 'furthermore', 'likewise', 'similarly', 'indeed', 'meantime', 'then']);

const ADVERBS_IN_PASSIVES = new Set(['also', 'not', 'never', 'still', 'then', 'since', 'long', 'once', 'first', 'later', 'just', 'already', 'often', 'again', 'even']);

/** Index of the token before `verb` past the adverbs right before it ("were mistakenly charged": "were"). */
function pastAdverbsBefore(tokens: readonly Token[], verb: number, floor: number): number {
  let k = verb - 1;
  while (k > floor && tokens[k].kind === 'word' && !tokens[k].quoted && (isAdverbInLy(tokens[k]) || ADVERBS_IN_PASSIVES.has(tokens[k].lower))) k--;
  return k;
}

/**
 * "told donors the plan was dead", "told a crowd in Ohio that": a listener in plain words, up to a "that" within a few
 * words, or a bare plural noun.
 */
function plainListenerEnd(ctx: PhraseContext, first: number): number {
  const { tokens } = ctx;
  for (let k = first; k < first + 6 && k < ctx.sentenceLast; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.quoted) break;
    if (t.lower === 'that') return k > first ? k + 1 : first;
  }
  return isBarePluralNoun(tokens[first]) && tokens[first + 1]?.kind === 'word' ? first + 1 : first;
}

/** A plain word that reads as a plural noun with no article ("donors", "judges"). */
function isBarePluralNoun(t: Token): boolean {
  return !t.cap && t.lower.length > 3 && t.lower.endsWith('s') && !t.lower.endsWith('ss') && !NON_HEADS.has(t.lower);
}

/** Nouns and adjectives in -ly that stand before verbs as subjects ("the family said", "an ally warned"). */
const NOT_ADVERBS_IN_LY = new Set(['family', 'ally', 'rally', 'supply', 'assembly', 'bully', 'monopoly', 'anomaly', 'weekly', 'daily', 'monthly', 'quarterly', 'elderly', 'early', 'only', 'holy', 'italy', 'july']);

/** "increasingly", "quietly": an adverb between a source and its verb. */
function isAdverbInLy(t: Token): boolean {
  return !t.cap && t.lower.length > 4 && t.lower.endsWith('ly') && !NOT_ADVERBS_IN_LY.has(t.lower);
}

function isContractedIs(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t.kind === 'possessive' && /^(he|she|it|that|who|there)$/.test(tokens[k - 1]?.lower ?? '');
}

/** Cue words that are nouns as often as verbs: "a contingency plan", "the GAO report released last year". */
const NOUN_VERBS = new Set(['attack', 'support', 'back', 'offer', 'challenge', 'dispute', 'label', 'pitch', 'reference', 'plan', 'report', 'claim', 'rule', 'state', 'question', 'release', 'call', 'show', 'demand', 'answer', 'tweet', 'post', 'comment', 'promise', 'estimate', 'charge', 'counter', 'ruling', 'find', 'finding', 'statement', 'note', 'warning', 'hope', 'fear', 'wish', 'doubt', 'concern', 'worry']);
const NOUN_FOLLOWERS = new Set(['as', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'would', 'will', 'could', 'can', 'should', 'may', 'might', 'must', 'of', 'from', 'by', 'for', 'in', 'on', 'about', 'with', 'and', 'or', 'also', 'found', 'released', 'shows', 'showed', 'said', 'says', 'calls', 'called']);

const PLURAL_DETERMINERS = new Set(['these', 'those', 'many', 'several', 'both', 'few', 'various', 'numerous', 'all', 'member']);

const PLURAL_AUXILIARIES = new Set(['are', 'were', 'have', 'had', 'will', 'would', 'could', 'can', 'should', 'may', 'might', 'must']);

function readsAsNoun(tokens: readonly Token[], i: number, form: string): boolean {
  const word = tokens[i].lower;
  // "state regulators", "the New York state attorney general": "state" before a plain word modifies it
  if (word === 'state' && tokens[i + 1]?.kind === 'word' && !tokens[i + 1].cap && !NOT_AFTER_STATE_NOUN.has(tokens[i + 1].lower)) return true;
  // "battleground state Florida", "state Del. Ann Lee": "state" before a name is a noun unless a pronoun states
  if (word === 'state' && tokens[i + 1]?.cap && !CLAUSE_SUBJECT_PRONOUNS.has(tokens[i - 1]?.lower ?? '')) return true;
  if (form === 'ed' && word === 'called' && (namesSomething(tokens, i) || NAMED_THINGS.has(tokens[i - 1]?.lower ?? '') && tokens[i + 1]?.cap)) return true;
  // "called an emergency meeting", "called a vote": convening, not speaking
  if (word.startsWith('call') && convenes(tokens, i)) return true;
  // "the appeals court ruling", "the ruling": a noun in -ing unless a comma or an auxiliary sets it up as a verb
  if (form === 'ing' && NOUNS_IN_ING.has(word) && !(tokens[i - 1]?.text === ',' || AUXILIARIES.has(tokens[i - 1]?.lower ?? ''))) return true;
  // "a poll released by the agency", "a report released Thursday found": a participle after its noun
  if (form === 'ed' && isReducedRelative(tokens, i)) return true;
  // "two diplomats briefed on the talks", "a person briefed about it": they were briefed; the noun says something later
  if (form === 'ed' && word === 'briefed' && (tokens[i + 1]?.lower === 'on' || tokens[i + 1]?.lower === 'about') && tokens[i - 1]?.kind === 'word' && !tokens[i - 1].cap && (isPeopleNoun(tokens[i - 1].lower) || /[^s]s$/.test(tokens[i - 1].lower))) return true;
  // "Transit advocates were unmoved": a word in -s before a plural's auxiliary is that plural, whatever its verb
  if (form === 's' && tokens[i + 1]?.kind === 'word' && PLURAL_AUXILIARIES.has(tokens[i + 1].lower)) return true;
  // "those states", "many claims", "the member states": after a plural's determiner, or "member", a noun
  if (form === 's' && tokens[i - 1]?.kind === 'word' && PLURAL_DETERMINERS.has(tokens[i - 1].lower)) return true;
  // "(Reporting by Ann Lee; additional reporting by Bo Chen)": a credit line
  if (form === 'ing' && tokens[i + 1]?.lower === 'by' && (word === 'reporting' || word === 'writing' || word === 'editing')) return true;
  const lemma = form === 's' && word.endsWith('s') ? word.slice(0, -1) : word;
  if (form !== 'base' && form !== 's' || !NOUN_VERBS.has(lemma)) return false;
  // "continued to call for", "vowed to report on": a base form after "to" is a verb
  if (form === 'base' && tokens[i - 1]?.lower === 'to') return false;
  const next = tokens[i + 1];
  // "..., The Wall Street Journal reports.": a name set off after what was said makes the word its verb
  if (form === 's' && next?.kind === 'punct' && nameAfterComma(tokens, i)) return false;
  if (!next || next.kind === 'punct' && !isOpenQuoteLike(next) || next.kind === 'word' && NOUN_FOLLOWERS.has(next.lower) || next.kind === 'word' && next.lower.endsWith('ed')) return true;
  // "a government plan", "a New York Times report": an indefinite phrase ends in the noun; not so a verb in -s
  // ("A Bloomberg poll shows that ...": "a" never goes with a plural)
  if (form === 's') return false;
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    const t = tokens[k];
    if (t.kind !== 'word') return false;
    if (t.lower === 'a' || t.lower === 'an') return true;
    if (!t.cap && !isRoleLike(t) && k < i - 1) return false;
  }
  return false;
}

/**
 * A short name or description right before token `i` ("Reuters", "the newspaper"), opened by a comma or by a
 * quotation that ends in one: the shape of a source after what it said.
 */
function nameAfterComma(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && k >= i - 4 && tokens[k].kind === 'word' && !tokens[k].quoted) k--;
  const first = tokens[k + 1];
  if (k === i - 1 || k < 0 || !(tokens[k].text === ',' || isCloseMark(tokens[k]) && tokens[k - 1]?.text === ',')) return false;
  return first.cap || (first.lower === 'the' && k + 1 < i - 1);
}

/** Words after "state" that show it is the verb: "they state that", "state their case". */
const NOT_AFTER_STATE_NOUN = new Set(['that', 'the', 'a', 'an', 'their', 'his', 'her', 'its', 'our', 'clearly', 'publicly', 'plainly', 'flatly', 'otherwise']);

/** Things that are named "called X" ("a group called Lashkar-e-Taiba"). */
const NAMED_THINGS = new Set(['group', 'groups', 'organization', 'organisation', 'company', 'firm', 'program', 'programme', 'project', 'initiative', 'bill', 'law', 'film', 'movie', 'documentary', 'book', 'show', 'app', 'website', 'site', 'town', 'village', 'street', 'operation', 'movement', 'network', 'fund', 'coalition', 'band', 'song', 'party', 'nonprofit', 'charity', 'startup', 'platform', 'channel', 'podcast', 'series']);

/** What is convened ("called an emergency meeting", "called a snap election"). */
const CONVENED = new Set(['meeting', 'session', 'conference', 'election', 'elections', 'vote', 'strike', 'halt', 'truce', 'ceasefire', 'recess', 'hearing', 'summit', 'referendum', 'timeout', 'time-out']);

function convenes(tokens: readonly Token[], i: number): boolean {
  const article = tokens[i + 1]?.lower;
  if (article !== 'a' && article !== 'an' && article !== 'the') return false;
  for (let k = i + 2; k <= i + 4 && k < tokens.length; k++) {
    if (tokens[k].kind !== 'word') return false;
    // "called the strike 'reckless'", "called the vote a sham": what follows names it, so it was said
    if (CONVENED.has(tokens[k].lower)) {
      const next = tokens[k + 1];
      return !next || !(next.quoted || isOpenQuoteLike(next) && next.text !== ':' || next.lower === 'a' || next.lower === 'an');
    }
  }
  return false;
}

const NOUNS_IN_ING = new Set(['ruling', 'finding', 'briefing', 'hearing', 'meeting']);

/** Documents that are released, issued or published ("a poll released Thursday"). */
const RELEASED_THINGS = new Set(['poll', 'survey', 'report', 'study', 'analysis', 'ruling', 'memo', 'statement', 'data', 'document', 'documents', 'video', 'footage', 'letter', 'records', 'transcript', 'plan', 'audit', 'review', 'budget', 'figures']);

/** A verb in -ed right after a document's noun and before "by" or a time ("a study released Tuesday"). */
function isReducedRelative(tokens: readonly Token[], i: number): boolean {
  const noun = tokens[i - 1];
  const next = tokens[i + 1];
  if (!noun || noun.kind !== 'word' || !RELEASED_THINGS.has(noun.lower) || !next || next.kind !== 'word') return false;
  return next.lower === 'by' || next.lower === 'in' || next.lower === 'on' || next.lower === 'last' || next.lower === 'earlier' || next.lower === 'this' || TIME_WORDS.has(next.lower);
}

/**
 * "a stream called Miracle Run", "Clinton called Alicia Machado on Friday": "called" and a name with nothing said
 * after it (no quotation, no "a liar") names or phones; "Trump called Machado 'Miss Piggy'" reports words.
 */
function namesSomething(tokens: readonly Token[], i: number): boolean {
  let k = i + 1;
  // "called Friday for": a day is no name
  if (!tokens[k] || tokens[k].kind !== 'word' || !tokens[k].cap || tokens[k].quoted || TIME_WORDS.has(tokens[k].lower)) return false;
  while (tokens[k] && tokens[k].kind === 'word' && (tokens[k].cap || tokens[k].abbreviation) && !tokens[k].quoted) k++;
  const after = tokens[k];
  if (after && after.kind === 'possessive') return false;
  if (!after || after.kind === 'punct') return !after || !(isOpenQuoteLike(after) || after.text === '‘' || after.text === "'");
  if (after.quoted) return false;
  return /^(on|in|at|to|from|after|before|during|last|this|yesterday|today|and|for|with|about|by)$/.test(after.lower);
}

function isOpenQuoteLike(t: Token): boolean {
  return t.text === '"' || t.text === '“' || t.text === '‘' || t.text === "''" || t.text === ':';
}

// compared, not looked up: punctuationCue asks at every mark, and a look-up hashes the mark's string
const DASHES = { has: (mark: string): boolean => mark === '—' || mark === '–' || mark === '―' || mark === '--' };

/** '"..." ― Ann Lee' (a dash that signs a quote) and 'Ann Lee: ...' (a speaker's colon, as in headlines). */
/** Labels set before a colon by the publisher, not by a speaker ("Correction:", "The Latest:", "Watch:", an
 * interview's "Q:" and "A:"). */
const LABELS = new Set(['q', 'a', 'correction', 'corrections', 'clarification', 'update', 'updated', 'latest', 'note', 'related', 'watch', 'listen', 'read', 'advertisement', 'editor', 'editors', 'disclosure', 'exclusive', 'analysis', 'opinion', 'breaking', 'live', 'video', 'photos']);

function punctuationCue(ctx: PhraseContext, i: number): CueShape | undefined {
  const { tokens } = ctx;
  const t = tokens[i];
  const before = tokens[i - 1];
  if (DASHES.has(t.text) && before && isCloseMark(before)) {
    const subject = phraseStartingAt(ctx, i + 1);
    if (subject && subject.kind === 'person') {
      const content = { start: ctx.text.lastIndexOf(before.text, before.start - 1) + 1, end: before.start };
      return { start: t.start, end: t.end, subject, content: content.start > 0 ? content : undefined, confidence: 0.75, subjectFromClause: false };
    }
  }
  if (t.text === ':' && i > ctx.sentenceFirst && i + 1 < ctx.sentenceLast) {
    const subject = phraseEndingAt(ctx, i - 1);
    // a person or an outlet only: "US: No Need to Celebrate" is a headline's topic, not a speaker, and so is a title
    // in capitals ("Veto Power Impedes Peace Efforts: ..."); "PolitiFact: ..." reports
    const speaker = subject && (subject.kind === 'person' && subject.name.split(' ').length <= 3 && !LABELS.has(subject.name.toLowerCase()) || subject.kind === 'outlet');
    if (subject && speaker && subject.firstToken === ctx.sentenceFirst) {
      return { start: t.start, end: t.end, subject, content: contentSpan(ctx, i + 1, ctx.sentenceLast), confidence: 0.7, subjectFromClause: false };
    }
  }
  return undefined;
}

/** "according to X, ..." and "..., according to X." */
/** "..., per the party's bylaws": "per" after a comma (not "per cent", "$5 per share") is "according to". */
function perCue(ctx: PhraseContext, i: number): CueShape | undefined {
  const { tokens } = ctx;
  const next = tokens[i + 1];
  if (!(i === ctx.sentenceFirst || tokens[i - 1].text === ',') || next?.kind !== 'word' || next.quoted || !(DETERMINERS.has(next.lower) || next.cap)) return undefined;
  return phraseCueWithSourceAfter(ctx, i, i + 1);
}

function phraseCueWithSourceAfter(ctx: PhraseContext, first: number, afterPhrase: number): CueShape | undefined {
  const { tokens } = ctx;
  let subject = phraseStartingAt(ctx, afterPhrase) ?? descriptionStartingAt(ctx, afterPhrase);
  // "according to the party's bylaws": the owner's thing is the source
  if (subject && tokens[subject.lastToken]?.kind === 'possessive') subject = descriptionStartingAt(ctx, afterPhrase) ?? subject;
  if (!subject) return undefined;
  // "according to her husband, Tran Van Minh,": the name set off after a description
  if (subject.kind !== 'person' && subject.kind !== 'pronoun') subject = nameSetOffAfter(ctx, subject) ?? subject;
  // "according to official figures", "an official translation": "official" before a noun in lower case is its
  // adjective, and the thing named the source
  if (subject.kind === 'anonymous' && subject.head === 'official' && isPlainNoun(tokens[subject.lastToken])) subject = extendedToNoun(ctx, subject);
  // "according to a report by the Metro Ledger", "a study from the institute": the author is the source
  if (subject.kind === 'anonymous' && subject.head && (DOCUMENT_NOUNS.has(subject.head) || subject.head === 'study' || subject.head === 'analysis') && (tokens[subject.lastToken]?.lower === 'by' || tokens[subject.lastToken]?.lower === 'from')) {
    const author = phraseStartingAt(ctx, subject.lastToken + 1);
    if (author && author.kind !== 'pronoun') subject = author;
  }
  const start = tokens[first].start;
  const end = tokens[afterPhrase - 1].end;
  let content: CueShape['content'];
  let after = subject.lastToken;
  // "as per a Yahoo! News story": the report noun goes with the source
  while (after < ctx.sentenceLast && tokens[after].kind === 'word' && !tokens[after].quoted && /^(story|report|article|piece|analysis|account|interview|broadcast)s?$/.test(tokens[after].lower)) after++;
  if (tokens[after]?.text === ',') after++;
  if (after < ctx.sentenceLast && !isSentenceEnd(tokens, after, ctx.sentenceLast)) content = contentSpan(ctx, after, ctx.sentenceLast);
  else content = contentSpan(ctx, ctx.sentenceFirst, trimCommaBack(tokens, first, ctx.sentenceFirst));
  return { start, end, subject, content, confidence: 1, subjectFromClause: false };
}

/** A word in lower case that may be a noun: none of the function words a phrase stops at. */
function isPlainNoun(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && !t.quoted && !t.cap && !FUNCTION_WORD_CUES.has(t.lower) && !CLAUSE_OPENING_PREPOSITIONS.has(t.lower) && !/(ed|ly)$/.test(t.lower);
}

/** The description run on to the noun right after it ("an official" + "translation"). */
function extendedToNoun(ctx: PhraseContext, phrase: NounPhrase): NounPhrase {
  const noun = ctx.tokens[phrase.lastToken];
  const end = noun.end;
  const text = ctx.text.slice(phrase.start, end);
  const plural = /[^s]s$/.test(noun.lower);
  return { ...phrase, end, text, name: text, head: noun.lower, lastToken: phrase.lastToken + 1, plural, gender: plural ? 'plural' : 'neuter' };
}

/** A verb cue, with its source before it ("X said"), after it ("said X") or in its clause ("X ..., claiming"). */
function verbLikeCue(ctx: PhraseContext, first: number, last: number, earlierCues: readonly LocalCue[], sentence: number, form?: string, lemma?: string): CueShape | undefined {
  const { tokens } = ctx;
  const start = tokens[first].start;
  const end = tokens[last].end;
  const before = tokens[first - 1];
  // passives and adjectives: "was told", "were mistakenly charged", "the reported attack"
  const auxiliary = pastAdverbsBefore(tokens, first, ctx.sentenceFirst);
  const beforeAdverbs = tokens[auxiliary];
  // (a number after "of" ends a phrase: "the mother of two said")
  if (beforeAdverbs && (form === 'ed' || form === 'en') && (BE_FORMS.has(beforeAdverbs.lower) || DETERMINERS.has(beforeAdverbs.lower) && !(SMALL_NUMBERS.has(beforeAdverbs.lower) && tokens[auxiliary - 1]?.lower === 'of'))) {
    return BE_FORMS.has(beforeAdverbs.lower) ? passiveWithAgent(ctx, auxiliary, first, last) : undefined;
  }
  // "a view echoed by everyone I interviewed", "the plan, criticized by the mayor,": a passive with no auxiliary
  // ("Trump responded by using ..." is active: a name before, and a means in -ing after "by")
  // ("she said by telephone": a pronoun before and a means after make it active too)
  const by = quotedAsEnd(tokens, last + 1, ctx.sentenceLast);
  if ((form === 'ed' || form === 'en') && tokens[by]?.lower === 'by' && !tokens[by + 1]?.lower.endsWith('ing') && !MEANS.has(tokens[by + 1]?.lower ?? '') && before && (before.text === ',' || before.kind === 'word' && !before.quoted && !before.cap && !AUXILIARIES.has(before.lower) && !BE_FORMS.has(before.lower) && !CLAUSE_SUBJECT_PRONOUNS.has(before.lower))) {
    const passive = passiveWithAgent(ctx, ctx.sentenceFirst, first, last);
    if (passive) return passive;
  }
  // "a recount", "a leading advocate", "his latest remarks": a noun after an article and its modifiers
  if ((form === 'base' || form === 's') && before && isNounAfterModifiers(tokens, first, form)) return undefined;
  if (before?.lower === 'to' && form === 'base') {
    // "continued to insist", "went on to say", "appeared to suggest": the verb before "to" carries the subject
    const carrier = catenativeBefore(tokens, first - 1, ctx.sentenceFirst);
    if (carrier < 0) return undefined;
    const carried = verbLikeCue(ctx, carrier, last, earlierCues, sentence, formOfCarrier(tokens[carrier].lower), lemma);
    return carried && { ...carried, start: tokens[carrier].start };
  }

  // the source before the verb, past adverbs and auxiliaries
  let k = first - 1;
  for (let moved = true; moved; ) {
    moved = false;
    while (k >= ctx.sentenceFirst && !tokens[k].quoted && (tokens[k].kind === 'word' && (BETWEEN_SOURCE_AND_VERB.has(tokens[k].lower) || isAdverbInLy(tokens[k])) || isContractedIs(tokens, k))) {
      k--;
      moved = true;
    }
    // "Some Democrats, however, question": a parenthetical adverb between commas
    const aside = parentheticalEndingAt(ctx, k);
    if (aside < k) {
      k = aside;
      moved = true;
    }
    // "Trump on Wednesday said", "prosecutors in April charged", "Ann Lee, 59, said"
    const time = timePhraseEndingAt(ctx, k);
    if (time < k) {
      k = time;
      moved = true;
    }
  }
  // "Ann Lee spoke in Tulsa, Oklahoma, arguing that ...": a participle after a comma goes with its clause's subject;
  // "Claiming the criticism was unfair, Trump said ...": one opening the sentence, with the main clause's
  const participle = form === 'ing' && before?.text === ',' ? participleSubject(ctx, first, earlierCues, sentence, start) :
    form === 'ing' && first === ctx.sentenceFirst ? mainClauseSubject(ctx, first) : undefined;
  if (participle) return { start, end, subject: participle, content: contentAfter(ctx, last + 1), confidence: 0.8, subjectFromClause: true };
  let subject = (k >= ctx.sentenceFirst ? subjectEndingAt(ctx, k) : undefined) ?? subjectBeforeApposition(ctx, first, lemma);
  // "An official who asked not to be named said", "Voters who backed Ruiz said": a finite verb after a "who" clause
  // has the clause's antecedent for its subject, unless the clause's own subject stands right after "who" ("the man
  // who Lee said was there")
  if (k >= ctx.sentenceFirst && (form === 'ed' || form === 's')) subject = antecedentOfRelativeEndingAt(ctx, k, subject) ?? subject;
  // "the council issued a statement calling the test a violation": a document someone issued says what they say
  if (subject && form === 'ing' && (subject.kind === 'anonymous' || subject.kind === 'outlet-description') && subject.head && DOCUMENT_NOUNS.has(subject.head) && subject.firstToken > ctx.sentenceFirst && tokens[subject.firstToken - 1].kind === 'word') {
    subject = issuerOf(ctx, subject.firstToken - 1) ?? clauseSubject(ctx, subject.firstToken) ?? subject;
  }
  // "Protesters marching through the streets chanted", "at a news conference announcing": the object of a
  // preposition is no subject; the clause's subject is
  // "Experts on the river and its dams said": a plain description after "and" may be the end of one too
  const beforeSubject = subject ? tokens[subject.firstToken - 1]?.lower ?? '' : '';
  if (subject && subject.kind !== 'pronoun' && (OBJECT_PREPOSITIONS.has(beforeSubject) || beforeSubject === 'and' && subject.kind === 'anonymous' && form !== 'ing')) {
    subject = (form === 'ing' ? participleSubject(ctx, first, earlierCues, sentence, start) : clauseOpeningEndingAt(ctx, k) ?? clauseSubject(ctx, first)) ?? subject;
  }
  if (subject) {
    if (subject.kind === 'pronoun' && !subject.antecedent) subject.antecedent = sentenceOpeningPerson(ctx, subject);
    const content = contentAfter(ctx, lemma === 'tell' ? afterListener(ctx, last + 1) : last + 1) ?? contentBefore(ctx, subject.firstToken);
    return { start, end, subject, content, confidence: 1, subjectFromClause: false };
  }

  // inverted: '"...," said regional governor Valentyn Reznichenko.'
  // (a finite form: "Claiming the criticism was unfair, Trump said" puts no source after a participle)
  // ("..., told Reuters that": after "told" and "asked" comes the listener, never the speaker)
  // ('"Who is this for?" asked Ana Ruiz': right after a quotation, the one who asks)
  const afterQuote = before !== undefined && (before.quoted || isCloseMark(before));
  const inverting = lemma !== undefined && INVERTING.has(lemma) && form !== 'ing' && lemma !== 'tell' && (lemma !== 'ask' || afterQuote);
  if (inverting && (before === undefined || first === ctx.sentenceFirst || before.text === ',' || before.quoted || isCloseMark(before))) {
    // '"...," said the ruling.': a description when no name follows
    const described = phraseStartingAt(ctx, last + 1) ?? (DESCRIPTION_OPENERS.has(tokens[last + 1]?.lower ?? '') ? descriptionStartingAt(ctx, last + 1) : undefined);
    const after = (described && (described.kind === 'anonymous' || described.kind === 'role') ? nameSetOffAfter(ctx, described) ?? nameIdentifiedAfter(ctx, described) : undefined) ?? described ?? nameAfterPlainRole(ctx, last + 1);
    // the source of an inverted cue ends its clause: "said Ann Lee." / "said Ann Lee, who ..." — in "said he would
    // go", "he" is the subject of what was said
    const next = after ? tokens[after.lastToken] : undefined;
    // a name set off by a comma ends it too, however long the apposition after it ("said Ann Lee, a fellow at ...
    // who ran the agency, an institution whose ...")
    const bare = after && after.kind === 'person' ? phraseStartingAt(ctx, last + 1, false) : undefined;
    const endsClause = !next || next.kind === 'punct' || after!.lastToken >= ctx.sentenceLast || AFTER_VERB_FILLER.has(next.lower) || /^(in|for|of|at|on|during|after|before|to|who|which)$/.test(next.lower) ||
      (bare !== undefined && tokens[bare.lastToken]?.text === ',');
    if (after && endsClause) {
      const content = contentBefore(ctx, first) ?? contentAfter(ctx, after.lastToken);
      return { start, end, subject: after, content, confidence: 0.95, subjectFromClause: false };
    }
  }

  // "faulted Ann Lee for saying": the person faulted said it
  if (form === 'ing' && before?.lower === 'for') {
    const faulted = phraseEndingAt(ctx, first - 2);
    if (faulted && faulted.kind === 'person') return { start, end, subject: faulted, content: contentAfter(ctx, last + 1), confidence: 0.7, subjectFromClause: false };
  }
  // participles in a clause ("... by claiming that", "..., adding that") and a second verb
  // ("X spoke and said", "X spoke but has said")
  const link = form === 'ing' ? before : tokens[k];
  if (link && (form === 'ing' ? CLAUSE_LINKS.has(link.lower) : link.lower === 'and' || link.lower === 'but')) {
    // "demonstrators, who have marched and called for ...": the relative pronoun is the second verb's subject too
    const subjectOfClause = (form === 'ing' ? undefined : relativeBefore(ctx, k)) ?? participleSubject(ctx, first, earlierCues, sentence, start);
    if (subjectOfClause) {
      const content = contentAfter(ctx, last + 1);
      return { start, end, subject: subjectOfClause, content, confidence: 0.8, subjectFromClause: true };
    }
  }
  // "Experts on the region said", "Those close to him say": a finite verb of saying after a clause opening no
  // lexicon names; the whole opening is the source
  if ((form === 's' || form === 'ed' || form === 'base') && lemma !== undefined && (PLAIN_SAYING.has(lemma) || tokens[last + 1]?.lower === 'that' && opensClause(tokens[last + 2], tokens[last + 3])) && k >= ctx.sentenceFirst) {
    const opening = clauseOpeningEndingAt(ctx, k);
    if (opening) {
      const content = contentAfter(ctx, lemma === 'tell' ? afterListener(ctx, last + 1) : last + 1) ?? contentBefore(ctx, opening.firstToken);
      return { start, end, subject: opening, content, confidence: 0.7, subjectFromClause: false };
    }
  }
  return undefined;
}

/** What "by" may name after a verb besides an agent: the means ("said by telephone"). */
const MEANS = new Set(['phone', 'telephone', 'email', 'e-mail', 'text', 'video', 'videolink', 'satellite', 'letter', 'radio', 'mail', 'messenger', 'fax']);

const CLAUSE_OPENING_PREPOSITIONS = new Set(['in', 'on', 'at', 'by', 'for', 'from', 'with', 'after', 'before', 'during', 'over', 'under', 'through', 'into', 'about', 'of', 'to', 'since', 'until', 'despite', 'among', 'without', 'within', 'across', 'against', 'amid']);

/** Words after a noun of people that say where they stand ("a strategist close to", "officials familiar with"). */
const PEOPLE_QUALIFIERS = new Set(['near', 'close', 'familiar', 'briefed', 'involved', 'based', 'working']);

/** Verbs of saying and showing whose subject is a source whatever words make it ("Instant polls showed"). */
const PLAIN_SAYING = new Set(['say', 'tell', 'show', 'find', 'suggest', 'indicate', 'reveal', 'argue', 'claim', 'note', 'announce']);

/** Words that end a clause's opening when read backwards from its verb: another clause stands before them. */
const CLAUSE_BOUNDARIES = new Set(
  ('that which because if when while although though since as where whether but so than is was are were has have had will would can ' +
    'could should may might must do does did be been being said says say told tells or let').split(' '),
);

/**
 * The clause's opening that ends at token `k`, right before its verb: back to the sentence's start, a comma, or a
 * word that ends another clause; past an apposition set off by commas ("Officials at the agency, a division of the
 * department, said"). At most a dozen words.
 */
function clauseOpeningEndingAt(ctx: PhraseContext, k: number): NounPhrase | undefined {
  const { tokens } = ctx;
  let last = k;
  if (tokens[last].text === ',') {
    if (last - 1 <= ctx.sentenceFirst) return undefined;
    let open = last - 1;
    while (open > ctx.sentenceFirst && open > last - 25 && tokens[open].text !== ',' && !tokens[open].quoted) open--;
    const opener = tokens[open + 1];
    // "A strategist close to the campaign, who spoke on condition of anonymity, said": a relative clause too
    if (tokens[open].text !== ',' || !(DESCRIPTION_OPENERS.has(opener.lower) || opener.lower === 'who' || opener.lower.endsWith('ing') || /^\d/.test(opener.text))) return undefined;
    last = open - 1;
  }
  let first = last + 1;
  while (first - 1 >= ctx.sentenceFirst && last - first < 11) {
    const t = tokens[first - 1];
    if (t.quoted || t.kind === 'punct' && t.text !== '-' && t.text !== '(' && t.text !== ')') break;
    if (t.kind === 'word' && CLAUSE_BOUNDARIES.has(t.lower)) break;
    first--;
  }
  while (first <= last && SENTENCE_ADVERBS.has(tokens[first].lower)) first++;
  if (first > last || last - first >= 11 || tokens[last].kind !== 'word' || tokens[first].kind !== 'word') return undefined;
  // "In a Facebook message posted Friday": a phrase after a preposition is no subject
  if (CLAUSE_OPENING_PREPOSITIONS.has(tokens[first].lower)) return undefined;
  // "Dan Lee at the Daily Star agreed": a person named with where they work is that person
  const named = phraseStartingAt(ctx, first);
  if (named?.kind === 'person' && named.name.includes(' ') && named.lastToken <= last && CLAUSE_OPENING_PREPOSITIONS.has(tokens[named.lastToken]?.lower ?? '')) return named;
  // "A diplomat in Brussels said", "Farmers near Port Sudan said": people and where they are, not the place
  for (let h = first; h < last; h++) {
    const t = tokens[h];
    const people = isPeopleNoun(t.lower) || (h === first || !t.cap) && /[^s]s$/.test(t.lower);
    if (t.kind !== 'word' || !people || !CLAUSE_OPENING_PREPOSITIONS.has(tokens[h + 1].lower) && !PEOPLE_QUALIFIERS.has(tokens[h + 1].lower)) continue;
    const place = classifyDescription(ctx, first, last + 1);
    if (!place || place.kind === 'anonymous') return place;
    const plural = /[^s]s$/.test(t.lower) || t.lower === 'people';
    const text = ctx.text.slice(tokens[first].start, tokens[last].end);
    // the place is where they are, not who: the name stops before it ("A Western diplomat", in Sarnavo)
    const placed = LOCATION_PREPOSITIONS.has(tokens[h + 1].lower) && tokens[h + 2]?.cap === true;
    const name = placed ? ctx.text.slice(tokens[first].start, t.end) : text;
    const descriptor = placed ? ctx.text.slice(tokens[h + 1].start, tokens[last].end) : undefined;
    return { ...place, kind: 'anonymous', head: t.lower, plural, gender: plural ? 'plural' : 'unknown', descriptor, start: tokens[first].start, text, name, end: tokens[last].end, firstToken: first, lastToken: last + 1 };
  }
  return classifyDescription(ctx, first, last + 1);
}

/**
 * "The issue was first reported by The Washington Post", "is supported by far fewer papers": a passive names its
 * source after "by"; what was reported is the clause's subject.
 */
function passiveWithAgent(ctx: PhraseContext, auxiliary: number, first: number, last: number): CueShape | undefined {
  const { tokens } = ctx;
  const by = quotedAsEnd(tokens, last + 1, ctx.sentenceLast);
  if (tokens[by]?.lower !== 'by' || tokens[by].quoted) return undefined;
  const agent = phraseStartingAt(ctx, by + 1) ?? descriptionStartingAt(ctx, by + 1);
  if (!agent || agent.kind === 'pronoun') return undefined;
  // "It has been praised as "the debut of the decade" by one critic": what was said is the quotation
  const content = by > last + 1 ? contentSpan(ctx, last + 2, by) : auxiliary > ctx.sentenceFirst ? contentSpan(ctx, ctx.sentenceFirst, auxiliary) : undefined;
  return { start: tokens[first].start, end: tokens[last].end, subject: agent, content, confidence: 0.8, subjectFromClause: false };
}

/** Past `as "..."` at token `i` (a quotation that names what a passive verb called something), else `i`. */
function quotedAsEnd(tokens: readonly Token[], i: number, limit: number): number {
  const open = tokens[i + 1];
  if (tokens[i]?.lower !== 'as' || tokens[i].quoted || !open || !isOpenQuoteLike(open)) return i;
  let k = i + 2;
  while (k < limit && tokens[k].quoted) k++;
  return k < limit && isCloseMark(tokens[k]) ? k + 1 : i;
}

/**
 * '"...," said widow Ann Lee', 'said 9/11 widow Ann Lee', 'said longtime resident Ann Lee': a role in plain words
 * (no title of the lexicon) before a person's name: a known first name or two capitalised words.
 */
function nameAfterPlainRole(ctx: PhraseContext, first: number): NounPhrase | undefined {
  const { tokens } = ctx;
  for (let k = first; k < first + 5 && k < ctx.sentenceLast; k++) {
    const t = tokens[k];
    if (t.quoted) return undefined;
    if (t.kind === 'word' && t.cap) {
      const next = tokens[k + 1];
      if (k === first || !(genderOfFirstName(t.text) || next?.kind === 'word' && next.cap && !next.quoted)) return undefined;
      const name = phraseStartingAt(ctx, k);
      if (!name || name.kind !== 'person') return undefined;
      name.descriptor ??= ctx.text.slice(tokens[first].start, tokens[k - 1].end);
      return name;
    }
    const plainWord = t.kind === 'word' && !NON_HEADS.has(t.lower) && !TIME_WORDS.has(t.lower) && !LISTENER_PRONOUNS.has(t.lower);
    const partOfNumber = /^\d/.test(t.text) || t.text === '/' || t.text === '-';
    if (!plainWord && !partOfNumber) return undefined;
  }
  return undefined;
}

/**
 * "Rep. Ann Lee (R-Ohio), an oversight panel member, said", "Bo Chen, 59, of Ashton, who watched ..., said", "Kall --
 * co-editor of ... -- said": a speech verb right after a comma or a dash whose clause opens with a name and an
 * apposition; the name is the source, however long the apposition.
 */
function subjectBeforeApposition(ctx: PhraseContext, verb: number, lemma: string | undefined): NounPhrase | undefined {
  const before = ctx.tokens[verb - 1];
  if (!lemma || !INVERTING.has(lemma) || !before || !(before.text === ',' || DASHES.has(before.text))) return undefined;
  return nameSetOffBefore(ctx, verb);
}

/**
 * The phrase that opens the sentence ("Even China, Pyongyang's only ally, ...": past a sentence adverb) when an
 * apposition sets it off and nothing between it and token `verb` ends the clause.
 */
function nameSetOffBefore(ctx: PhraseContext, verb: number): NounPhrase | undefined {
  const { tokens } = ctx;
  let first = afterSentenceAdverbs(ctx, verb);
  // '"...," Rep. Ann Lee (R-Ohio), a panel member, said': the clause opens after the quotation
  for (let i = verb - 1; i > first; i--) {
    if (tokens[i].quoted || isCloseMark(tokens[i])) {
      first = i + 1;
      break;
    }
  }
  if (tokens[first]?.text === ',') first++;
  const subject = first < verb ? phraseStartingAt(ctx, first, false) : undefined;
  if (!subject || subject.kind === 'pronoun' || subject.kind === 'role' && !subject.definite || isShouted(subject)) return undefined;
  const opener = tokens[subject.lastToken];
  if (!opener || !(opener.text === ',' || opener.text === '(' || DASHES.has(opener.text))) return undefined;
  for (let i = subject.lastToken; i < verb; i++) if (tokens[i].quoted || tokens[i].text === ';' || tokens[i].text === ':' || isCloseMark(tokens[i])) return undefined;
  return subject;
}

/** The first token of the sentence past its opening adverbs ("Even", "But", "Meanwhile"), before `limit`. */
function afterSentenceAdverbs(ctx: PhraseContext, limit: number): number {
  let first = ctx.sentenceFirst;
  while (first < limit && SENTENCE_ADVERBS.has(ctx.tokens[first].lower)) first++;
  return first;
}

const OBJECT_PREPOSITIONS = new Set(['in', 'on', 'at', 'through', 'into', 'onto', 'across', 'around', 'during', 'among', 'near', 'over', 'under', 'out', 'with', 'to', 'about', 'from', 'against', 'within']);

/** A sentence set in title case, as headlines are: most of its words capitalised. */
function isTitleCase(ctx: PhraseContext): boolean {
  let words = 0;
  let capitalised = 0;
  for (let i = ctx.sentenceFirst; i < ctx.sentenceLast; i++) {
    const t = ctx.tokens[i];
    if (t.kind !== 'word' || t.quoted) continue;
    words++;
    if (t.cap) capitalised++;
  }
  return words >= 3 && capitalised >= words * 0.7;
}

const LISTENER_PRONOUNS = new Set(['me', 'us', 'him', 'her', 'them', 'you', 'reporters', 'journalists']);

/**
 * '"...," said her brother, Francis Doherty.': the name set off after a description that follows an inverted verb is
 * the source, the description its descriptor.
 */
function nameSetOffAfter(ctx: PhraseContext, description: NounPhrase): NounPhrase | undefined {
  const { tokens } = ctx;
  const comma = description.lastToken;
  if (tokens[comma]?.text !== ',' || description.plural) return undefined;
  const named = phraseStartingAt(ctx, comma + 1, false);
  if (!named || named.kind !== 'person') return undefined;
  const next = tokens[named.lastToken];
  if (next && !(next.kind === 'punct' && (next.text === ',' || TERMINAL.has(next.text))) && named.lastToken < ctx.sentenceLast) return undefined;
  named.descriptor ??= description.text;
  if (named.gender === 'unknown') named.gender = genderOfWords(tokens, description.firstToken, comma);
  return named;
}

const REFLEXIVES = new Set(['herself', 'himself', 'themselves', 'themself']);

/**
 * '"...," said the woman, who later identified herself as Linda Paquette, a retired teacher.', 'said a shopkeeper who
 * gave only his first name, Mirza.': the name a person described gave is the source. (The phrase stays the
 * description's, so the clause ends where it did.)
 */
function nameIdentifiedAfter(ctx: PhraseContext, description: NounPhrase): NounPhrase | undefined {
  const { tokens } = ctx;
  let i = description.lastToken;
  if (tokens[i]?.text === ',') i++;
  // "a shopkeeper in Durrak who gave ...": where the person is may come first
  if (PLACE_PREPOSITIONS.has(tokens[i]?.lower ?? '')) {
    i++;
    while (i < description.lastToken + 6 && isNameCased(tokens[i])) i++;
  }
  if (tokens[i]?.lower !== 'who') return undefined;
  const naming = namingClause(ctx, i + 1);
  if (!naming) return undefined;
  const named = phraseStartingAt(ctx, naming.name, false);
  if (!named || named.kind !== 'person') return undefined;
  named.descriptor ??= description.text;
  if (named.gender === 'unknown') named.gender = naming.gender;
  return named;
}

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'near', 'outside']);

/** Prepositions that tell where people are ("a diplomat in Brussels", "farmers near Port Sudan"). */
const LOCATION_PREPOSITIONS = new Set(['in', 'near', 'outside']);

/**
 * 'A neighbour who gave only her first name, Rita, said': the name such a clause gives, set off before the verb at
 * the comma `comma`, is the source, the words before "who" its description.
 */
function nameGivenBefore(ctx: PhraseContext, comma: number): NounPhrase | undefined {
  const { tokens } = ctx;
  for (let who = comma - 3; who > ctx.sentenceFirst && who > comma - 12; who--) {
    if (tokens[who].kind !== 'word') return undefined;
    if (tokens[who].lower !== 'who') continue;
    const naming = namingClause(ctx, who + 1);
    const named = naming && phraseStartingAt(ctx, naming.name, false);
    if (!naming || !named || named.kind !== 'person' || named.lastToken !== comma) return undefined;
    named.descriptor ??= ctx.text.slice(tokens[ctx.sentenceFirst].start, tokens[who - 1].end);
    if (named.gender === 'unknown') named.gender = naming.gender;
    return named;
  }
  return undefined;
}

const NAMING_POSSESSIVES: ReadonlyMap<string, Gender> = new Map([['herself', 'female'], ['her', 'female'], ['himself', 'male'], ['his', 'male'], ['themselves', 'unknown'], ['their', 'unknown']]);

/**
 * A clause from token `i` (right after "who") that gives a name: "later identified herself as", "gave only his first
 * name,", "gave her name as", "uses the name": the name's first token and the gender the clause tells.
 */
function namingClause(ctx: PhraseContext, i: number): { name: number; gender: Gender } | undefined {
  const { tokens } = ctx;
  const limit = Math.min(ctx.sentenceLast, i + 4);
  while (i < limit && tokens[i].kind === 'word' && !NAMING_VERBS.has(tokens[i].lower)) i++;
  const verb = tokens[i]?.lower;
  if (verb === undefined || !NAMING_VERBS.has(verb)) return undefined;
  i++;
  if (tokens[i]?.lower === 'only') i++;
  const gender = NAMING_POSSESSIVES.get(tokens[i]?.lower ?? '') ?? 'unknown';
  if (verb === 'identified') {
    if (!REFLEXIVES.has(tokens[i]?.lower ?? '')) return undefined;
    i++;
    if (tokens[i]?.lower === 'only') i++;
  } else {
    // "gave his first name", "uses the name", "goes by the name", "gave only her first name"
    if (tokens[i]?.lower === 'by') i++;
    if (NAMING_POSSESSIVES.has(tokens[i]?.lower ?? '') || tokens[i]?.lower === 'the') i++;
    if (tokens[i]?.lower === 'first' || tokens[i]?.lower === 'last') i++;
    if (tokens[i]?.lower !== 'name') return undefined;
    i++;
    if (tokens[i]?.text === ',') i++;
  }
  if (tokens[i]?.lower === 'as') i++;
  return isNameCased(tokens[i]) ? { name: i, gender } : undefined;
}

/** Verbs of a clause that gives a person's name. */
const NAMING_VERBS = new Set(['identified', 'gave', 'give', 'gives', 'uses', 'used', 'use', 'goes', 'went']);

/** "told The Huffington Post on Thursday", "told reporters that": what was told comes after the listener. */
function afterListener(ctx: PhraseContext, first: number): number {
  const t = ctx.tokens[first];
  if (!t || t.kind !== 'word' || t.quoted) return first;
  if (LISTENER_PRONOUNS.has(t.lower)) return first + 1;
  const listener = phraseStartingAt(ctx, first, false);
  if (!listener || listener.kind === 'pronoun') return plainListenerEnd(ctx, first);
  // "told MSNBC’s “Morning Joe”": the program is part of the listener
  let after = listener.lastToken;
  const { tokens } = ctx;
  if (tokens[after]?.kind === 'possessive' && tokens[after + 1] && !tokens[after + 1].quoted && tokens[after + 2]?.quoted) {
    after += 2;
    while (after < ctx.sentenceLast && (tokens[after].quoted || isCloseMark(tokens[after]))) after++;
  }
  return after;
}

/**
 * "House Speaker Paul Ryan, R-Wis., despite ..., and he does believe": a "he" or "she" later in a sentence that opens
 * with a person of that gender is that person, whoever spoke before.
 */
function sentenceOpeningPerson(ctx: PhraseContext, pronoun: NounPhrase): NounPhrase | undefined {
  if (pronoun.gender !== 'male' && pronoun.gender !== 'female') return undefined;
  const first = afterSentenceAdverbs(ctx, pronoun.firstToken);
  const opener = first < pronoun.firstToken ? phraseStartingAt(ctx, first, false) : undefined;
  if (!opener || opener.kind !== 'person' || opener.lastToken > pronoun.firstToken || opener.gender !== pronoun.gender) return undefined;
  return opener;
}

const SENTENCE_ADVERBS = new Set(['even', 'and', 'but', 'so', 'yet', 'still', 'also', 'meanwhile', 'now', 'then', 'instead', 'indeed', 'however', 'later', 'separately']);

/** A relative pronoun opening the clause that runs to token `k` with no comma between ("who have marched and"). */
function relativeBefore(ctx: PhraseContext, k: number): NounPhrase | undefined {
  const { tokens } = ctx;
  for (let j = k - 1; j >= ctx.sentenceFirst && j > k - 12; j--) {
    const t = tokens[j];
    if (t.quoted || t.kind === 'punct') return undefined;
    if (t.lower === 'who') return phraseEndingAt(ctx, j);
  }
  return undefined;
}

/**
 * The phrase a "who" clause that runs to token `k` goes with ("a senior official who was not authorized to speak
 * publicly"): a person, an unnamed one or a role; the clause holds no punctuation, quotation or second "who".
 */
function antecedentOfRelativeEndingAt(ctx: PhraseContext, k: number, subject: NounPhrase | undefined): NounPhrase | undefined {
  const { tokens } = ctx;
  // (an apposition that holds the clause is read as one: "Ann Lee, a historian who was there, recalled")
  if (tokens[k].kind !== 'word') return undefined;
  for (let j = k - 1; j > ctx.sentenceFirst && j > k - 15; j--) {
    const t = tokens[j];
    if (t.quoted || t.kind === 'punct' && t.text !== '-') return undefined;
    if (t.lower !== 'who') continue;
    // (a subject that holds the clause already, "sources who reviewed them", is kept)
    if (subject !== undefined && (subject.firstToken === j + 1 || subject.firstToken < j)) return undefined;
    const antecedent = phraseEndingAt(ctx, j - 1);
    return antecedent && (antecedent.kind === 'person' || antecedent.kind === 'anonymous' || antecedent.kind === 'role') ? antecedent : undefined;
  }
  return undefined;
}

/** The source of the sentence's cue before this one ('"...," he said, adding that'), else the clause's subject. */
function participleSubject(ctx: PhraseContext, first: number, earlierCues: readonly LocalCue[], sentence: number, start: number): NounPhrase | undefined {
  // the previous cue of the main clause: in "Lee said they want X but pledged Y" the one who pledged is Lee, not a
  // cue inside what a finite verb before it reports (in "In a statement announcing the pick, the union called ...",
  // the participle's object is all it reports)
  const reported = (c: LocalCue) =>
    earlierCues.some((o) => o !== c && o.sentence === sentence && o.subject !== undefined && o.subject.end <= o.start && o.content !== undefined &&
      o.content.start <= c.subject!.start && o.content.end >= c.end && !ctx.text.endsWith('ing', o.end));
  const previous = earlierCues.findLast((c) => c.sentence === sentence && c.subject && c.end <= start && !reported(c));
  return previous?.subject ?? clauseSubject(ctx, first) ?? mainClauseSubject(ctx, first) ?? nameBeforeApposition(ctx, first);
}

/** "CONGRESS HAS INVESTIGATED HIM — ...": words in capitals open a section; they name no one. */
function isShouted(phrase: NounPhrase): boolean {
  return phrase.text.includes(' ') && phrase.text === phrase.text.toUpperCase();
}

/** "Dean, a medical doctor, then appeared ... and began by saying": the name that opens the sentence, apposition and all. */
function nameBeforeApposition(ctx: PhraseContext, verb: number): NounPhrase | undefined {
  const name = nameSetOffBefore(ctx, verb);
  return name && (name.kind === 'person' || name.kind === 'organization') ? name : undefined;
}

/** "After saying her foot was swollen, she was ...": a participle opening the sentence goes with the main clause. */
function mainClauseSubject(ctx: PhraseContext, participle: number): NounPhrase | undefined {
  const { tokens } = ctx;
  if (participle - ctx.sentenceFirst > 1) return undefined;
  for (let i = participle + 1; i < ctx.sentenceLast && i < participle + 40; i++) {
    const t = tokens[i];
    if (t.text !== ',') continue;
    // the comma of a quote that ends the participle's clause stands inside the marks: ', “... on,” she was'
    const after = t.quoted && tokens[i + 1] && isCloseMark(tokens[i + 1]) ? i + 2 : t.quoted ? -1 : i + 1;
    if (after < 0) continue;
    const subject = phraseStartingAt(ctx, after);
    return subject && (subject.kind === 'pronoun' || subject.kind === 'person' || subject.kind === 'organization') ? subject : undefined;
  }
  return undefined;
}

/**
 * The source whose phrase ends at token `k`: a name with its titles, a name followed by a party tag ("Sen. Ann Lee
 * (D-Mo.)"), a name followed by an apposition ("Ann Lee, an economist at the institute, said"), or a plain
 * description ("the announcer").
 */
function subjectEndingAt(ctx: PhraseContext, k: number): NounPhrase | undefined {
  const { tokens } = ctx;
  // a parenthesis right before the verb: "(R-S.C.)"
  if (tokens[k]?.text === ')') {
    let open = k - 1;
    while (open > ctx.sentenceFirst && open > k - 10 && tokens[open].text !== '(') open--;
    if (tokens[open]?.text === '(' && open - 1 >= ctx.sentenceFirst) {
      const named = phraseEndingAt(ctx, open - 1);
      if (named) named.lastToken = k + 1;
      return named;
    }
    return undefined;
  }
  if (tokens[k]?.text === ',') return nameGivenBefore(ctx, k) ?? appositionEndingAt(ctx, k);
  const phrase = phraseEndingAt(ctx, k) ?? descriptionEndingAt(ctx, k);
  return phrase && (spokespersonFor(ctx, phrase) ?? officeOwning(ctx, phrase) ?? phrase);
}

/**
 * "The U.N. Office for the Coordination of Humanitarian Affairs estimated": a name after "for the" or "of the" and
 * an organisation's capitalised head is the end of the organisation's name, not a person.
 */
function officeOwning(ctx: PhraseContext, phrase: NounPhrase): NounPhrase | undefined {
  const { tokens, text } = ctx;
  // (the token where the phrase's text starts: a phrase's first token may be its determiner's)
  let at = Math.min(phrase.lastToken, tokens.length) - 1;
  while (at > 0 && tokens[at].start > phrase.start) at--;
  if (tokens[at - 1]?.lower !== 'the' || !(tokens[at - 2]?.lower === 'for' || tokens[at - 2]?.lower === 'of')) return undefined;
  const head = tokens[at - 3];
  if (!head || head.kind !== 'word' || !head.cap || head.quoted || !ORGANIZATION_HEADS.has(head.lower)) return undefined;
  let first = at - 3;
  while (first - 1 >= ctx.sentenceFirst && tokens[first - 1].kind === 'word' && !tokens[first - 1].quoted && (tokens[first - 1].cap || tokens[first - 1].abbreviation) && tokens[first - 1].lower !== 'the') first--;
  const start = tokens[first].start;
  const name = text.slice(start, phrase.end);
  return { ...phrase, kind: 'organization', start, text: name, name, firstToken: first, head: head.lower, gender: 'neuter', definite: true, plural: false, descriptor: undefined };
}

/** "A spokesman for UK Power Networks", "a lawyer for the family": the person, unnamed, who speaks for them. */
function spokespersonFor(ctx: PhraseContext, owner: NounPhrase): NounPhrase | undefined {
  const { tokens, text } = ctx;
  const linker = tokens[owner.firstToken - 1];
  if (!linker || !(linker.lower === 'for' || linker.lower === 'of' || linker.lower === 'at' || linker.lower === 'with') || owner.kind === 'pronoun') return undefined;
  const head = tokens[owner.firstToken - 2];
  if (!head || head.kind !== 'word' || head.quoted || !(ANONYMOUS_HEADS.has(head.lower) || TITLES.has(head.lower))) return undefined;
  let first = owner.firstToken - 2;
  while (first - 1 >= ctx.sentenceFirst && first > owner.firstToken - 5 && tokens[first - 1].kind === 'word' && !tokens[first - 1].quoted && (DESCRIPTION_OPENERS.has(tokens[first - 1].lower) || isRoleLike(tokens[first - 1]))) {
    first--;
    if (DESCRIPTION_OPENERS.has(tokens[first].lower)) break;
  }
  const start = tokens[first].start;
  const end = tokens[owner.lastToken - 1].end;
  const plural = head.lower.endsWith('s') && !head.lower.endsWith('ss');
  return {
    kind: 'anonymous',
    start,
    end,
    text: text.slice(start, end),
    firstToken: first,
    lastToken: owner.lastToken,
    name: text.slice(start, end),
    gender: plural ? 'plural' : 'unknown',
    head: head.lower,
    definite: !INDEFINITE_OPENERS.has(tokens[first].lower),
    plural,
  };
}

/** Words an apposition may open with: "an economist", "director of", "59, of Ashton", "who heads". */
const APPOSITION_OPENERS = new Set(['who', 'which', 'whose', 'of', 'from', 'at', 'then', 'now', 'also']);

/** "Ann Lee, the regional governor, said": walks back over up to four commas to the name before the apposition. */
function appositionEndingAt(ctx: PhraseContext, comma: number): NounPhrase | undefined {
  const { tokens } = ctx;
  let commas = 0;
  for (let c = comma - 1; c > ctx.sentenceFirst && comma - c <= 50 && commas < 4; c--) {
    const t = tokens[c];
    // a period ends the search, but for the one of a party tag ("Mitch McConnell, R-Ky., said")
    const tagPeriod = t.text === '.' && /^[RDI]-/.test(tokens[c - 1]?.text ?? '');
    if (t.quoted || t.kind === 'punct' && (t.text === '.' && !tagPeriod || t.text === ';' || t.text === ':' || isCloseMark(t))) return undefined;
    if (t.text !== ',') continue;
    commas++;
    const opener = tokens[c + 1];
    if (!opener || opener.kind !== 'word') continue;
    // "The minister, Mr. Chen, said": an honorific opens a name, not a role
    const honored = HONORIFICS.has(opener.lower);
    // "Its president, Sgt. Ann Lee, said": a title may open the name that is the apposition
    const titled = isRoleLike(opener) && !honored && !DETERMINERS.has(opener.lower) && isNameCased(tokens[c + 2]);
    const opensApposition = DETERMINERS.has(opener.lower) || APPOSITION_OPENERS.has(opener.lower) || isRoleLike(opener) && !honored && !titled || /^\d/.test(opener.text) ||
      /ing$/.test(opener.lower) || /^[RDI]-/.test(opener.text) || opener.lower === 'democrat';
    if (!opensApposition) {
      // "The state's campaign chairman, Ann Lee, said": the name is the apposition, a party tag after it too
      // ("Ann Lee's niece, Lena Lee (D-Va.), said")
      const named = c + 1 < comma ? phraseEndingAt(ctx, beforeParenthesis(tokens, comma - 1)) : undefined;
      // a full name: in "in Tulsa, Oklahoma, arguing" a single capitalised word is a place, but not after a noun of
      // people ("His brother, Ibrahim, said")
      const single = named !== undefined && (honored || titled || tokens[c - 1].kind === 'word' && isPeopleNoun(tokens[c - 1].lower));
      if (named && named.kind === 'person' && named.firstToken === c + 1 && (named.name.includes(' ') || single)) {
        // "The chairman, Rep. Al Vance, said": the title and the description both describe him
        const description = ctx.text.slice(tokens[ctx.sentenceFirst].start, tokens[c - 1].end);
        named.descriptor = named.descriptor ? `${named.descriptor}, ${DETERMINERS.has(tokens[ctx.sentenceFirst].lower) ? description[0].toLowerCase() + description.slice(1) : description}` : description;
        if (named.gender === 'unknown') named.gender = genderOfWords(tokens, ctx.sentenceFirst, c);
        named.lastToken = comma;
        return named;
      }
      // "The critic behind the verdict, Martin Vogel of the Quarterly, wrote": a full name and where they work
      const working = nameWithPlaceBefore(ctx, c + 1, comma);
      if (working) {
        working.descriptor ??= ctx.text.slice(tokens[ctx.sentenceFirst].start, tokens[c - 1].end);
        working.lastToken = comma;
        return working;
      }
      continue;
    }
    // "One of them, a bus driver named Tomasz Nowak, said": the name the apposition gives is the source
    const given = nameGivenIn(ctx, c + 1, comma);
    if (given) return given;
    const owner = phraseEndingAt(ctx, c - 1);
    if (!owner || owner.kind === 'pronoun' || owner.kind === 'role' && !owner.definite) continue;
    // "A spokesperson for Pelagic Resources, a Canadian company, said": the one who speaks for the named
    const named = spokespersonFor(ctx, owner) ?? owner;
    const before = tokens[named.firstToken - 1];
    const clauseStart = !before || named.firstToken <= ctx.sentenceFirst || before.text === ',' || isCloseMark(before) || before.lower === 'and' || before.lower === 'but' || before.lower === 'however';
    if (!clauseStart) continue;
    if (named.kind === 'person' || named.kind === 'organization' || named.kind === 'outlet' || named.kind === 'anonymous') {
      // "Co-author Dr. Sam Obi, a geochemist at the institute,": the title and the apposition both describe him
      const apposition = ctx.text.slice(tokens[c + 1].start, tokens[comma - 1].end);
      // (a noun phrase: "cutting the ribbon on Saturday" describes what they did, not who they are)
      named.descriptor = named.descriptor && named.kind === 'person' && DETERMINERS.has(tokens[c + 1].lower) ? `${named.descriptor}, ${apposition}` : named.descriptor ?? apposition;
      if (named.kind === 'person' && named.gender === 'unknown' && before?.text === ',') named.gender = genderOfWords(tokens, ctx.sentenceFirst, named.firstToken - 1);
      named.lastToken = comma;
      return named;
    }
  }
  return undefined;
}

/** A full name at `first` followed by "of", "at" or "from" and a place or employer that runs to the comma at `comma`. */
function nameWithPlaceBefore(ctx: PhraseContext, first: number, comma: number): NounPhrase | undefined {
  const named = phraseStartingAt(ctx, first, false);
  if (!named || named.kind !== 'person' || !named.name.includes(' ') || named.lastToken >= comma) return undefined;
  const link = ctx.tokens[named.lastToken].lower;
  if (link !== 'of' && link !== 'at' && link !== 'from') return undefined;
  for (let i = named.lastToken + 1; i < comma; i++) if (ctx.tokens[i].kind === 'punct' && ctx.tokens[i].text !== '.' && ctx.tokens[i].text !== '-' || ctx.tokens[i].quoted) return undefined;
  return named;
}

/** The person an apposition from `first` to the comma at `comma` names with "named" ("a bus driver named Bo Chen"). */
function nameGivenIn(ctx: PhraseContext, first: number, comma: number): NounPhrase | undefined {
  const { tokens } = ctx;
  for (let j = first + 1; j < comma - 1; j++) {
    if (tokens[j].lower !== 'named' || tokens[j].quoted) continue;
    const name = phraseStartingAt(ctx, j + 1, false);
    if (!name || name.kind !== 'person' || name.lastToken !== comma) return undefined;
    name.descriptor ??= ctx.text.slice(tokens[first].start, tokens[j - 1].end);
    return name;
  }
  return undefined;
}

/** "Lee's husband, Andriy, ...": the gender the first gendered noun of tokens `from` to `to` tells, which a first name may not. */
function genderOfWords(tokens: readonly Token[], from: number, to: number): NounPhrase['gender'] {
  for (let j = from; j < to; j++) {
    const gender = GENDERED_NOUNS.get(tokens[j].lower);
    if (gender) return gender;
  }
  return 'unknown';
}

/** The token before the parenthesis that closes at `k` ("Ann Lee (D-Va.)"), or `k` when it closes none. */
function beforeParenthesis(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text !== ')') return k;
  for (let open = k - 1; open > k - 10 && open > 0; open--) if (tokens[open].text === '(') return open - 1;
  return k;
}

/** "the announcer said", "the ad's narrator says": a determiner and a few plain words make a description. */
function descriptionEndingAt(ctx: PhraseContext, k: number): NounPhrase | undefined {
  const { tokens } = ctx;
  const head = tokens[k];
  // "63 percent said", as polls report their respondents
  if (head?.lower === 'percent' && k - 1 >= ctx.sentenceFirst && /^\d[\d.,]*$/.test(tokens[k - 1].text)) {
    const share = classifyDescription(ctx, k - 1, k + 1);
    // each share of respondents is a group of its own, not "the percent" met before
    if (share) share.definite = false;
    return share;
  }
  // "the mother of three", "a father of 2": a person described by their children ends in a number
  if (head && tokens[k - 1]?.lower === 'of' && k - 2 >= ctx.sentenceFirst && isPeopleNoun(tokens[k - 2].lower) && (/^\d+$/.test(head.text) || SMALL_NUMBERS.has(head.lower))) {
    const parent = descriptionEndingAt(ctx, k - 2);
    if (parent) {
      const end = head.end;
      return { ...parent, end, text: ctx.text.slice(parent.start, end), name: ctx.text.slice(parent.start, end), lastToken: k + 1 };
    }
  }
  if (!head || head.kind !== 'word' || head.quoted || head.cap || NON_HEADS.has(head.lower) || /^\d/.test(head.text)) return undefined;
  for (let j = k - 1; j >= Math.max(ctx.sentenceFirst, k - 3); j--) {
    const t = tokens[j];
    if (t.kind === 'word' && DESCRIPTION_OPENERS.has(t.lower)) {
      return classifyDescription(ctx, j, k + 1);
    }
    // "Ann Lee's family", "Harbor Bank's lawyers": a named owner opens a description of people (not "Lee's plan")
    if (t.kind === 'possessive' && j - 1 >= ctx.sentenceFirst && tokens[j - 1].cap && isPeopleNoun(head.lower)) {
      const owner = phraseEndingAt(ctx, j - 1);
      if (owner && owner.kind !== 'pronoun') return classifyDescription(ctx, owner.firstToken, k + 1);
    }
    // "The mayor cited derogatory comments": a description holds no verb after its noun ("the reported attack" does
    // hold a participle after its article)
    if (t.kind === 'word' && isFiniteCueVerb(t) && j - 1 >= ctx.sentenceFirst && !DESCRIPTION_OPENERS.has(tokens[j - 1].lower)) return undefined;
    if (t.kind === 'possessive' || t.kind === 'word' && !t.quoted && !NON_HEADS.has(t.lower)) continue;
    return undefined;
  }
  return undefined;
}

/** "71-year-old", "34-year-old": an age that stands for a person. */
const AGE_NOUN = /^\d+-year-old$/;

const SMALL_NUMBERS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

/** Determiners that open a noun phrase a verb's form can end ("a", "his", "the"). */
const NOUN_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** Determiners that open a phrase of modifiers and a noun ("some steep challenges", "this revised plan"). */
const PHRASE_DETERMINERS = new Set([...NOUN_DETERMINERS, 'some', 'this', 'these', 'those', 'any', 'every', 'each', 'another', 'no']);

/** Adverbs of degree among a noun's modifiers ("the most basic question"). */
const DEGREE_ADVERBS = new Set(['most', 'more', 'very', 'less', 'least', 'so', 'too']);

/** Endings of adjectives and participles ("leading", "revised", "persuasive", "latest"). */
const ADJECTIVE_ENDING = /(ing|ed|ive|ous|ful|less|est|ble)$/;

/**
 * A base form or a form in -s that ends a noun phrase: right after its determiner ("a recount"), after modifiers
 * that end like adjectives ("his latest remarks", "the reported attack"), or, for a base form, after a singular
 * word no subject could be ("a focal point", "the rate decline"; but "the members support", "the police say").
 */
function isNounAfterModifiers(tokens: readonly Token[], i: number, form: 'base' | 's'): boolean {
  const before = tokens[i - 1];
  if (NOUN_DETERMINERS.has(before.lower)) return form === 'base' || before.lower === 'a' || before.lower === 'an';
  // "These voters specifically point to": an adverb before it makes a verb
  if (isAdverbInLy(before)) return false;
  // names may modify a noun too ("the Tulsa protest", "his TV show"), but a verb in -s may follow a name
  const namesModify = form === 'base';
  let k = i - 1;
  while (k > i - 4 && k >= 0 && tokens[k].kind === 'word' && (namesModify || !tokens[k].cap) && !tokens[k].quoted && (!NON_HEADS.has(tokens[k].lower) || DEGREE_ADVERBS.has(tokens[k].lower)) && !PHRASE_DETERMINERS.has(tokens[k].lower)) k--;
  if (k === i - 1 || k < 0 || !PHRASE_DETERMINERS.has(tokens[k].lower)) return false;
  const w = before.lower;
  const modified = ADJECTIVE_ENDING.test(w);
  // "observers around the country say": the phrase is a preposition's object; the verb's subject stands before it
  if (!modified && (k > 0 && OBJECT_PREPOSITIONS.has(tokens[k - 1].lower) || tokens[k - 1]?.lower === 'of')) return false;
  const subjectLike = isPeopleNoun(w);
  if (form === 's') return modified && !subjectLike;
  return !(w.endsWith('s') && !w.endsWith('ss')) && !subjectLike && w !== 'public';
}

/** A word of the cue lexicon in a finite form ("cited", "says"). */
function isFiniteCueVerb(t: Token): boolean {
  const form = verbCue(t.lower)?.form;
  return form === 'ed' || form === 's';
}

/** Kin, whom news reports quote as a family ("Ann Lee's widow", "his parents"). */
const KIN = new Set(['family', 'families', 'wife', 'husband', 'widow', 'widower', 'son', 'sons', 'daughter', 'daughters', 'mother', 'father', 'brother', 'sister', 'parents', 'children', 'relatives', 'relative']);

/** A noun that names people: kin, a title, an anonymous source's noun or an organisation's. */
function isPeopleNoun(word: string): boolean {
  return KIN.has(word) || ANONYMOUS_HEADS.has(word) || ORGANIZATION_HEADS.has(word) || TITLES.has(word);
}

/** "according to the poll", "according to federal statistics": any short phrase up to a comma or the end. */
function descriptionStartingAt(ctx: PhraseContext, first: number): NounPhrase | undefined {
  const { tokens } = ctx;
  let end = first;
  while (end < ctx.sentenceLast && end - first < 8) {
    const t = tokens[end];
    if (t.quoted || t.kind === 'punct' && t.text !== '-') break;
    if (t.kind === 'word' && end > first && (DESCRIPTION_ENDS.has(t.lower) || AUXILIARIES.has(t.lower))) break;
    end++;
  }
  if (end === first || tokens[end - 1].kind !== 'word') return undefined;
  // "said the pier was safe": a description with a verb after it is the subject of what was said
  if (AUXILIARIES.has(tokens[end]?.lower ?? '')) return undefined;
  return classifyDescription(ctx, first, end);
}

const DESCRIPTION_ENDS = new Set(['that', 'who', 'which', 'and', 'by', 'in', 'on', 'at', 'of', 'for']);

const INDEFINITE_OPENERS = new Set(['a', 'an', 'one', 'another', 'some', 'many', 'most', 'several', 'other']);

/** Words that open a plain description: articles and possessives ("the announcer", "his surrogates"). */
const DESCRIPTION_OPENERS = new Set(['the', 'a', 'an', 'one', 'another', 'his', 'her', 'their', 'its', 'our', 'some', 'many', 'most', 'several', 'other', 'those', 'these']);

function classifyDescription(ctx: PhraseContext, first: number, end: number): NounPhrase | undefined {
  const phrase = classify(ctx, first, end);
  if (phrase) return phrase;
  const { tokens, text } = ctx;
  const head = tokens[end - 1].lower;
  const indefinite = INDEFINITE_OPENERS.has(tokens[first].lower);
  return {
    kind: 'anonymous',
    start: tokens[first].start,
    end: tokens[end - 1].end,
    text: text.slice(tokens[first].start, tokens[end - 1].end),
    firstToken: first,
    lastToken: end,
    name: text.slice(tokens[first].start, tokens[end - 1].end),
    // "a 40-year-old woman" is a she, "the 71-year-old" a person of no gender told, never an "it"
    gender: GENDERED_NOUNS.get(head) ?? (AGE_NOUN.test(head) ? 'unknown' : head.endsWith('s') ? 'plural' : 'neuter'),
    head,
    definite: !indefinite,
    plural: head.endsWith('s') && !head.endsWith('ss'),
  };
}

/** Words that cannot head a description: function words, adjectives or adverbs common before verbs, common verbs in the past. */
const NON_HEADS = new Set(
  ('that which who whom whose and or but if as of in on at by for from with to into than then so not no was were is are be been has have ' +
    'had will would can could should may might must do does did it they he she we i you there here this these those also only just ' +
    'even still already never always often more most less least very too much many few all some any each every other such what when ' +
    'where why how while after before since until because although though if unless whether either neither both one ' +
    'made took gave went came got sent brought began became').split(' '),
);

function isRoleLike(t: Token): boolean {
  const w = t.lower;
  return TITLES.has(w) || TITLE_MODIFIERS.has(w) || NATIONALITIES.has(w);
}

function isCloseMark(t: Token): boolean {
  return t.kind === 'punct' && (t.text === '"' || t.text === '”' || t.text === '’' || t.text === '»' || t.text === "''");
}

/** "French farmers", "Ukrainian officials": a nationality and a plural noun opening a clause, a group of people. */
function nationalGroupAt(ctx: PhraseContext, s: number): NounPhrase | undefined {
  const { tokens } = ctx;
  const adjective = tokens[s];
  const noun = tokens[s + 1];
  if (!adjective || !noun || adjective.kind !== 'word' || !NATIONALITIES.has(adjective.lower) || noun.kind !== 'word' || noun.cap || noun.quoted || !/[^s]s$/.test(noun.lower)) return undefined;
  return classifyDescription(ctx, s, s + 2);
}

/** "The mayor's office later released a statement ...": the subject of the verb at `verb`, past adverbs. */
function issuerOf(ctx: PhraseContext, verb: number): NounPhrase | undefined {
  const { tokens } = ctx;
  let k = verb - 1;
  while (k >= ctx.sentenceFirst && tokens[k].kind === 'word' && !tokens[k].quoted && (BETWEEN_SOURCE_AND_VERB.has(tokens[k].lower) || isAdverbInLy(tokens[k]))) k--;
  const subject = k >= ctx.sentenceFirst ? subjectEndingAt(ctx, k) : undefined;
  return subject && subject.kind !== 'pronoun' ? subject : undefined;
}

/** The subject at the head of the sentence (after an opening adverbial: "However," "In his message,"). */
function clauseSubject(ctx: PhraseContext, before: number): NounPhrase | undefined {
  const { tokens } = ctx;
  const starts = [ctx.sentenceFirst];
  for (let i = ctx.sentenceFirst; i < before && i < ctx.sentenceFirst + 24; i++) if (tokens[i].text === ',') starts.push(i + 1);
  for (const s of starts) {
    const phrase = phraseStartingAt(ctx, s) ?? nationalGroupAt(ctx, s);
    if (phrase && phrase.lastToken <= before && phrase.kind !== 'pronoun') {
      // the phrase must be followed by a verb-like word, not a comma (an opener such as "In Kyiv,")
      if (tokens[phrase.lastToken]?.kind === 'word') return phrase;
    }
    if (phrase?.kind === 'pronoun') return phrase;
  }
  return undefined;
}

const TIME_WORDS = new Set(
  ('monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning afternoon evening night week ' +
    'month year weekend january february march april may june july august september october november december jan. feb. ' +
    'aug. sept. oct. nov. dec. early late last this next recent previously').split(' '),
);

/** The token before a time phrase ending at `k` ("on Wednesday", "in late August", "on Sept. 27"), or `k` itself. */
function timePhraseEndingAt(ctx: PhraseContext, k: number): number {
  const { tokens } = ctx;
  let j = k;
  while (j >= ctx.sentenceFirst && j > k - 5 && tokens[j].kind === 'word' && !tokens[j].quoted && (TIME_WORDS.has(tokens[j].lower) || /^\d{1,4}(st|nd|rd|th)?$/.test(tokens[j].text))) j--;
  if (j === k) return k;
  const preposition = tokens[j];
  if (preposition && preposition.kind === 'word' && /^(on|in|at|during|since|earlier|later|last|this)$/.test(preposition.lower)) return j - 1;
  // "Ann Lee this week said", "Trump Monday said": a time of its own, with no preposition (but in "a poll released
  // Thursday found" the time goes with the participle)
  if (/^(this|last|next|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(tokens[j + 1].lower) && !preposition?.lower.endsWith('ed')) return j;
  return k;
}

function isSentenceEnd(tokens: readonly Token[], i: number, last: number): boolean {
  for (let k = i; k < last; k++) if (!(tokens[k].kind === 'punct' && (TERMINAL.has(tokens[k].text) || isCloseMark(tokens[k])))) return false;
  return true;
}

/** What follows a cue up to the sentence's end, past "that", a colon or "in a statement". */
function contentAfter(ctx: PhraseContext, from: number): CueShape['content'] {
  const { tokens } = ctx;
  let i = from;
  for (;;) {
    while (i < ctx.sentenceLast && !tokens[i].quoted && (tokens[i].text === ':' || tokens[i].text === ',' || AFTER_VERB_FILLER.has(tokens[i].lower))) i++;
    // "wrote on X that", "posted on Telegram:": the platform is where it was said, not what
    if (tokens[i - 1]?.lower === 'on' && tokens[i]?.cap && !tokens[i].quoted && (tokens[i + 1]?.lower === 'that' || tokens[i + 1]?.kind === 'punct' && tokens[i + 1].text !== '(')) {
      i++;
      continue;
    }
    // "in a statement", "in a phone interview", "in a written statement"
    const frame = tokens[i]?.lower === 'in' && DETERMINERS.has(tokens[i + 1]?.lower ?? '') ? frameNounFrom(ctx, i + 2) : -1;
    if (frame > 0) {
      i = frame + 1;
      continue;
    }
    // "said by telephone from the shelter that ...": the means, and where from, is not what was said
    if (tokens[i]?.lower === 'by' && MEANS.has(tokens[i + 1]?.lower ?? '')) {
      let that = i + 2;
      while (that < ctx.sentenceLast && tokens[that].lower !== 'that' && !tokens[that].quoted) that++;
      if (tokens[that]?.lower !== 'that') return undefined;
      i = that + 1;
    }
    break;
  }
  if (i >= ctx.sentenceLast || isSentenceEnd(tokens, i, ctx.sentenceLast)) return undefined;
  // '"...," she said as she left': a clause of when is no content
  if (!tokens[i].quoted && (tokens[i].lower === 'as' || tokens[i].lower === 'while' || tokens[i].lower === 'before') && CLAUSE_SUBJECT_PRONOUNS.has(tokens[i + 1]?.lower ?? '')) return undefined;
  // '"...," she said, according to the minutes': what follows is another cue, not what was said
  // (only phrases opening with this word can match: not all 98 with a closure each)
  if (PHRASES_BY_FIRST_WORD.get(tokens[i].lower)?.some((p) => p.sourceAfter && p.words.every((w, k) => tokens[i + k]?.lower === w))) return undefined;
  return contentSpan(ctx, i, coordinatedVerbAfter(ctx, i));
}

/**
 * Where what was said ends: before ", but pledged", "and added" — a conjunction and a verb of the lexicon in the past
 * with no subject of its own continue the speaker's clause, not what was said; else the sentence's end.
 */
function coordinatedVerbAfter(ctx: PhraseContext, from: number): number {
  const { tokens } = ctx;
  // within a sentence's length: a text with no sentence end (a 10 MB line) must not make every cue read to its end
  const limit = Math.min(ctx.sentenceLast - 1, from + MAX_SENTENCE_TOKENS);
  for (let j = from + 1; j < limit; j++) {
    const t = tokens[j];
    if (t.quoted || !(t.lower === 'and' || t.lower === 'but')) continue;
    let v = j + 1;
    while (v < ctx.sentenceLast && tokens[v].kind === 'word' && (BETWEEN_SOURCE_AND_VERB.has(tokens[v].lower) || isAdverbInLy(tokens[v]))) v++;
    const verb = tokens[v];
    const form = verb && verb.kind === 'word' && !verb.quoted && !verb.cap ? verbCue(verb.lower)?.form : undefined;
    // (a form in -s may be a plural noun: "shootings and protests demands")
    if (form === 'ed') return tokens[j - 1].text === ',' ? j - 1 : j;
  }
  return ctx.sentenceLast;
}

/** More tokens than any real sentence has. */
const MAX_SENTENCE_TOKENS = 400;

/** What stands before a cue's source in its sentence ('"...," X said.'). */
/** The frame noun of a cue ("statement", "interview") at token `from` or after up to two modifiers; -1 if none. */
function frameNounFrom(ctx: PhraseContext, from: number): number {
  const { tokens } = ctx;
  for (let k = from; k < from + 3 && k < ctx.sentenceLast; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.quoted) return -1;
    if (CUE_FRAME_NOUNS.has(t.lower)) return k;
    if (NON_HEADS.has(t.lower)) return -1;
  }
  return -1;
}

function contentBefore(ctx: PhraseContext, sourceFirst: number): CueShape['content'] {
  // what was said ends right before its source, at a comma, a dash or a closing mark: in '"...," Ann Lee said at the
  // gala, where Bo Chen also spoke', nothing stands right before Bo Chen
  const before = ctx.tokens[sourceFirst - 1];
  if (!before || before.kind !== 'punct' || before.quoted) return undefined;
  const end = trimCommaBack(ctx.tokens, sourceFirst, ctx.sentenceFirst);
  if (end <= ctx.sentenceFirst) return undefined;
  return contentSpan(ctx, ctx.sentenceFirst, end);
}

function trimCommaBack(tokens: readonly Token[], end: number, floor: number): number {
  while (end > floor && tokens[end - 1].kind === 'punct' && (tokens[end - 1].text === ',' || tokens[end - 1].text === '—' || tokens[end - 1].text === '-')) end--;
  return end;
}

/** The span of tokens [first, last), without a closing period. */
function contentSpan(ctx: PhraseContext, first: number, last: number): CueShape['content'] {
  const { tokens } = ctx;
  let end = last;
  while (end > first && tokens[end - 1].kind === 'punct' && TERMINAL.has(tokens[end - 1].text) && !tokens[end - 1].quoted) end--;
  if (end <= first) return undefined;
  return { start: tokens[first].start, end: tokens[end - 1].end };
}

/** People and organisations named outside quotes, and gendered pronouns. */
function findNames(ctx: PhraseContext, sentence: number, names: LocalName[], surnames: number[], pronouns: LocalParagraph['pronouns'], inOutlet: ReadonlySet<number>): void {
  const { tokens } = ctx;
  for (let i = ctx.sentenceFirst; i < ctx.sentenceLast; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || t.quoted) continue;
    if (t.lower === 'he' || t.lower === 'him' || t.lower === 'his' || t.lower === 'himself') pronouns.push({ offset: t.start, gender: 'male' });
    else if (t.lower === 'she' || t.lower === 'her' || t.lower === 'hers' || t.lower === 'herself') pronouns.push({ offset: t.start, gender: 'female' });
    // "With Democratic leaders ...": a capitalised preposition or opener starts no name
    if (!t.cap || NOT_NAME_STARTS.has(t.lower) && !HONORIFICS.has(t.lower)) continue;
    // the longest run of capitalised words (and titles) starting here
    const end = nameRunEnd(tokens, i, ctx.sentenceLast, inOutlet);
    if (end - i >= 2) {
      const phrase = asOrganizationNamedAfter(tokens, i, classify(ctx, i, end));
      // a full name, or a surname after a title ("President Obama"), so that "the president" finds it later
      if (phrase && phrase.kind === 'person' && (phrase.name.includes(' ') || phrase.descriptor !== undefined)) {
        // "Ann Lee (D-Va.), the city treasurer, and ...": the party and the role, so that "the Virginia Democrat" and
        // "the treasurer" find her later
        addPartyTag(ctx, phrase);
        addApposition(ctx, phrase);
        // "former Nevada Gov. Dale Harrow": no longer what the title says ("the governor" is someone else)
        if (phrase.descriptor !== undefined && tokens[i - 1]?.lower === 'former') phrase.descriptor = `former ${phrase.descriptor}`;
        names.push({ phrase, sentence });
      } else if (phrase && phrase.kind === 'organization' && phrase.name.includes(' ') && !TITLE_MODIFIERS.has(tokens[i].lower)) {
        // "Halvorsen Foods cut its forecast. The company said": met, so that "the company" and "it" find it
        names.push({ phrase, sentence });
      }
    } else if (end === i + 1 && !t.abbreviation && !TITLES.has(t.lower) && !modifiesNoun(tokens, i)) {
      // a single word ("Delgado shrugged"): the document pass takes it as a mention of a person met before only
      surnames.push(t.start, t.end, wordHash(t.lower));
    }
    i = Math.max(i, end - 1);
  }
}

/**
 * "a California company, Lumen Diagnostics,": a name set off after a plain noun for an organisation is that
 * organisation's, with that noun for its head ("the company" finds it), not a person's.
 */
function asOrganizationNamedAfter(tokens: readonly Token[], i: number, phrase: NounPhrase | undefined): NounPhrase | undefined {
  const noun = tokens[i - 2];
  if (phrase?.kind !== 'person' || tokens[i - 1]?.text !== ',' || !noun || noun.cap || !GENERIC_ORGANIZATION_NOUNS.has(noun.lower)) return phrase;
  return { ...phrase, kind: 'organization', head: noun.lower, gender: 'neuter', descriptor: undefined };
}

/** Plain nouns for an organisation that may stand before its name. */
const GENERIC_ORGANIZATION_NOUNS = new Set(['company', 'firm', 'group', 'startup', 'start-up', 'charity', 'nonprofit', 'organization', 'organisation', 'maker', 'manufacturer', 'developer', 'retailer', 'lender', 'insurer', 'utility', 'chain']);

/** "the Clinton campaign", "Trump supporters": a name before a noun of people modifies it, and means no one there. */
function modifiesNoun(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return before !== undefined && before.kind === 'word' && DETERMINERS.has(before.lower) || after !== undefined && after.kind === 'word' && isPeopleNoun(after.lower);
}

/**
 * The end of the longest run of capitalised words (and titles) from `first`, with the lower-case particles inside a
 * name ("Bill de Blasio", "Ursula von der Leyen"); no word of an outlet's name ("The Huffington Post") is a person's.
 */
function nameRunEnd(tokens: readonly Token[], first: number, last: number, inOutlet: ReadonlySet<number>): number {
  let end = first;
  for (;;) {
    if (isNameWord(tokens, end, last, inOutlet)) end++;
    else {
      const k = end > first ? afterParticles(tokens, end, last) : end;
      if (k === end || !isNameWord(tokens, k, last, inOutlet)) return end > first ? organizationAfterAnd(tokens, end, last, inOutlet) : end;
      end = k;
    }
  }
}

/**
 * "Food and Drug Administration": a run of capitalised words that "and" and another run ending in an organisation's
 * head go on is one name; the end of the longer run, or `end` as it was.
 */
function organizationAfterAnd(tokens: readonly Token[], end: number, last: number, inOutlet: ReadonlySet<number>): number {
  if (tokens[end]?.lower !== 'and' || tokens[end].cap || !isNameWord(tokens, end + 1, last, inOutlet)) return end;
  let after = end + 1;
  while (isNameWord(tokens, after, last, inOutlet)) after++;
  return ORGANIZATION_HEADS.has(tokens[after - 1].lower) && tokens[after - 1].cap ? after : end;
}

function isNameWord(tokens: readonly Token[], k: number, last: number, inOutlet: ReadonlySet<number>): boolean {
  const t = tokens[k];
  return k < last && t.kind === 'word' && !t.quoted && !(inOutlet.size > 0 && inOutlet.has(k)) && (isNameCased(t) || t.abbreviation);
}

/** Ties each quote to a cue of its sentence and tells its kind. */
function linkQuotes(text: string, tokens: readonly Token[], sentences: readonly SentenceRange[], quotes: readonly LocalQuote[], cues: readonly LocalCue[]): LocalQuoteInfo[] {
  if (quotes.length === 0) return [];
  let s = 0;
  // cues by sentence, so each quote looks at its own sentence's cues only
  const bySentence: Array<Array<{ c: LocalCue; i: number }>> = sentences.map(() => []);
  cues.forEach((c, i) => {
    if (c.subject) bySentence[c.sentence].push({ c, i });
  });
  return quotes.map((quote) => {
    const open = quote.open >= 0 ? quote.open : 0;
    while (s < sentences.length - 1 && tokens[sentences[s].last - 1].end <= open) s++;
    const sentence = sentences[s];
    const close = quote.close >= 0 ? quote.close : text.length;
    const inSentence = bySentence[s] ?? [];
    // the innermost cue whose content holds the quote, else the nearest cue of the sentence
    const holding = inSentence.filter(({ c }) => c.content && c.content.start <= open + 1 && c.content.end >= close - 1);
    // the innermost first, but a cue whose source is a bare "it" or "which" ('she says it underscores "..."') yields
    // to the speaker around it; so does a belief or stance ('She said Trump favors a "strongman approach"': the
    // quoted words are hers)
    const weak = (c: LocalCue) => (c.subject?.kind === 'pronoun' && (c.subject.name === 'it' || c.subject.name === 'which') || c.kind === 'belief' || isThing(c.subject) ? 1 : 0);
    if (holding.length > 1) holding.sort((a, b) => weak(a.c) - weak(b.c) || (a.c.content!.end - a.c.content!.start) - (b.c.content!.end - b.c.content!.start));
    let cue = holding[0]?.i ?? -1;
    if (cue < 0 && inSentence.length) {
      const distance = (c: LocalCue) => (c.start >= close ? c.start - close : open - c.end);
      cue = inSentence.reduce((best, x) => (distance(x.c) < distance(best.c) ? x : best)).i;
    }
    const words = countWords(text, quote.open + quote.openWidth, close);
    const firstOfSentence = sentence ? tokens[sentence.first] : undefined;
    const atSentenceStart = quote.open < 0 || (firstOfSentence !== undefined && firstOfSentence.start >= quote.open);
    const before = previousToken(tokens, quote.open);
    // 'X said, "..."' and 'said X, "..."': a comma right after the cue or its source opens a whole statement
    const beforeComma = before?.text === ',' ? previousToken(tokens, before.start) : undefined;
    const afterCue = beforeComma !== undefined && inSentence.some(({ c }) => c.end === beforeComma.end || c.subject?.end === beforeComma.end);
    const opensParagraph = quote.open < 0 || text.slice(0, quote.open).trim() === '';
    let kind: QuoteKind;
    if (!atSentenceStart && words <= 6 && (isTitleOfAWork(text, tokens, quote.open + quote.openWidth, close, before) || isNickname(tokens, text, quote))) {
      // 'MSNBC’s “Morning Joe”', 'the documentary “The Long Road”': a title quotes no one, nor does a nickname
      cue = -1;
      kind = 'scare';
    } else if (atSentenceStart || afterCue || before?.text === ':') kind = 'direct';
    else if (cue < 0 && words <= 4) kind = 'scare';
    else kind = 'partial';
    return { open: quote.open, close: quote.close, family: quote.family, mark: quote.mark, openWidth: quote.openWidth, sentence: s, cue, kind, opensParagraph, words };
  });
}

/** Nouns for works whose titles stand in quotation marks. */
const WORK_NOUNS = new Set(['show', 'program', 'programme', 'film', 'movie', 'documentary', 'song', 'book', 'series', 'album', 'column', 'podcast', 'titled', 'entitled', 'episode', 'essay', 'play', 'novel', 'memoir', 'segment', 'newsletter', 'single', 'poem', 'musical']);

/** Small words a title in title case leaves in lower case. */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'on', 'in', 'at', 'to', 'for', 'and', 'or', 'but', 'with', 'by', 'from', 'as', 'is']);

/**
 * The quoted words between `from` and `to` are a title in title case (every word but small ones capitalised), right
 * after a possessive or a noun for a work ("the film", "titled").
 */
function isTitleOfAWork(text: string, tokens: readonly Token[], from: number, to: number, before: Token | undefined): boolean {
  if (!before || !(before.kind === 'possessive' || before.kind === 'word' && WORK_NOUNS.has(before.lower))) return false;
  let capitals = 0;
  for (let i = firstTokenFrom(tokens, from); i < tokens.length && tokens[i].start < to; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    if (t.cap || /^\d/.test(t.text)) capitals++;
    else if (!TITLE_SMALL_WORDS.has(t.lower)) return false;
  }
  return capitals > 0 && !/[.!?]\s*$/.test(text.slice(from, to));
}

/** Index of the first token that starts at or after `offset` (binary search: a paragraph may hold many quotes). */
function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A description of a thing, not of people ("the recent spate of shootings demands"): it voices no quotation. */
function isThing(subject: NounPhrase | undefined): boolean {
  if (!subject || subject.kind !== 'anonymous' || !subject.head) return false;
  const head = subject.head;
  return !ANONYMOUS_HEADS.has(head) && !ANONYMOUS_HEADS.has(head.replace(/s$/, '')) && !TITLES.has(head);
}

function previousToken(tokens: readonly Token[], offset: number): Token | undefined {
  let lo = 0;
  let hi = tokens.length - 1;
  let found: Token | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) {
      found = tokens[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function countWords(text: string, start: number, end: number): number {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
