// Coreference, linear in the number of mentions: each mention joins an entity met before or starts a new one.
// A surname joins the full name; a pronoun the last compatible entity, preferring the one that was speaking; a
// description ("the Russian newspaper") the outlet already named whose type and country fit.
import type { Gender, MentionForm, SourceKind } from '../model';
import type { Outlet, OutletRegistry } from '../registry';
import type { NounPhrase } from '../local/noun-phrase';
import { ANONYMOUS_HEADS, GENDERED_NOUNS, NATIONALITIES, ORGANIZATION_HEADS, SURNAME_PARTICLES, TITLES, US_STATE_WORDS, partyTagWords } from '../lexicon/words';
import { wordHash } from '../text/chars';

export interface Entity {
  index: number;
  kind: SourceKind;
  name: string;
  /** Lower-case name words, for surname matching (shared between entities of one name: never changed in place); none
   * for entities other than persons. */
  words: readonly string[];
  descriptor?: string;
  gender: Gender;
  outlet?: Outlet;
  head?: string;
  plural: boolean;
  mentions: Array<{ start: number; end: number; text: string; form: MentionForm }>;
  /** Offset of the latest mention, and of the latest mention as the source of a cue. */
  lastSeen: number;
  lastSpoke: number;
  /** Paragraph of the latest mention as a source. */
  lastSpokeParagraph: number;
  /** Referred to by the surname alone: of two people with one surname, the one the article calls by it. */
  calledBySurname: boolean;
  /** Place of the latest mention in the order of all mentions, and the entities mentioned last after and before it
   * (see EntityResolver.latestMentioned). */
  mentionIndex: number;
  newer: Entity | undefined;
  older: Entity | undefined;
  /** The same, among entities of the entity's kind. */
  newerOfKind: Entity | undefined;
  olderOfKind: Entity | undefined;
}

const NO_WORDS: readonly string[] = [];

const NO_ENTITIES: readonly Entity[] = [];

/** The entity last seen among those of `list` that are not of gender `opposite` and pass `test` (the first of
 * equals); a loop, where filtering the list for each question made an array and a closure per mention. */
function latestOf(list: readonly Entity[], opposite: Gender | undefined, test: (e: Entity) => boolean): Entity | undefined {
  let best: Entity | undefined;
  for (const e of list) if (e.gender !== opposite && test(e) && (!best || e.lastSeen > best.lastSeen)) best = e;
  return best;
}

/** At least two entities of `list` are not of gender `opposite`. */
function hasTwo(list: readonly Entity[], opposite: Gender | undefined): boolean {
  let count = 0;
  for (const e of list) if (e.gender !== opposite && ++count === 2) return true;
  return false;
}

const anyEntity = (): boolean => true;
const lastSeenOf = (e: Entity): number => e.lastSeen;
const lastSpokeOf = (e: Entity): number => e.lastSpoke;
const hasSpoken = (e: Entity): boolean => e.lastSpoke >= 0;
const isSurnameOnly = (e: Entity): boolean => isSurname(e.words);
const isCalledBySurname = (e: Entity): boolean => e.calledBySurname;

/** A surname alone, with its particles: "Clinton", "de Blasio", "Van Hollen" (not "Al Gore": Al is a first name). */
function isSurname(words: readonly string[]): boolean {
  for (let i = 0; i < words.length - 1; i++) if (words[i] === 'al' || !SURNAME_PARTICLES.has(words[i])) return false;
  return true;
}

/** What a new entity may be given beyond its kind and name. */
type EntityExtra = Pick<Partial<Entity>, 'descriptor' | 'gender' | 'outlet' | 'head' | 'plural'>;

/**
 * The entity already has a mention starting at `start`. Its mentions are added in the order of the paragraphs, and
 * those of the paragraph at `base` start at `base` or later: only they are looked at (no set of starts per entity).
 */
function hasMentionAt(entity: Entity, start: number, base: number): boolean {
  const mentions = entity.mentions;
  // mentions come in the order they stand, but for an antecedent met again after a few others ("X, who"): the last
  // few suffice, and a paragraph of thousands of mentions of one person costs no quadratic walk
  const floor = Math.max(0, mentions.length - MENTION_LOOK_BACK);
  for (let i = mentions.length - 1; i >= floor && mentions[i].start >= base; i--) if (mentions[i].start === start) return true;
  return false;
}

const MENTION_LOOK_BACK = 16;

interface NameWords {
  words: readonly string[];
  full: string;
  surname: string;
  /** wordHash of the surname. */
  hash: number;
}

/** Names of the writer of the piece, who speaks as "I" or "we": a source, but not an anonymous one to flag. */
export const WRITER = 'the author';
export const WRITERS = 'the authors';

/** How far back (in paragraphs) a pronoun or a definite description looks for a speaker before any mention will do. */
const SPEAKER_WINDOW = 3;

/** Nouns any organisation may be called by after its name ("the group", "the company"). */
const GENERIC_ORGANIZATION_HEADS = new Set(['group', 'organization', 'organisation', 'company', 'firm', 'coalition', 'association', 'charity', 'nonprofit', 'body', 'alliance', 'foundation', 'network', 'watchdog', 'institute', 'business']);

/** How many recent mentions a pronoun or a description looks through: far enough for any article, and linear. */
const RECENT_LIMIT = 400;

export class EntityResolver {
  readonly entities: Entity[] = [];
  /** How many mentions have been resolved. The look-backs go over the latest RECENT_LIMIT of them. */
  private mentionCount = 0;
  /**
   * The entity mentioned last, the head of a list of entities by their latest mention (`older` links). A look-back
   * walks it while the latest mention is within the limit: each recent entity once, where walking every mention
   * visits an entity at each of its mentions. The answers are the same: what a look-back tests and compares belongs
   * to the entity, not the mention, and a tie still goes to the entity mentioned last.
   */
  private latestMentioned: Entity | undefined;
  /** The head of the same list for each kind (`olderOfKind` links): a look-back for one kind walks that kind alone and
   * meets its entities in the same order (most look-backs are for persons, and every he, his, she and her asks one). */
  private readonly latestMentionedOfKind: Record<SourceKind, Entity | undefined> = { person: undefined, organization: undefined, outlet: undefined, anonymous: undefined };
  private readonly personByFullName = new Map<string, Entity>();
  private readonly personsBySurname = new Map<string, Entity[]>();
  private readonly surnameHashes = new Set<number>();
  /** Persons by the first word of a name that opens with its family name ("Tran Van Minh", "Xi Jinping"). */
  private readonly personsByFamilyName = new Map<string, Entity>();
  private readonly organizationByKey = new Map<string, Entity>();
  private readonly outletByKey = new Map<string, Entity>();
  /** The writer of the piece, met as "I" or "we" outside quotation marks. */
  private writer?: Entity;
  private writers?: Entity;
  private readonly roleWordsByDescriptor = new Map<string, readonly string[]>();
  private readonly wordsByName = new Map<string, NameWords>();

  constructor(private readonly registry: OutletRegistry) {}

  /**
   * Resolves a phrase at absolute offset `base` + its local span. `speaking`: the phrase is the source of a cue.
   * Returns the entity, or undefined when nothing fits (a pronoun with no antecedent).
   */
  resolve(phrase: NounPhrase, base: number, paragraph: number, speaking: boolean): Entity | undefined {
    const start = base + phrase.start;
    const end = base + phrase.end;
    let entity: Entity | undefined;
    let form: MentionForm;
    switch (phrase.kind) {
      case 'pronoun': {
        if (phrase.antecedent && this.mayMean(phrase.antecedent, base, phrase.gender)) {
          entity = this.resolve(phrase.antecedent, base, paragraph, speaking);
        } else if (phrase.name === 'i' || phrase.name === 'we') {
          // "I think", "We asked" outside quotes: the writer of the piece
          entity = phrase.name === 'i' ? (this.writer ??= this.create('anonymous', WRITER, { gender: 'unknown', head: 'author' })) : (this.writers ??= this.create('anonymous', WRITERS, { gender: 'plural', head: 'authors', plural: true }));
        } else entity = this.pronounTarget(phrase.gender, paragraph, base, base + phrase.start);
        form = 'pronoun';
        break;
      }
      case 'outlet': {
        const outlet = phrase.outletKey ? this.registry.get(phrase.outletKey) : undefined;
        entity = phrase.outletKey ? this.outletByKey.get(phrase.outletKey) : undefined;
        if (!entity) {
          entity = this.create('outlet', phrase.name, { outlet, gender: 'neuter' });
          if (phrase.outletKey) this.outletByKey.set(phrase.outletKey, entity);
        }
        form = 'outlet';
        break;
      }
      case 'outlet-description': {
        entity = this.outletFitting(phrase);
        // "the agency" with no news agency named: the organisation last heard from
        if (!entity && phrase.definite && phrase.head === 'agency') {
          entity = this.latestBy((e) => e.lastSpokeParagraph >= paragraph - SPEAKER_WINDOW, lastSpokeOf, 'organization');
        }
        entity ??= this.create('anonymous', phrase.name, { gender: 'neuter', head: phrase.head });
        form = 'description';
        break;
      }
      case 'organization': {
        const key = normalise(phrase.name);
        entity = this.organizationByKey.get(key);
        if (!entity && phrase.definite && phrase.head && phrase.name.split(' ').length <= 2) {
          // "the ministry" after "the Russian defense ministry"
          entity = this.latest((e) => e.head === phrase.head, 'organization');
          // "the group said" after "the Alzheimer's Research Alliance said": a plain noun for an organisation is the one
          // met last, in this paragraph or speaking in the one before
          if (!entity && GENERIC_ORGANIZATION_HEADS.has(phrase.head) && !phrase.name.includes(' ')) {
            entity = this.latest((e) => !e.plural && (e.lastSeen >= base || e.lastSpokeParagraph >= paragraph - 1), 'organization');
          }
        }
        if (!entity) {
          entity = this.create('organization', phrase.name, { gender: 'neuter', head: phrase.head, plural: phrase.plural });
          this.organizationByKey.set(key, entity);
        }
        form = 'name';
        break;
      }
      case 'anonymous': {
        if (phrase.definite && phrase.head) {
          const head = phrase.head;
          entity = this.latest((e) => e.head === head, 'anonymous');
          // "Mariners coach Tom Reyes ... the coach said": a person whose description has the noun, if met later
          const described = phrase.plural ? undefined : this.latestWithRole(head, phrase.text);
          if (described && (!entity || described.lastSeen > entity.lastSeen)) entity = described;
        }
        // "Her neighbor, Petro Savchuk, ... The 71-year-old said": an age stands for the person named last
        if (!entity && phrase.definite && isAgeDescription(phrase)) {
          // the person its paragraph was about, else the one named last
          entity = phrase.antecedent && this.mayMean(phrase.antecedent, base, phrase.gender) ? this.resolve(phrase.antecedent, base, paragraph, speaking) : this.latestPersonFitting(phrase.gender, start);
        }
        if (!entity && speaking && phrase.head && PERSON_NOUNS.has(phrase.head) && isDefiniteWithModifier(phrase.text)) entity = this.personSpeakingOfLate(phrase.gender, paragraph);
        entity ??= this.create('anonymous', phrase.name, { gender: phrase.gender, head: phrase.head, plural: phrase.plural, descriptor: phrase.descriptor });
        form = 'anonymous';
        break;
      }
      case 'role': {
        // "the president", "the governor": the person last met with that role
        const role = phrase.head ? roleWord(phrase.head) : undefined;
        if (role !== undefined) entity = this.latestWithRole(role, phrase.text);
        // else the same unnamed role met before ("the treasurer" again)
        entity ??= this.latest((e) => e.head === phrase.head, 'anonymous');
        // "the Vermont senator acknowledged": a role the article never gave by name is the person speaking of late
        if (!entity && speaking && (isDefiniteWithModifier(phrase.text) || NATIONALITIES.has(phrase.head ?? ''))) entity = this.personSpeakingOfLate(phrase.gender, paragraph);
        entity ??= this.create('anonymous', phrase.name, { gender: phrase.gender, head: phrase.head, plural: false });
        form = 'description';
        break;
      }
      case 'person': {
        entity = this.person(phrase, speaking);
        form = phrase.name.includes(' ') ? 'name' : 'surname';
        break;
      }
    }
    if (!entity) return undefined;
    // (a fuller description of the same kind replaces the shorter: "Dr." then "Dr., a geochemist at the institute")
    if (phrase.descriptor && (!entity.descriptor || phrase.descriptor.length > entity.descriptor.length && phrase.descriptor.startsWith(entity.descriptor))) entity.descriptor = phrase.descriptor;
    // "Kravets's husband, Andriy,": the description tells a gender the first name does not
    if (entity.gender === 'unknown' && entity.kind === 'person' && phrase.descriptor) entity.gender = genderOfDescriptor(phrase.descriptor);
    if (entity.gender === 'unknown' && phrase.gender !== 'unknown' && phrase.kind !== 'pronoun') entity.gender = phrase.gender;
    if (phrase.kind === 'pronoun' && entity.gender === 'unknown' && (phrase.gender === 'male' || phrase.gender === 'female')) entity.gender = phrase.gender;
    const text = phrase.kind === 'pronoun' && phrase.antecedent ? phrase.text : phrase.text;
    // one phrase met both as a name and as a cue's source is one mention
    if (!hasMentionAt(entity, start, base)) entity.mentions.push({ start, end, text, form });
    entity.lastSeen = Math.max(entity.lastSeen, start);
    this.noteMention(entity);
    if (speaking) {
      entity.lastSpoke = start;
      entity.lastSpokeParagraph = paragraph;
    }
    return entity;
  }

  /** A person of this surname (by wordHash; a hash may collide, which resolveSurname then finds) was met. */
  knowsSurname(hash: number): boolean {
    return this.surnameHashes.has(hash);
  }

  /** The wordHash of the surname of a person's phrase, as knowsSurname reads it once the person is met. */
  surnameHash(phrase: NounPhrase): number {
    return this.nameWords(phrase.name).hash;
  }

  /**
   * A single word met outside any cue ("Delgado shrugged"), at absolute offsets: a mention of the person of that
   * surname met before, if any, never a new person.
   */
  resolveSurname(text: string, start: number, end: number, paragraph: number): Entity | undefined {
    const name = text.slice(start, end);
    const { surname } = this.nameWords(name);
    if (!this.personsBySurname.has(surname) && !this.personsByFamilyName.has(surname)) return undefined;
    const phrase: NounPhrase = { kind: 'person', start: 0, end: end - start, text: name, firstToken: 0, lastToken: 1, name, descriptor: undefined, gender: 'unknown', outletKey: undefined, outletTypes: undefined, country: undefined, head: undefined, definite: true, plural: false, antecedent: undefined };
    return this.resolve(phrase, start, paragraph, false);
  }

  /** A pronoun met anywhere tells the gender of the person it most likely means, if unknown. */
  notePronoun(gender: 'male' | 'female', offset: number): void {
    const met = gender === 'male' ? this.malePronouns : this.femalePronouns;
    met[0] = met[1];
    met[1] = offset;
    const last = this.latestPersonBefore(offset);
    if (!last || last.gender !== 'unknown') return;
    // not when a person of that gender was named just before: the pronoun may be theirs
    const rival = this.latest((e) => e !== last && e.gender === gender && e.lastSeen < offset && e.lastSeen > last.lastSeen - 200, 'person');
    if (!rival) last.gender = gender;
  }

  private person(phrase: NounPhrase, speaking: boolean): Entity | undefined {
    const known = this.nameWords(phrase.name);
    const { words, full, surname } = known;
    // "Mr. Obama" is not Michelle Obama: a gender the phrase tells rules out the other
    const opposite = phrase.gender === 'male' ? 'female' : phrase.gender === 'female' ? 'male' : undefined;
    const withSurname = this.personsBySurname.get(surname) ?? NO_ENTITIES;
    const anyWithSurname = latestOf(withSurname, opposite, anyEntity);
    if (words.length === 1 && !anyWithSurname && PLURAL_NOUN_ENDING.test(surname)) {
      // "Delegates questioned ...": a capitalised plural noun opening a sentence, no person's surname met before
      return this.latest((e) => e.head === surname, 'anonymous') ?? this.create('anonymous', phrase.name, { gender: 'plural', head: surname, plural: true });
    }
    // "Dame Fiona Haworth ... Dame Fiona said": a knight's or a dame's title goes with the first name
    if (words.length === 1 && (phrase.descriptor === 'Sir' || phrase.descriptor === 'Dame')) {
      const named = this.latest((e) => e.words.length > 1 && e.words[0] === words[0], 'person');
      if (named) return named;
    }
    if (isSurname(words)) {
      // a surname (or a single name): the latest person whose name ends with it; as a source, the latest of those
      // who spoke ("Heidi Cruz" named in passing does not make "Cruz said" hers)
      // ("Nadia Ferreira ... Ferreira said ... her brother, John Ferreira": news calls the second by the full name or
      // the first name, so "Ferreira" stays hers)
      const two = hasTwo(withSurname, opposite);
      const speaker = two ? latestOf(withSurname, opposite, isCalledBySurname) ?? (speaking ? latestOf(withSurname, opposite, hasSpoken) : undefined) : undefined;
      const entity = speaker ?? anyWithSurname ?? this.familyNameFirst(words) ?? this.createPerson(phrase, known);
      // (only a surname that could mean no one else makes it theirs)
      if (!two) entity.calledBySurname = true;
      return entity;
    }
    const exact = this.personByFullName.get(full);
    if (exact) return exact;
    // "Clinton" met first, then "Hillary Clinton": one person, now with the full name
    const partial = latestOf(withSurname, opposite, isSurnameOnly);
    if (partial) {
      partial.name = phrase.name;
      partial.words = words;
      this.personByFullName.set(full, partial);
      return partial;
    }
    // "Donald J. Trump" and "Donald Trump"
    const variant = latestOf(withSurname, opposite, (e) => e.words[0] === words[0]);
    if (variant) return variant;
    return this.createPerson(phrase, known);
  }

  /** The person whose name opens with the family name `words` (one word), as East Asian names are written. */
  private familyNameFirst(words: readonly string[]): Entity | undefined {
    return words.length === 1 ? this.personsByFamilyName.get(words[0]) : undefined;
  }

  /** A new person named by `phrase`, whose name's words are `known`. */
  private createPerson(phrase: NounPhrase, known: NameWords): Entity {
    const { words, full, surname } = known;
    const entity = this.create('person', phrase.name, { gender: phrase.gender, descriptor: phrase.descriptor, plural: phrase.plural }, words);
    this.personByFullName.set(full, entity);
    // "Tran Van Minh", later "Tran": a name that opens with a common East Asian family name
    if (words.length >= 2 && FAMILY_NAMES_FIRST.has(words[0])) {
      this.personsByFamilyName.set(words[0], entity);
      this.surnameHashes.add(wordHash(words[0]));
    }
    const list = this.personsBySurname.get(surname);
    if (list) list.push(entity);
    else {
      this.personsBySurname.set(surname, [entity]);
      this.surnameHashes.add(known.hash);
    }
    return entity;
  }

  /** A name's lower-case words, joined by one space, and the last: kept per name, as a name recurs through a text. */
  private nameWords(name: string): NameWords {
    let known = this.wordsByName.get(name);
    if (!known) {
      // "O’Neill" and "O'Neill" are one name, typed with either apostrophe
      const words = name.toLowerCase().replace(/\u2019/g, "'").split(/\s+/);
      const surname = words[words.length - 1];
      known = { words, full: words.join(' '), surname, hash: wordHash(surname) };
      this.wordsByName.set(name, known);
    }
    return known;
  }

  /**
   * The person met last whose descriptor has the role word: first one who fits the rest of the phrase `text` (from the
   * state it names, "the Georgia Democrat"; former only if it says so, "the governor" is the sitting one), else any.
   */
  private latestWithRole(role: string, text: string): Entity | undefined {
    const states = statesIn(text);
    const former = /\bformer\b/i.test(text);
    const fitsWholly = (e: Entity): boolean => {
      const words = this.roleWordsOf(e.descriptor);
      return words.includes(role) && words.includes('former') === former && states.every((w) => words.includes(w));
    };
    return this.latest(fitsWholly, 'person') ?? this.latest((e) => this.roleWordsOf(e.descriptor).includes(role), 'person');
  }

  /** The words of a descriptor, titles spelled out: kept per descriptor, as every "the president" asks the same people. */
  private roleWordsOf(descriptor: string | undefined): readonly string[] {
    if (!descriptor) return NO_WORDS;
    let words = this.roleWordsByDescriptor.get(descriptor);
    if (!words) {
      words = roleWords(descriptor);
      this.roleWordsByDescriptor.set(descriptor, words);
    }
    return words;
  }

  private outletFitting(phrase: NounPhrase): Entity | undefined {
    const types = phrase.outletTypes ?? [];
    return this.latest((e) => {
      if (!e.outlet) return false;
      if (types.length && !types.includes(e.outlet.type)) return false;
      return !phrase.country || e.outlet.country === phrase.country;
    }, 'outlet');
  }

  /** `paragraphStart`: the offset where the pronoun's paragraph starts. */
  private pronounTarget(gender: Gender, paragraph: number, paragraphStart: number, offset: number): Entity | undefined {
    const fits = (e: Entity): boolean => {
      switch (gender) {
        case 'male':
        case 'female':
          return e.kind === 'person' && e.gender === gender;
        case 'neuter':
          return (e.kind === 'organization' || e.kind === 'outlet' || (e.kind === 'anonymous' && !e.plural && e.gender === 'neuter')) && !e.plural;
        case 'plural':
          return e.plural;
        default:
          return false;
      }
    };
    // a man or a woman is a person: that kind's list alone
    const kind = gender === 'male' || gender === 'female' ? 'person' : undefined;
    const recentSpeaker = this.latestBy((e) => fits(e) && e.lastSpokeParagraph >= paragraph - SPEAKER_WINDOW, lastSpokeOf, kind);
    if (gender === 'male' || gender === 'female') {
      // "A nurse who asked not to be named said ... '...,' she said": one unnamed person who spoke last, in this
      // paragraph or the one before, with no one named since ("the GOP nominee" is someone named, not met as such)
      const unnamed = this.latestBy((e) => !e.plural && INDEFINITE_NAME.test(e.name) && (e.gender === gender || e.gender === 'unknown' || isPersonHead(e.head)) && e.lastSpokeParagraph >= paragraph - 1, lastSpokeOf, 'anonymous');
      // (nor a "she" since that meant someone else: "she was training when a neighbor asked her")
      if (unnamed && unnamed.lastSpoke > (this.latestMentionedOfKind.person?.lastSeen ?? -1) && this.pronounBefore(gender, offset) <= unnamed.lastSpoke) return unnamed;
      // "Malkia Cyril told us ... She added": a person whose gender no name tells, speaking since the last one who
      // fits was even named, is the likelier antecedent
      const unknown = this.latestBy((e) => e.gender === 'unknown' && e.lastSpokeParagraph >= paragraph - 1, lastSpokeOf, 'person');
      if (unknown && (!recentSpeaker || unknown.lastSpoke > Math.max(recentSpeaker.lastSeen, recentSpeaker.lastSpoke))) return unknown;
    }
    // "Asked about it, Delgado shrugged. 'They may,' he said.": the one person who fits named in the pronoun's own
    // paragraph, when the speaker of late was not
    if (recentSpeaker && kind === 'person' && recentSpeaker.lastSeen < paragraphStart) {
      const named = this.onlyPersonSince(paragraphStart, (e) => fits(e) && e.lastSpoke >= 0);
      if (named) return named;
    }
    // "Back in Providence, Baptiste held up a watch." then '"...," he said.': the person the paragraph before ended
    // on, met after the speaker of late spoke, when this paragraph has named no one yet
    const about = this.aboutBefore;
    if (about && kind === 'person' && fits(about) && (!recentSpeaker || about.lastSeen > recentSpeaker.lastSpoke) && (this.latestMentionedOfKind.person?.lastSeen ?? -1) < paragraphStart) return about;
    if (recentSpeaker) return recentSpeaker;
    const any = this.latest(fits, kind);
    if (any) return any;
    // "they" for an organisation, as British copy has it
    if (gender === 'plural') return this.latestBy((e) => e.lastSpokeParagraph >= paragraph - SPEAKER_WINDOW, lastSpokeOf, 'organization');
    // a person whose gender no name told: the pronoun tells it
    if (gender === 'male' || gender === 'female') {
      return this.latestBy((e) => e.gender === 'unknown' && e.lastSeen >= 0, (e) => Math.max(e.lastSpoke, e.lastSeen), 'person');
    }
    return undefined;
  }

  /**
   * A pronoun of `gender` may mean its antecedent `phrase`: not a person the article has told to be of the other
   * gender, nor a single capitalised word no one was met by ("Ultimately, ..."), at the phrase's place.
   */
  private mayMean(phrase: NounPhrase, base: number, gender: Gender): boolean {
    const e = this.personAt(base + phrase.start, base);
    if (e) return e.gender === 'unknown' || e.gender === gender || gender !== 'male' && gender !== 'female';
    return phrase.name.includes(' ') || phrase.descriptor !== undefined;
  }

  /** Offsets of the last two "he"s and "she"s met (-1 for none), the later second. */
  private readonly malePronouns = [-1, -1];
  private readonly femalePronouns = [-1, -1];

  /** The offset of the last "he" (or "she") before `offset`, as far as the last two tell; -1 for none. */
  private pronounBefore(gender: 'male' | 'female', offset: number): number {
    const met = gender === 'male' ? this.malePronouns : this.femalePronouns;
    return met[1] < offset ? met[1] : met[0] < offset ? met[0] : -1;
  }

  /** The person the paragraph before the one being resolved ends on (see LocalParagraph.about), set by its caller. */
  aboutBefore: Entity | undefined;

  /** The person met by a mention starting at `start`, in the paragraph that starts at `base`, if any. */
  personAt(start: number, base: number): Entity | undefined {
    for (let e = this.latestMentionedOfKind.person; e && e.lastSeen >= start; e = e.olderOfKind) if (hasMentionAt(e, start, base)) return e;
    return undefined;
  }

  /** The entity is the writer of the piece ("I asked him"). */
  isWriter(entity: Entity | undefined): boolean {
    return entity !== undefined && (entity === this.writer || entity === this.writers);
  }

  /** The one person passing `test` mentioned at `offset` or later, or undefined when none or several are. */
  private onlyPersonSince(offset: number, test: (e: Entity) => boolean): Entity | undefined {
    let found: Entity | undefined;
    for (let e = this.latestMentionedOfKind.person; e && e.lastSeen >= offset; e = e.olderOfKind) {
      if (!test(e)) continue;
      if (found) return undefined;
      found = e;
    }
    return found;
  }

  /** The person mentioned last before `offset` whom a phrase of `gender` may mean. */
  private latestPersonFitting(gender: Gender, offset: number): Entity | undefined {
    return this.latest((e) => e.lastSeen < offset && !e.plural && (gender !== 'male' && gender !== 'female' || e.gender === gender || e.gender === 'unknown'), 'person');
  }

  /** The person of a compatible gender who spoke last, within the speaker window. */
  private personSpeakingOfLate(gender: Gender, paragraph: number): Entity | undefined {
    return this.latestBy((e) => !e.plural && (gender !== 'male' && gender !== 'female' || e.gender === gender || e.gender === 'unknown') && e.lastSpokeParagraph >= paragraph - SPEAKER_WINDOW, lastSpokeOf, 'person');
  }

  /** Moves the entity to the head of the list of entities by latest mention, and of its kind's list. */
  private noteMention(entity: Entity): void {
    if (entity !== this.latestMentioned) {
      if (entity.newer) entity.newer.older = entity.older;
      if (entity.older) entity.older.newer = entity.newer;
      entity.newer = undefined;
      entity.older = this.latestMentioned;
      if (this.latestMentioned) this.latestMentioned.newer = entity;
      this.latestMentioned = entity;
    }
    const latestOfKind = this.latestMentionedOfKind[entity.kind];
    if (entity !== latestOfKind) {
      if (entity.newerOfKind) entity.newerOfKind.olderOfKind = entity.olderOfKind;
      if (entity.olderOfKind) entity.olderOfKind.newerOfKind = entity.newerOfKind;
      entity.newerOfKind = undefined;
      entity.olderOfKind = latestOfKind;
      if (latestOfKind) latestOfKind.newerOfKind = entity;
      this.latestMentionedOfKind[entity.kind] = entity;
    }
    entity.mentionIndex = this.mentionCount++;
  }

  /** `latest((e) => e.lastSeen < offset, 'person')` as a plain loop: every he, his, she and her asks it. */
  private latestPersonBefore(offset: number): Entity | undefined {
    let best: Entity | undefined;
    const floor = this.mentionCount - RECENT_LIMIT;
    for (let e = this.latestMentionedOfKind.person; e && e.mentionIndex >= floor; e = e.olderOfKind) {
      if (e.lastSeen < offset && (!best || e.lastSeen > best.lastSeen)) best = e;
    }
    return best;
  }

  private latest(test: (e: Entity) => boolean, kind?: SourceKind): Entity | undefined {
    return this.latestBy(test, lastSeenOf, kind);
  }

  /** The best entity by `key` among those mentioned recently (of `kind`, when given) that pass `test`. */
  private latestBy(test: (e: Entity) => boolean, key: (e: Entity) => number, kind?: SourceKind): Entity | undefined {
    let best: Entity | undefined;
    const floor = this.mentionCount - RECENT_LIMIT;
    if (kind === undefined) {
      for (let e = this.latestMentioned; e && e.mentionIndex >= floor; e = e.older) if (test(e) && (!best || key(e) > key(best))) best = e;
    } else {
      for (let e = this.latestMentionedOfKind[kind]; e && e.mentionIndex >= floor; e = e.olderOfKind) if (test(e) && (!best || key(e) > key(best))) best = e;
    }
    return best;
  }

  /**
   * Every entity has every field, in one order: the look-backs read entities of one shape (one hidden class). Only
   * persons are matched by their name's words (the others' are never read, so not worked out).
   */
  private create(kind: SourceKind, name: string, extra: EntityExtra, words: readonly string[] = NO_WORDS): Entity {
    const entity: Entity = {
      index: this.entities.length,
      kind,
      name,
      words,
      descriptor: extra.descriptor,
      gender: extra.gender ?? 'unknown',
      outlet: extra.outlet,
      head: extra.head,
      plural: extra.plural ?? false,
      mentions: [],
      lastSeen: -1,
      lastSpoke: -1,
      lastSpokeParagraph: -1000,
      calledBySurname: false,
      mentionIndex: -1,
      newer: undefined,
      older: undefined,
      newerOfKind: undefined,
      olderOfKind: undefined,
    };
    this.entities.push(entity);
    return entity;
  }
}

/** Heads of descriptions that stand for one person ("the New York businessman", "the mother of three"). */
const PERSON_NOUNS = new Set(('businessman businesswoman billionaire mogul tycoon magnate entrepreneur mother father wife husband ' +
  'widow widower son daughter star actor actress singer celebrity hopeful contender challenger incumbent front-runner frontrunner ' +
  'veteran native candidate nominee politician').split(' '));

/**
 * "the Vermont senator", "the New York businessman": "the", a modifier and the head; not "a senator" nor "his
 * senator", and not a bare "the mayor", which names an office more often than the last person heard.
 */
function isDefiniteWithModifier(text: string): boolean {
  return /^the\s+\S+\s+\S/i.test(text);
}

/**
 * Common Chinese, Korean and Vietnamese family names, which open a name ("Xi Jinping", "Moon Jae-in"); any other
 * unknown first word is not taken as one ("Obama Sees Insult", from a headline in title case, is no Mr. Obama).
 */
const FAMILY_NAMES_FIRST = new Set(('wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie ' +
  'song tang feng deng cao peng xiao xi kim lee park choi jung kang cho yoon jang lim moon shin han nguyen tran le pham hoang phan ' +
  'vu dang bui do ho ngo duong ly').split(' '));

/** "the 71-year-old", "the 34-year-old mother of three": an age and nothing or a person's noun. */
function isAgeDescription(phrase: NounPhrase): boolean {
  const head = phrase.head ?? '';
  return /^\d+-year-old$/.test(head) || /\b\d+-year-old\b/.test(phrase.text) && (PERSON_NOUNS.has(head) || GENDERED_NOUNS.has(head));
}

/** The gender the first gendered noun of a description tells ("Lee's husband", "the widow of"), or unknown. */
function genderOfDescriptor(descriptor: string): Gender {
  for (const word of descriptor.toLowerCase().split(/[\s’']+/)) {
    const gender = GENDERED_NOUNS.get(word);
    if (gender) return gender;
  }
  return 'unknown';
}

/** Endings of plural nouns that English surnames hardly have ("Delegates", "Activists", "Residents", "Critics"). */
const PLURAL_NOUN_ENDING = /(ates|ists|ants|ents|ians|ives|ees|ics)$/;

/** Titles as written before names, spelled out: "Sen." is the senator, "Gov." the governor. */
const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'sen.': 'senator', 'rep.': 'representative', 'gov.': 'governor', 'gen.': 'general', 'lt.': 'lieutenant',
  'col.': 'colonel', 'capt.': 'captain', 'adm.': 'admiral', 'sgt.': 'sergeant', 'maj.': 'major', 'prof.': 'professor',
  'dr.': 'doctor', 'pres.': 'president', 'congressman': 'representative', 'congresswoman': 'representative',
  'lawmaker': 'representative', 'spokesman': 'spokesperson', 'spokeswoman': 'spokesperson', 'chairman': 'chair',
  'chairwoman': 'chair', 'chairperson': 'chair', 'cllr': 'councillor', 'councilor': 'councillor', 'goalie': 'goaltender',
  'goalkeeper': 'keeper',
};

function roleWord(word: string): string {
  const lower = word.toLowerCase();
  return TITLE_ABBREVIATIONS[lower] ?? lower;
}

/** A head noun that names a person ("midwife", "official"), though a description of one may have told no gender. */
function isPersonHead(head: string | undefined): boolean {
  return head !== undefined && (TITLES.has(head) || ANONYMOUS_HEADS.has(head)) && !ORGANIZATION_HEADS.has(head);
}

/** The name of someone met unnamed: "a retired teacher", "another resident", "one midwife". */
const INDEFINITE_NAME = /^(a|an|another|one)\s/i;

/** The words of US states' names in a phrase ("the New York Republican": new, york). */
function statesIn(text: string): string[] {
  return text.toLowerCase().split(' ').filter((word) => US_STATE_WORDS.has(word));
}

/** The words of a descriptor, titles spelled out, for "the senator" to find "Sen. Ann Lee". */
function roleWords(descriptor: string): string[] {
  // a party tag stands for its words: "(D-Ga.)" for "democrat" and "georgia"
  return descriptor.split(/[\s,;()]+/).flatMap((word) => partyTagWords(word) ?? [roleWord(word)]);
}

function normalise(name: string): string {
  return name.toLowerCase().replace(/^(the|a|an)\s+/, '');
}
