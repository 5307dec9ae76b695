// Reads the noun phrase that names a source, backwards from a verb ("regional governor Valentyn Reznichenko said")
// or forwards from a cue ("according to Oleh Syniehubov, the regional governor,"), and tells what it names.
import type { Gender } from '../model';
import type { OutletMatch } from '../registry';
import { firstNameLexicon, genderOfFirstName } from '../data/first-names';
import {
  ANONYMOUS_HEADS,
  COUNTRY_NAMES,
  DETERMINERS,
  GENDERED_TITLES,
  HONORIFICS,
  INDEFINITE_DETERMINERS,
  NAME_CONNECTORS,
  SURNAME_PARTICLES,
  NATIONALITIES,
  NOT_NAME_STARTS,
  ORGANIZATION_HEADS,
  OUTLET_HEADS,
  PLACE_HEADS,
  SUBJECT_PRONOUNS,
  TITLE_MODIFIERS,
  TITLES,
  PARTY_MEMBERS,
  US_STATE_WORDS,
  partyTagWords,
} from '../lexicon/words';
import type { Token } from '../text/tokens';

export type PhraseKind = 'person' | 'organization' | 'outlet' | 'outlet-description' | 'anonymous' | 'role' | 'pronoun';

export interface NounPhrase {
  kind: PhraseKind;
  /** The mention's span (local offsets): the name without its title, or the whole description. */
  start: number;
  end: number;
  text: string;
  /** Token range of the whole phrase, titles and apposition included (end exclusive). */
  firstToken: number;
  lastToken: number;
  /** A person's or organisation's name as written; the pronoun itself for pronouns. */
  name: string;
  descriptor?: string;
  gender: Gender;
  /** Registry key of a named outlet. */
  outletKey?: string;
  /** Registry types and country an outlet description fits ("the Russian newspaper"). */
  outletTypes?: readonly string[];
  country?: string;
  /** Head noun of a description ("spokesperson", "ministry", "senator"). */
  head?: string;
  /** "a spokesperson" is someone new; "the spokesperson" someone met before. */
  definite: boolean;
  plural: boolean;
  /** Relative pronoun ("who"): the phrase it refers back to. */
  antecedent?: NounPhrase;
}

export interface PhraseContext {
  tokens: readonly Token[];
  text: string;
  /** First token of the sentence: phrases do not reach before it. */
  sentenceFirst: number;
  /** End of the sentence (token index, exclusive). */
  sentenceLast: number;
  outletEndingAt: ReadonlyMap<number, OutletMatch>;
  outletStartingAt: ReadonlyMap<number, OutletMatch>;
}

/** Words that never stand inside a noun phrase: where one is met, the phrase has ended. */
const FUNCTION_WORDS = new Set(
  'that which who whom whose and or but if as of in on at by for from with to into than then so not no was were is are be been has have had will would can could should may might must do does did said says say told'.split(' '),
);

const CALENDAR_WORDS = new Set('monday tuesday wednesday thursday friday saturday sunday january february march july august september october november december today yesterday jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.'.split(' '));

/** Names of people run to four capitalised words at most ("Martin Luther King Jr."); a longer run is a title. */
const MAX_PERSON_NAME_WORDS = 4;

const PREPOSITIONS = new Set('on in at by for from with without into over under about against between among during through across after before since despite until'.split(' '));

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word' && !t.quoted;

/** Words a phrase may hold besides capitalised ones. */
function isPhraseWord(t: Token): boolean {
  const w = t.lower;
  return TITLES.has(w) || TITLE_MODIFIERS.has(w) || ORGANIZATION_HEADS.has(w) || ANONYMOUS_HEADS.has(w) || OUTLET_HEADS.has(w) || NATIONALITIES.has(w);
}

/** A word that can end (head) a source phrase. */
/** "al-Aiser", "el-Tayeb", "bin-Salman": a surname joined to a lower-case particle by a hyphen, as capitalised. */
const JOINED_PARTICLE_NAME = /^(?:al|el|ad|ar|as|ash|at|az|bin|ibn|abu|ben|bint|d)[-’']\p{Lu}/u;

/** A word written as a name: capitalised, or a surname joined to its particle ("el-Tayeb"). */
export function isNameCased(t: Token | undefined): boolean {
  return t !== undefined && (t.cap || t.kind === 'word' && !t.quoted && t.text.length > 3 && JOINED_PARTICLE_NAME.test(t.text));
}

/** The index after a run of lower-case surname particles from `k` ("van der", "de la"), or `k` when none. */
export function afterParticles(tokens: readonly Token[], k: number, limit: number): number {
  let j = k;
  while (j < limit && j - k < 3 && tokens[j].kind === 'word' && !tokens[j].cap && SURNAME_PARTICLES.has(tokens[j].lower)) j++;
  return j;
}

/** The index of the first of a run of lower-case surname particles ending at `k`, or `k + 1` when none. */
function particlesEndingAt(tokens: readonly Token[], k: number, floor: number): number {
  let j = k;
  while (j >= floor && k - j < 3 && tokens[j].kind === 'word' && !tokens[j].cap && SURNAME_PARTICLES.has(tokens[j].lower)) j--;
  return j + 1;
}

function isHead(t: Token): boolean {
  if (isNameCased(t) && !NOT_NAME_STARTS.has(t.lower)) return true;
  const w = t.lower;
  return ORGANIZATION_HEADS.has(w) || ANONYMOUS_HEADS.has(w) || OUTLET_HEADS.has(w) || TITLES.has(w);
}

/** The phrase whose last token is `last`, read backwards. */
export function phraseEndingAt(ctx: PhraseContext, last: number): NounPhrase | undefined {
  const { tokens } = ctx;
  const head = tokens[last];
  if (!isWord(head) || last < ctx.sentenceFirst) return undefined;
  const pronoun = SUBJECT_PRONOUNS.get(head.lower);
  if (pronoun) {
    const phrase = pronounPhrase(head, last, pronoun.gender);
    if (pronoun.relative) {
      // "Natalia Humeniuk, who ...", "an architect who ...": the antecedent stands right before
      const mark = tokens[last - 1]?.text;
      phrase.antecedent = phraseEndingAt(ctx, mark === ',' || mark === '—' || mark === '–' || mark === '--' ? last - 2 : last - 1);
      if (!phrase.antecedent) return undefined;
    }
    return phrase;
  }
  const outlet = ctx.outletEndingAt.get(last);
  if (outlet) {
    let first = tokenAt(tokens, outlet.start, last);
    if (first > ctx.sentenceFirst && DETERMINERS.has(tokens[first - 1].lower)) first--;
    return outletPhrase(ctx, outlet, first, last);
  }
  if (!isHead(head)) return undefined;
  let first = last;
  while (first - 1 >= ctx.sentenceFirst) {
    const t = tokens[first - 1];
    if (t.quoted) break;
    // "the editorial board of the Washington Post Ana Ruiz said": an outlet's name ends before a name after it
    if (ctx.outletEndingAt.has(first - 1) && tokens[first].cap && !isTitleLike(tokens[first])) break;
    if (t.kind === 'possessive') {
      // "the campaign's spokesman": the owner belongs to the description
      if (isWord(tokens[first - 2])) {
        first--;
        continue;
      }
      break;
    }
    if (t.kind !== 'word') break;
    if (DETERMINERS.has(t.lower) && !t.cap) {
      first--;
      break;
    }
    if (t.cap && DETERMINERS.has(t.lower)) {
      first--;
      break;
    }
    if (isNameCased(t) || isPhraseWord(t)) {
      first--;
      continue;
    }
    if (NAME_CONNECTORS.has(t.lower) && tokens[first]?.cap && tokens[first - 2]?.cap) {
      first--;
      continue;
    }
    // "Tobias van der Meulen": particles between the parts of a name
    const particles = particlesEndingAt(tokens, first - 1, ctx.sentenceFirst);
    if (particles < first && isNameCased(tokens[first]) && isNameCased(tokens[particles - 1])) {
      first = particles;
      continue;
    }
    break;
  }
  // "the transport ministry", "the joint coordination press center": plain nouns in front of a description's head
  // belong to it when a determiner closes them within a few words
  // (not past a determiner the phrase has: "a pharmacist when a neighbor")
  if (!head.cap && first - 1 >= ctx.sentenceFirst && !DETERMINERS.has(tokens[first - 1].lower) && !DETERMINERS.has(tokens[first].lower)) {
    for (let k = first - 1; k >= Math.max(ctx.sentenceFirst, first - 3); k--) {
      const t = tokens[k];
      if (isWord(t) && DETERMINERS.has(t.lower)) {
        first = k;
        break;
      }
      if (!isWord(t) || t.cap || FUNCTION_WORDS.has(t.lower)) break;
    }
  }
  // sentence openers ("However", "Meanwhile") are no part of a name
  while (first < last && NOT_NAME_STARTS.has(tokens[first].lower) && !DETERMINERS.has(tokens[first].lower) && !HONORIFICS.has(tokens[first].lower)) first++;
  return classify(ctx, first, last + 1);
}

/** The phrase that starts at `first`, read forwards, with an apposition after it ("X, the regional governor,"). */
export function phraseStartingAt(ctx: PhraseContext, first: number, withApposition = true): NounPhrase | undefined {
  const { tokens } = ctx;
  const start = tokens[first];
  if (!isWord(start) || first >= ctx.sentenceLast) return undefined;
  const pronoun = SUBJECT_PRONOUNS.get(start.lower);
  if (pronoun && !pronoun.relative) return pronounPhrase(start, first, pronoun.gender);
  // "On September 27", "With Democrats": a preposition opens no source
  if (PREPOSITIONS.has(start.lower)) return undefined;
  // "Following a meeting, ...", "Asked about it, ...": a capitalised participle before a determiner opens a clause
  // ("Chastened by the analyses, ...")
  if (start.cap && /(ing|ed)$/.test(start.lower) && (DETERMINERS.has(tokens[first + 1]?.lower ?? '') || PREPOSITIONS.has(tokens[first + 1]?.lower ?? ''))) return undefined;
  let at = first;
  if (DETERMINERS.has(start.lower)) at++;
  // "Only European immigrants", "Everything Trump says": a capitalised opener starts no name
  else if (NOT_NAME_STARTS.has(start.lower) && !HONORIFICS.has(start.lower)) return undefined;
  const outlet = ctx.outletStartingAt.get(at) ?? ctx.outletStartingAt.get(first);
  if (outlet) {
    const last = tokenAt(tokens, outlet.end - 1, first);
    // "MSNBC host Chris Matthews": the outlet is only the first part of the phrase
    const next = tokens[last + 1];
    if (!(next && next.kind === 'word' && !next.quoted && (TITLES.has(next.lower) || TITLE_MODIFIERS.has(next.lower)))) return outletPhrase(ctx, outlet, first, last);
  }
  let last = at;
  while (last < ctx.sentenceLast) {
    const t = tokens[last];
    // "said Tobias van der Meulen", "said Amna el-Tayeb": particles inside a name, a surname joined to one
    const particles = last > at ? afterParticles(tokens, last, ctx.sentenceLast) : last;
    if (particles > last && isNameCased(tokens[particles]) && isNameCased(tokens[last - 1])) {
      last = particles;
      continue;
    }
    if (!isWord(t) || NOT_NAME_STARTS.has(t.lower) && !t.cap) break;
    if (isNameCased(t) || isPhraseWord(t)) {
      last++;
      continue;
    }
    if (NAME_CONNECTORS.has(t.lower) && tokens[last - 1]?.cap && tokens[last + 1]?.cap) {
      last++;
      continue;
    }
    // "opposition spokesman David Lammy": a plain word before a title is part of the role
    if (last - at < 3 && !FUNCTION_WORDS.has(t.lower) && [1, 2].some((k) => tokens[last + k]?.kind === 'word' && TITLES.has(tokens[last + k].lower))) {
      last++;
      continue;
    }
    break;
  }
  if (last === at || !isHead(tokens[last - 1])) return undefined;
  const phrase = classify(ctx, first, last);
  if (withApposition && phrase && (phrase.kind === 'person' || phrase.kind === 'organization')) {
    if (phrase.kind === 'person') addPartyTag(ctx, phrase);
    addApposition(ctx, phrase);
  }
  return phrase;
}

/** "Oleh Syniehubov, the regional governor," — a description between commas right after a name. */
export function addApposition(ctx: PhraseContext, phrase: NounPhrase): void {
  const { tokens } = ctx;
  const comma = phrase.lastToken;
  if (tokens[comma]?.text !== ',') return;
  const first = comma + 1;
  const opener = tokens[first];
  if (!isWord(opener)) return;
  const startsLikeRole = DETERMINERS.has(opener.lower) ? isRoleWord(tokens[first + 1]) : isRoleWord(opener);
  if (!startsLikeRole) return;
  let end = first;
  while (end < ctx.sentenceLast && end - first < 30) {
    const t = tokens[end];
    if (t.text === ',' || t.text === '.' || t.text === ';' || t.quoted || t.kind === 'punct' && t.text !== '-' && t.text !== '’' && t.text !== "'") break;
    end++;
  }
  // an apposition is closed by a comma (or the sentence's end); "the Russian newspaper reported" is no apposition
  const closer = tokens[end];
  if (closer && closer.text !== ',' && closer.text !== '.') return;
  if (end === first) return;
  // "Sen. Ann Lee (R-Ohio), the chairman of the panel,": the title, the tag and the apposition all describe her
  const apposition = ctx.text.slice(tokens[first].start, tokens[end - 1].end);
  phrase.descriptor = phrase.descriptor ? `${phrase.descriptor}, ${apposition}` : apposition;
  phrase.lastToken = closer?.text === ',' ? end + 1 : end;
  phrase.gender = phrase.gender === 'unknown' ? genderOfTitles(tokens, first, end) : phrase.gender;
}

/**
 * "Sen. Ann Lee (D-Ga.)", "Rep. Bo Li, R-Ohio,": the party tag after a person's name joins the descriptor, so that
 * "the Georgia Democrat" finds her; the phrase then ends at the tag's closing comma (an apposition may follow).
 */
export function addPartyTag(ctx: PhraseContext, phrase: NounPhrase): void {
  const { tokens } = ctx;
  const opener = tokens[phrase.lastToken];
  const tag = tokens[phrase.lastToken + 1];
  if (!opener || !tag || tag.kind !== 'word' || opener.text !== '(' && opener.text !== ',') return;
  // a bare letter is a tag only in parentheses ("(R)")
  if ((opener.text === ',' && tag.text.length === 1) || partyTagWords(tag.text) === undefined) return;
  let closer = phrase.lastToken + 2;
  if (tokens[closer]?.text === '.') closer++;
  const close = tokens[closer];
  if (opener.text === '(' ? close?.text !== ')' : close !== undefined && close.text !== ',') return;
  const tagText = ctx.text.slice(tag.start, tokens[closer - 1].end);
  phrase.descriptor = phrase.descriptor ? `${phrase.descriptor} (${tagText})` : `(${tagText})`;
  phrase.lastToken = close?.text === ',' ? closer : closer + 1;
}

function isRoleWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && (TITLES.has(t.lower) || TITLE_MODIFIERS.has(t.lower) || NATIONALITIES.has(t.lower));
}

function pronounPhrase(t: Token, index: number, gender: Gender): NounPhrase {
  return {
    kind: 'pronoun',
    start: t.start,
    end: t.end,
    text: t.text,
    firstToken: index,
    lastToken: index + 1,
    name: t.lower,
    gender,
    definite: true,
    plural: gender === 'plural',
  };
}

function outletPhrase(ctx: PhraseContext, outlet: OutletMatch, first: number, last: number): NounPhrase {
  return {
    kind: 'outlet',
    start: outlet.start,
    end: outlet.end,
    text: ctx.text.slice(outlet.start, outlet.end),
    firstToken: first,
    lastToken: last + 1,
    name: ctx.text.slice(outlet.start, outlet.end),
    gender: 'neuter',
    outletKey: outlet.key,
    definite: true,
    plural: false,
  };
}

function tokenAt(tokens: readonly Token[], offset: number, near: number): number {
  let i = near;
  while (i > 0 && tokens[i].start > offset) i--;
  while (i < tokens.length - 1 && tokens[i].end <= offset) i++;
  return i;
}

function genderOfTitles(tokens: readonly Token[], first: number, end: number): Gender {
  for (let i = first; i < end; i++) {
    const g = GENDERED_TITLES.get(tokens[i].lower);
    if (g) return g;
  }
  return 'unknown';
}

function capitalisedWords(tokens: readonly Token[], from: number, end: number): number {
  let count = 0;
  for (let i = from; i < end; i++) if (tokens[i].cap) count++;
  return count;
}

const isAcronym = (t: Token) => t.text.length >= 2 && t.text.length <= 6 && t.text === t.text.toUpperCase() && /^[A-Z]/.test(t.text);

function isTitleLike(t: Token): boolean {
  return TITLES.has(t.lower) || TITLE_MODIFIERS.has(t.lower) || NATIONALITIES.has(t.lower);
}

function span(ctx: PhraseContext, a: number, b: number): { start: number; end: number; text: string } {
  const start = ctx.tokens[a].start;
  const end = ctx.tokens[b - 1].end;
  return { start, end, text: ctx.text.slice(start, end) };
}

/** Tokens [from, end) are all nationalities or title modifiers that head no organisation ("the Russian"). */
function onlyAdjectives(tokens: readonly Token[], from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    const w = tokens[i].lower;
    if (!(NATIONALITIES.has(w) || TITLE_MODIFIERS.has(w) && !ORGANIZATION_HEADS.has(w))) return false;
  }
  return true;
}

/** An organisation's head among tokens [from, end); one that is also a title counts only as the last word. */
function holdsOrganizationHead(tokens: readonly Token[], from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    const w = tokens[i].lower;
    if (ORGANIZATION_HEADS.has(w) && !(TITLES.has(w) && i !== end - 1)) return true;
  }
  return false;
}

/** The country of the first nationality among tokens [from, end). */
function firstNationality(tokens: readonly Token[], from: number, end: number): string | undefined {
  for (let i = from; i < end; i++) {
    const country = NATIONALITIES.get(tokens[i].lower);
    if (country !== undefined) return country;
  }
  return undefined;
}

const PARTY_MEMBER_NOUNS: ReadonlySet<string> = new Set(PARTY_MEMBERS.values());

/** Tokens [from, end) are words of US states' names or lower-case words ("New York", "veteran Ohio"). */
function onlyStatesAndLowerCase(tokens: readonly Token[], from: number, end: number): boolean {
  for (let i = from; i < end; i++) if (tokens[i].kind !== 'word' || tokens[i].cap && !US_STATE_WORDS.has(tokens[i].lower)) return false;
  return true;
}

/** Verbs of saying in the present, or irregular, that may follow "the Brazilian". */
const SAYING_AFTER_NATIONALITY = new Set(['said', 'says', 'told', 'tells', 'adds', 'wrote', 'writes', 'insists', 'explains', 'admits', 'continues', 'asks', 'replies', 'notes', 'recalls']);

/** Tells what tokens [first, end) name. */
export function classify(ctx: PhraseContext, first: number, end: number): NounPhrase | undefined {
  const { tokens, text } = ctx;
  if (end <= first) return undefined;
  let determiner: Token | undefined;
  let from = first;
  if (DETERMINERS.has(tokens[from].lower)) determiner = tokens[from++];
  if (from >= end) return undefined;
  const last = tokens[end - 1];
  const base = {
    firstToken: first,
    lastToken: end,
    definite: !determiner || !INDEFINITE_DETERMINERS.has(determiner.lower),
    plural: false,
  };

  // "the Georgia Democrat", "the veteran Republican": a party's member, where they are from before it, is a role
  if (determiner?.lower === 'the' && PARTY_MEMBER_NOUNS.has(last.lower) && onlyStatesAndLowerCase(tokens, from, end - 1)) {
    const { start, end: e, text: t } = span(ctx, first, end);
    return phraseOf('role', start, e, t, base, { gender: 'unknown', head: last.lower });
  }

  // "Critics said", "Officials say": a capitalised common noun at a sentence's start is a description, not a name
  const commonNoun = end - from === 1 && last.cap && (ANONYMOUS_HEADS.has(last.lower) || ORGANIZATION_HEADS.has(last.lower) && !isAcronym(last)) && last.text !== last.text.toUpperCase();
  if (isNameCased(last) && !NOT_NAME_STARTS.has(last.lower) && !commonNoun) {
    // "Councilman Victor Reyes and Councilwoman Ana Lima": two titled people
    const pair = titledPair(ctx, first, from, end, base);
    if (pair) return pair;
    // the name is the run of capitalised words at the end, titles and nationalities in front of it set apart
    let runStart = end - 1;
    while (runStart - 1 >= from) {
      const t = tokens[runStart - 1];
      if (t.kind === 'word' && isNameCased(t)) runStart--;
      else if (t.kind === 'word' && NAME_CONNECTORS.has(t.lower) && tokens[runStart - 2]?.cap) runStart--;
      else {
        // "Ana de Vries": particles between capitalised words
        const particles = particlesEndingAt(tokens, runStart - 1, from);
        if (particles < runStart && isNameCased(tokens[particles - 1])) runStart = particles;
        else break;
      }
    }
    let nameStart = runStart;
    // "De Blasio", "Al Gore", "Van Hollen": a capitalised particle opens a name, it is no connector
    while (nameStart < end - 1 && (isTitleLike(tokens[nameStart]) || NAME_CONNECTORS.has(tokens[nameStart].lower) && !(tokens[nameStart].cap && SURNAME_PARTICLES.has(tokens[nameStart].lower)))) {
      nameStart++;
      // "Secretary of State John Kerry": the object of a title's "of" is part of the title ("Rep. Al Vance": a
      // capitalised "Al" is a first name)
      while (nameStart < end - 1 && NAME_CONNECTORS.has(tokens[nameStart].lower) && !tokens[nameStart].cap) nameStart += 2;
    }
    // "Senate Majority Leader Chuck Schumer": whatever stands before the last title belongs to the title
    for (let j = end - 2; j >= nameStart; j--) {
      if (TITLES.has(tokens[j].lower) && tokens[j + 1].cap && !NAME_CONNECTORS.has(tokens[j + 1].lower)) {
        nameStart = j + 1;
        break;
      }
    }
    if (nameStart >= end) nameStart = end - 1;
    // the gender of the name's first word as a first name, if it is one: asked once, read by several rules below
    const firstName = genderOfFirstName(tokens[nameStart].text);
    // "John Thune of South Dakota": a person's name ends before "of" and the place
    let nameEnd = end;
    // (a first name either sex has, "Dana", counts)
    if (firstName || firstNameLexicon().ambiguous.has(tokens[nameStart].lower)) {
      for (let j = nameStart + 2; j < end; j++) {
        if (tokens[j].lower === 'of' || tokens[j].lower === 'from') {
          nameEnd = j;
          break;
        }
      }
    }
    // token ranges are walked by index, not sliced: classify runs for every capitalised run of every paragraph
    const nameLength = nameEnd - nameStart;
    // "the Russian", "Ukrainian": an adjective alone names no one
    if (onlyAdjectives(tokens, nameStart, nameEnd) && !isAcronym(last)) {
      // "the Brazilian added": one nationality after "the", before a verb of saying or after it, is a person, the one
      // the article has been quoting ("the Chinese", "the French" are a people; "the Russian back lines" a thing)
      const next = tokens[end];
      const saying = next === undefined || next.kind !== 'word' || /ed$/.test(next.lower) || SAYING_AFTER_NATIONALITY.has(next.lower);
      if (determiner?.lower === 'the' && from === end - 1 && NATIONALITIES.has(last.lower) && /(an|i)$/.test(last.lower) && saying) {
        const { start, end: e, text: t } = span(ctx, first, end);
        return phraseOf('role', start, e, t, base, { gender: 'unknown', head: last.lower });
      }
      return undefined;
    }
    // "said Tuesday": a day or a month is no one
    if (nameLength === 1 && CALENDAR_WORDS.has(last.lower)) return undefined;
    // "Clinton Campaign Reportedly Scrambling For Black Voters": a headline in title case is no one
    if (capitalisedWords(tokens, nameStart, nameEnd) > MAX_PERSON_NAME_WORDS && !holdsOrganizationHead(tokens, from, end)) return undefined;
    const descriptor = nameStart > from ? text.slice(tokens[from].start, tokens[nameStart - 1].end) : undefined;
    const orgLike = holdsOrganizationHead(tokens, from, end) ||
      (nameLength === 1 && (COUNTRY_NAMES.has(last.lower) || isAcronym(last) && genderOfFirstName(last.text) === undefined));
    // a name right after a title is a person's ("Senate Majority Leader Ann Lee"), whatever organisation the title names
    const titled = nameStart > from && TITLES.has(tokens[nameStart - 1].lower) && nameLength >= 1 && !ORGANIZATION_HEADS.has(last.lower);
    if (orgLike && !titled && !(nameLength >= 2 && firstName)) {
      const { start, end: e, text: t } = span(ctx, from, end);
      return phraseOf('organization', start, e, t, base, { gender: 'neuter', head: last.lower });
    }
    // "the Metro Ledger", "the Riders Union": a name after "the" with no title before it is no person's, unless it
    // opens with a first name
    if (determiner?.lower === 'the' && nameStart === from && !firstName && !last.lower.endsWith('s')) {
      const { start, end: e, text: t } = span(ctx, from, end);
      return phraseOf('organization', start, e, t, base, { gender: 'neuter', head: last.lower });
    }
    // "Mr. King", "Dr. Bishop": an honorific makes a person of any word after it
    const honored = nameStart > 0 && HONORIFICS.has(tokens[nameStart - 1].lower);
    // "Dean, a medical doctor, said": a title word with no article, set off by "a ..." after it, is a surname
    const apposed = !determiner && nameStart === from && tokens[end]?.text === ',' && (tokens[end + 1]?.lower === 'a' || tokens[end + 1]?.lower === 'an');
    if (nameLength === 1 && TITLES.has(last.lower) && !honored && !apposed) {
      // "the President said": a role standing for a person met before
      const { start, end: e, text: t } = span(ctx, first, end);
      return phraseOf('role', start, e, t, base, { gender: genderOfTitles(tokens, from, end), head: last.lower });
    }
    // "Stealth Over Health": a capitalised preposition makes a headline in title case, not a person's name
    if (holdsCapitalisedPreposition(tokens, nameStart, nameEnd)) return undefined;
    // "Lakefront Stadium", "Market Street": a place, not a person ("Jo Park" opens with a first name)
    if (nameLength >= 2 && PLACE_HEADS.has(tokens[nameEnd - 1].lower) && !firstName) return undefined;
    const { start, end: e, text: t } = span(ctx, nameStart, nameEnd);
    // "Sens. Jon Tester and David Vitter": two people, whom "they" means, not "he"
    if (joinsTwoNames(tokens, nameStart, nameEnd)) return phraseOf('person', start, e, t, base, { descriptor, gender: 'plural', plural: true });
    let gender = genderOfTitles(tokens, from, end);
    if (gender === 'unknown' && nameLength >= 2) gender = firstName ?? 'unknown';
    const person = phraseOf('person', start, e, t, base, { descriptor, gender });
    // "Margaret “Peg” Thorsby": the nickname is in the mention, not in the name
    if (nameLength >= 2 && tokens[nameEnd - 1].start - tokens[nameEnd - 2].end > 1) person.name = wordsOf(tokens, nameStart, nameEnd);
    return person;
  }

  const headWord = last.lower;
  const nationality = firstNationality(tokens, from, end);
  if (OUTLET_HEADS.has(headWord)) {
    const { start, end: e, text: t } = span(ctx, first, end);
    return phraseOf('outlet-description', start, e, t, base, { gender: 'neuter', head: headWord, outletTypes: OUTLET_HEADS.get(headWord), country: nationality });
  }
  if (ORGANIZATION_HEADS.has(headWord) && !ANONYMOUS_HEADS.has(headWord)) {
    const { start, end: e, text: t } = span(ctx, from, end);
    return phraseOf('organization', start, e, t, base, { gender: 'neuter', head: headWord, country: nationality });
  }
  if (ANONYMOUS_HEADS.has(headWord)) {
    const { start, end: e, text: t } = span(ctx, first, end);
    const plural = headWord.endsWith('s') || headWord === 'people' || headWord === 'police';
    return phraseOf('anonymous', start, e, t, base, { gender: plural ? 'plural' : genderOfTitles(tokens, from, end), head: singular(headWord), plural });
  }
  if (TITLES.has(headWord)) {
    const { start, end: e, text: t } = span(ctx, first, end);
    return phraseOf(determiner && !base.definite ? 'anonymous' : 'role', start, e, t, base, { gender: genderOfTitles(tokens, from, end), head: headWord });
  }
  return undefined;
}

/** The words of tokens [from, end) joined by single spaces. */
function wordsOf(tokens: readonly Token[], from: number, end: number): string {
  let words = tokens[from].text;
  for (let i = from + 1; i < end; i++) words += ` ${tokens[i].text}`;
  return words;
}

/** One shape for every phrase (spreading small objects is dear in the hot path of the local pass). */
const TITLE_CASE_PREPOSITIONS = new Set(['over', 'under', 'to', 'for', 'with', 'in', 'on', 'at', 'by', 'from', 'into', 'about', 'after', 'before', 'against', 'the', 'is', 'are', 'was', 'not']);

/** A capitalised function word after the name's first word ("Stealth Over Health"): title case, not a name. */
function holdsCapitalisedPreposition(tokens: readonly Token[], from: number, end: number): boolean {
  for (let j = from + 1; j < end; j++) if (tokens[j].cap && TITLE_CASE_PREPOSITIONS.has(tokens[j].lower)) return true;
  return false;
}

/** Two people, each with a title, joined by "and": one plural source named by both names. */
function titledPair(ctx: PhraseContext, first: number, from: number, end: number, base: Parameters<typeof phraseOf>[4]): NounPhrase | undefined {
  const { tokens } = ctx;
  for (let j = from + 2; j < end - 2; j++) {
    if (tokens[j].lower !== 'and' || !isTitleLike(tokens[j + 1]) || !tokens[j - 1].cap) continue;
    const left = classify(ctx, from, j);
    const right = classify(ctx, j + 1, end);
    if (left?.kind !== 'person' || right?.kind !== 'person') return undefined;
    const { start, end: e, text } = span(ctx, first, end);
    const pair = phraseOf('person', start, e, text, base, { gender: 'plural', plural: true });
    pair.name = `${left.name} and ${right.name}`;
    return pair;
  }
  return undefined;
}

/** An "and" or "&" in the name run that a first name follows: the run names two people. */
function joinsTwoNames(tokens: readonly Token[], from: number, end: number): boolean {
  for (let j = from + 1; j < end - 1; j++) {
    if ((tokens[j].lower === 'and' || tokens[j].text === '&') && genderOfFirstName(tokens[j + 1].text)) return true;
  }
  return false;
}

function phraseOf(
  kind: PhraseKind,
  start: number,
  end: number,
  text: string,
  base: { firstToken: number; lastToken: number; definite: boolean; plural: boolean },
  extra: { gender: Gender; descriptor?: string; head?: string; outletTypes?: readonly string[]; country?: string; plural?: boolean },
): NounPhrase {
  return {
    kind,
    start,
    end,
    text,
    firstToken: base.firstToken,
    lastToken: base.lastToken,
    name: text,
    descriptor: extra.descriptor,
    gender: extra.gender,
    outletKey: undefined,
    outletTypes: extra.outletTypes,
    country: extra.country,
    head: extra.head,
    definite: base.definite,
    plural: extra.plural ?? base.plural,
    antecedent: undefined,
  };
}

function singular(word: string): string {
  if (word === 'people') return 'person';
  if (word.endsWith('people')) return word.slice(0, -6) + 'person';
  return word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}
