// The engine's two passes: a local pass per paragraph (cached by its text and the quote state at its start), then a
// document pass, linear in the number of mentions, that resolves who is who and assembles the model. The document
// pass takes the paragraphs' results in order as they come, so that analyze() need not hold them all.
import type { Analysis, Attribution, Diagnostic, DocumentFormat, Paragraph, Quote, Source } from './model';
import { OutletRegistry } from './registry';
import { analyzeParagraph, type LocalParagraph, type LocalQuoteInfo } from './local/paragraph-pass';
import { EntityResolver, type Entity } from './document/entities';
import { familyOfOpening, type QuoteFamily } from './text/quotes';
import { buildDiagnostics } from './document/diagnostics';
import { HARD_WRAP_WIDTH, looksLikeHeading, splitParagraphs } from './text/paragraphs';
import { shiftAnalysis, type Edit } from './document/shift';
import { localOffsets, localSignature } from './local/signature';
import { compactParagraph, ParagraphCache, sampleKey } from './local/paragraph-cache';

export interface AnalyzeOptions {
  /** Outlets to recognise; the built-in registry when omitted. */
  registry?: OutletRegistry;
  /** Markdown skips front matter and code blocks and treats Markdown blocks as paragraphs. */
  format?: DocumentFormat;
}

/** One text, with no versions after it: what an Analyzer's first run gives, without the paragraph cache that only a
 * later version could use (building it cost a one-off analysis about 5 % of its time). */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const registry = options.registry ?? OutletRegistry.builtIn();
  const paragraphs = splitParagraphs(text, options.format ?? 'plain');
  // paragraph results go to the document pass a run at a time and are garbage once read there: kept for the whole
  // text, they were copied by the scavenges until promoted (GC was a fifth of the time)
  const documentPass = new DocumentPass(text, paragraphs, registry);
  const run: LocalParagraph[] = [];
  const handOn = () => {
    for (const local of run) documentPass.add(local);
    run.length = 0;
  };
  localPass(text, paragraphs, registry, (local) => {
    if (run.push(local) === RUN_LENGTH) handOn();
  });
  handOn();
  return documentPass.finish();
}

/**
 * Paragraph results analyze() hands to the document pass at a time: enough that each pass runs long stretches of its
 * own code (one paragraph at a time, alternating the two passes, made both about 5 % slower), few enough that most
 * die before a scavenge.
 */
const RUN_LENGTH = 256;

/** Paragraph results kept between runs beyond the ones the latest text used, so undo and redo stay cheap. */
const SPARE_CACHE_ENTRIES = 256;

/**
 * Analyses successive versions of a document, redoing only the paragraphs whose text (or incoming quote state)
 * changed; the document pass is linear and always runs whole.
 */
export class Analyzer {
  private cache = new ParagraphCache();
  readonly registry: OutletRegistry;

  constructor(registry?: OutletRegistry) {
    this.registry = registry ?? OutletRegistry.builtIn();
  }

  /** The latest text analysed and what was made of it, for the fast path of the next edit. */
  private last?: { text: string; format: DocumentFormat; paragraphs: Paragraph[]; locals: LocalParagraph[]; incomings: Array<QuoteFamily | null>; analysis: Analysis };

  analyze(text: string, format: DocumentFormat = 'plain'): Analysis {
    const fast = this.last && this.last.format === format ? this.editInOneParagraph(text) : undefined;
    if (fast) return fast;
    const paragraphs = splitParagraphs(text, format);
    const locals: LocalParagraph[] = [];
    const incomings: Array<QuoteFamily | null> = [];
    localPass(text, paragraphs, this.registry, (local, incoming) => {
      locals.push(local);
      incomings.push(incoming);
    }, this.cache);
    this.keepInCache(text, paragraphs, locals, incomings);
    // the results are kept for the cache anyway: the document pass reads them after the local pass, in one stretch
    const documentPass = new DocumentPass(text, paragraphs, this.registry);
    for (const local of locals) documentPass.add(local);
    const analysis = documentPass.finish();
    this.last = { text, format, paragraphs, locals, incomings, analysis };
    return analysis;
  }

  /**
   * Typing inside a paragraph rarely changes who says what. When the edit stays within one paragraph's text, adds or
   * removes no line break, and leaves that paragraph's cues, sources, names, quotes and outlets as they were (only
   * moved), the document pass would come to the same result: the previous analysis is moved by the edit's length
   * instead. Anything else takes the full path.
   */
  private editInOneParagraph(text: string): Analysis | undefined {
    const last = this.last!;
    if (last.format !== 'plain') return undefined;
    const old = last.text;
    if (old === text) return last.analysis;
    const edit = changedRange(old, text);
    const removed = old.slice(edit.from, edit.to);
    const inserted = text.slice(edit.from, edit.to + edit.delta);
    if (/[\r\n]/.test(removed) || /[\r\n]/.test(inserted)) return undefined;
    const index = paragraphHolding(last.paragraphs, edit.from, edit.to);
    if (index < 0) return undefined;
    const paragraph = last.paragraphs[index];
    const end = paragraph.end + edit.delta;
    const body = text.slice(paragraph.start, end);
    // a line emptied inside a block would split it; a changed heading changes the structure
    if (body.split(/\r\n|\r|\n/).some((line) => line.trim() === '')) return undefined;
    const oneLine = !/[\r\n]/.test(body);
    // a line crossing the hard-wrap width splits its block into lines, or joins its lines into a block
    if (!oneLine && body.split(/\r\n|\r|\n/).some((line) => line.length > HARD_WRAP_WIDTH - 8)) return undefined;
    if (oneLine && (lineLength(old, paragraph.start) > HARD_WRAP_WIDTH) !== (lineLength(text, paragraph.start) > HARD_WRAP_WIDTH)) return undefined;
    if ((oneLine && looksLikeHeading(text, paragraph.start, end)) !== paragraph.heading) return undefined;
    const incoming = last.incomings[index];
    const local = this.cache.get(incoming, body) ?? compactParagraph(analyzeParagraph(body, incoming, this.registry));
    const before = last.locals[index];
    if (local.openAtEnd !== before.openAtEnd || localSignature(local) !== localSignature(before)) return undefined;
    // every offset of the paragraph where it was, or moved by the edit: no boundary came to stand elsewhere
    const from = edit.from - paragraph.start;
    const to = edit.to - paragraph.start;
    const was = localOffsets(before);
    const now = localOffsets(local);
    for (let i = 0; i < was.length; i++) {
      const x = was[i];
      const expected = x < 0 ? x : x < from ? x : x > to ? x + edit.delta : NaN;
      if (now[i] !== expected) return undefined;
    }
    const analysis = shiftAnalysis(last.analysis, text, edit);
    if (!analysis) return undefined;
    this.cache.set(incoming, body, local);
    const locals = last.locals.slice();
    locals[index] = local;
    this.last = { text, format: last.format, paragraphs: analysis.paragraphs, locals, incomings: last.incomings, analysis };
    return analysis;
  }

  /** The cache becomes the results this text used, plus a few recent others. */
  private keepInCache(text: string, paragraphs: readonly Paragraph[], locals: readonly LocalParagraph[], incomings: ReadonlyArray<QuoteFamily | null>): void {
    const used = new ParagraphCache();
    for (let i = 0; i < paragraphs.length; i++) used.set(incomings[i], text.slice(paragraphs[i].start, paragraphs[i].end), locals[i]);
    // (an empty cache, a fresh Analyzer's, simply becomes what this text used: no copy of every entry)
    if (this.cache.size === 0 || this.cache.size > used.size + SPARE_CACHE_ENTRIES) this.cache = used;
    else this.cache.addAll(used);
  }
}

/**
 * The local pass over every paragraph, in order: `take` gets each paragraph's result and the quote state it starts
 * in. What can be is reused: a paragraph that repeats an earlier one of the same text (in the same incoming quote
 * state) shares its result, and one that an earlier version had comes from `cache`. The earlier paragraphs are found
 * by sample key and their place in the text; only the results of paragraphs whose key comes again are held here.
 * Results go to the cache, or are held, in their compact form (see compactParagraph); the others are read once.
 */
function localPass(text: string, paragraphs: readonly Paragraph[], registry: OutletRegistry, take: (local: LocalParagraph, incoming: QuoteFamily | null) => void, cache?: ParagraphCache): void {
  const keys = new Int32Array(paragraphs.length);
  const firstWithKey = new FirstWithKey(paragraphs.length);
  /** 1 for a paragraph whose sample key a later paragraph has. */
  const repeated = new Uint8Array(paragraphs.length);
  for (let i = 0; i < paragraphs.length; i++) {
    keys[i] = sampleKey(text.slice(paragraphs[i].start, paragraphs[i].end));
    const first = firstWithKey.find(keys[i]);
    if (first < 0) firstWithKey.add(keys[i], i);
    else repeated[first] = 1;
  }
  /** The results of the repeated paragraphs, and the quote state each started in, by paragraph. */
  const held = new Map<number, { local: LocalParagraph; incoming: QuoteFamily | null }>();
  let incoming: QuoteFamily | null = null;
  for (let i = 0; i < paragraphs.length; i++) {
    const body = text.slice(paragraphs[i].start, paragraphs[i].end);
    // a quote left open goes on only where this paragraph reopens with a mark of the same family
    if (incoming && familyOfOpening(body[0]) !== incoming) incoming = null;
    const first = firstWithKey.find(keys[i]);
    const earlier = first < i ? held.get(first) : undefined;
    let local: LocalParagraph | undefined = earlier && earlier.incoming === incoming && sameText(text, paragraphs[first], body) ? earlier.local : undefined;
    local ??= cache?.get(incoming, body);
    if (!local) {
      local = analyzeParagraph(body, incoming, registry);
      if (cache || repeated[i]) local = compactParagraph(local);
    }
    if (repeated[i]) held.set(i, { local, incoming });
    take(local, incoming);
    incoming = local.openAtEnd;
  }
}

/**
 * The first paragraph of each sample key (a non-negative integer), in a table of typed arrays sized once for the
 * text's paragraphs: a Map grown one paragraph at a time cost the local pass more than its look-ups.
 */
class FirstWithKey {
  private readonly keys: Int32Array;
  private readonly paragraphs: Int32Array;
  private readonly mask: number;

  constructor(count: number) {
    let size = 16;
    while (size < count * 2) size *= 2;
    this.keys = new Int32Array(size).fill(-1);
    this.paragraphs = new Int32Array(size);
    this.mask = size - 1;
  }

  /** The slot of `key`, or the empty slot where it would go (open addressing, linear probing). */
  private slot(key: number): number {
    let at = (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
    while (this.keys[at] !== -1 && this.keys[at] !== key) at = (at + 1) & this.mask;
    return at;
  }

  /** The first paragraph with `key`, or -1. */
  find(key: number): number {
    const at = this.slot(key);
    return this.keys[at] === key ? this.paragraphs[at] : -1;
  }

  add(key: number, paragraph: number): void {
    const at = this.slot(key);
    this.keys[at] = key;
    this.paragraphs[at] = paragraph;
  }
}

/** The paragraph's text is `body`. */
function sameText(text: string, paragraph: Paragraph, body: string): boolean {
  return paragraph.end - paragraph.start === body.length && text.slice(paragraph.start, paragraph.end) === body;
}

interface PendingQuote {
  open: number;
  mark: string;
  width: number;
  /** The quote's part in each paragraph it runs over. */
  pieces: Array<{ paragraph: number; quote: LocalQuoteInfo }>;
}

const EVENT_NAME = 0;
const EVENT_PRONOUN = 1;
const EVENT_CUE = 2;
const EVENT_SURNAME = 3;

/**
 * The mentions to resolve in a paragraph, each the index-th name, surname, pronoun or cue of its local result at local
 * offset `at`. Lists of numbers reused from paragraph to paragraph: an object per mention (its offset a boxed number)
 * was about 2 % of an analysis's allocation.
 */
class MentionEvents {
  private readonly at: number[] = [];
  private readonly kinds: number[] = [];
  private readonly indexes: number[] = [];
  /** The events in the order of their places (stable: ties keep the order they were added in). */
  private readonly order: number[] = [];
  count = 0;

  clear(): void {
    this.count = 0;
  }

  add(at: number, kind: number, index: number): void {
    const e = this.count++;
    this.at[e] = at;
    this.kinds[e] = kind;
    this.indexes[e] = index;
  }

  /** Sorts by place: by insertion for the few mentions most paragraphs have, by the built-in (stable) sort beyond,
   * so that no paragraph, however long, costs a quadratic sort. */
  sort(): void {
    const { at, order, count } = this;
    for (let e = 0; e < count; e++) order[e] = e;
    if (count > 16) {
      order.length = count;
      order.sort((a, b) => at[a] - at[b]);
      return;
    }
    for (let i = 1; i < count; i++) {
      const e = order[i];
      let j = i;
      while (j > 0 && at[order[j - 1]] > at[e]) {
        order[j] = order[j - 1];
        j--;
      }
      order[j] = e;
    }
  }

  /** Kind of the i-th event in place order. */
  kind(i: number): number {
    return this.kinds[this.order[i]];
  }

  /** Index (in its list of the local result) of the i-th event in place order. */
  index(i: number): number {
    return this.indexes[this.order[i]];
  }
}

/** The wordHash of the surname of every person among the paragraph's names and cue sources (once per paragraph). */
function surnamesNamedIn(resolver: EntityResolver, local: LocalParagraph): Set<number> {
  const hashes = new Set<number>();
  for (const name of local.names) if (name.phrase.kind === 'person') hashes.add(resolver.surnameHash(name.phrase));
  for (const cue of local.cues) if (cue.subject?.kind === 'person') hashes.add(resolver.surnameHash(cue.subject));
  return hashes;
}

/**
 * The document pass, fed one paragraph's local result at a time, in order: the mentions of a paragraph are resolved
 * when it comes, and its quotes are stitched when the next paragraph has come (a quote open at a paragraph's end goes
 * on if the next one reopens it). Nothing here holds a paragraph's result longer: its noun phrases, names and cues
 * are garbage once read, and only its quotes and the attributions made of its cues stay.
 */
class DocumentPass {
  private readonly resolver: EntityResolver;
  private readonly attributions: Attribution[] = [];
  /** Entity of each attribution, by index in `attributions`. */
  private readonly attributionEntity: Array<Entity | undefined> = [];
  /** Per local cue of every paragraph, in order: the index of the attribution made of it, or -1. One list for the
   * text, not one per paragraph: those lists stayed to the end, about a sixth of what the scavenges copied. */
  private readonly cueAttributions: number[] = [];
  /** Where each paragraph's cues start in `cueAttributions`. */
  private readonly cueAttributionsFrom: number[] = [];
  /** Per paragraph, the person its last sentences are about, if met, and where that mention starts (see
   * LocalParagraph.about), or -1. */
  private readonly aboutEntity: Array<Entity | undefined> = [];
  private readonly aboutAt: number[] = [];
  private readonly outletMentions: Analysis['outletMentions'] = [];
  private readonly events = new MentionEvents();
  /** The latest paragraph, whose quotes wait for the next paragraph's first quote (a quote open at its end). */
  private waiting: LocalParagraph | undefined;
  private count = 0;

  private readonly quotes: Quote[] = [];
  private readonly quoteEntity: Array<Entity | undefined> = [];
  /** The attribution (index in `attributions`, or -1) of each quote: kept beside the quotes, not on them, which would
   * give every quote a property added and deleted again (a hidden class of its own and a property store each). */
  private readonly quoteAttribution: number[] = [];
  private readonly problems: Diagnostic[] = [];
  private pending: PendingQuote | undefined;
  private lastAttribution = -1;
  private lastAttributionParagraph = -1;
  /** The attribution of the latest direct quote that had a cue of its own, and the paragraph it ended in. */
  private lastQuoted: { paragraph: number; attribution: number } | undefined;

  constructor(
    private readonly text: string,
    private readonly paragraphs: readonly Paragraph[],
    registry: OutletRegistry,
  ) {
    this.resolver = new EntityResolver(registry);
  }

  /** The next paragraph's local result. */
  add(local: LocalParagraph): void {
    const p = this.count++;
    this.resolveMentions(local, p);
    if (this.waiting) this.stitchQuotes(this.waiting, p - 1, local);
    this.waiting = local;
  }

  /** Names that only appear, cue sources and pronouns that tell a gender, in the order they stand; an attribution
   * for each cue with a source. */
  private resolveMentions(local: LocalParagraph, p: number): void {
    const { text, resolver, attributions, events } = this;
    const base = this.paragraphs[p].start;
    for (const o of local.outlets) this.outletMentions.push({ start: base + o.start, end: base + o.end, text: text.slice(base + o.start, base + o.end), outletKey: o.key });
    // mentions in the order they stand: names that only appear, cue sources, and pronouns that tell a gender (the
    // sort is stable, so ties keep the order they are added in)
    events.clear();
    resolver.aboutBefore = p > 0 ? this.aboutEntity[p - 1] : undefined;
    for (let i = 0; i < local.names.length; i++) events.add(local.names[i].phrase.start, EVENT_NAME, i);
    // a single word only where it is a surname the resolver knows, or one a person named in this paragraph has:
    // most are places and months, and make no event
    let ownSurnames: Set<number> | undefined;
    for (let i = 0; i < local.surnames.length; i += 3) {
      const hash = local.surnames[i + 2];
      if (resolver.knowsSurname(hash) || (ownSurnames ??= surnamesNamedIn(resolver, local)).has(hash)) events.add(local.surnames[i], EVENT_SURNAME, i);
    }
    for (let i = 0; i < local.pronouns.length; i++) events.add(local.pronouns[i].offset + 0.5, EVENT_PRONOUN, i);
    const cueAttributions = this.cueAttributions;
    const from = cueAttributions.length;
    this.cueAttributionsFrom.push(from);
    local.cues.forEach((cue, c) => {
      cueAttributions.push(-1);
      // a source that stands before its cue is resolved where it stands; a source after its cue likewise
      if (cue.subject) events.add(cue.subject.start + 0.25, EVENT_CUE, c);
    });
    events.sort();
    for (let e = 0; e < events.count; e++) {
      const kind = events.kind(e);
      const index = events.index(e);
      if (kind === EVENT_NAME) {
        resolver.resolve(local.names[index].phrase, base, p, false);
      } else if (kind === EVENT_SURNAME) {
        resolver.resolveSurname(text, base + local.surnames[index], base + local.surnames[index + 1], p);
      } else if (kind === EVENT_PRONOUN) {
        const pronoun = local.pronouns[index];
        resolver.notePronoun(pronoun.gender, base + pronoun.offset);
      } else {
        const cue = local.cues[index];
        const subject = cue.subject!;
        // a cue whose source cannot be resolved ("she" with no woman named before) is still an attribution
        const entity = resolver.resolve(subject, base, p, cue.kind !== 'belief');
        cueAttributions[from + index] = attributions.length;
        attributions.push({
          id: '',
          sourceId: null,
          cue: { start: base + cue.start, end: base + cue.end, text: text.slice(base + cue.start, base + cue.end) },
          cueKind: cue.kind,
          mention: { start: base + subject.start, end: base + subject.end },
          content: cue.content ? { start: base + cue.content.start, end: base + cue.content.end } : null,
          confidence: round(entity ? cue.confidence : cue.confidence / 2),
        });
        this.attributionEntity.push(entity);
      }
    }
    const about = local.about >= 0 ? resolver.personAt(base + local.about, base) : undefined;
    this.aboutEntity.push(about);
    this.aboutAt.push(about ? base + local.about : -1);
  }

  /** Stitches the quotes of paragraph `p` to those of the paragraphs before that they go on, and finds the speaker of
   * each quote that closes; `next` is the paragraph after `p`, if any. */
  private stitchQuotes(local: LocalParagraph, p: number, next: LocalParagraph | undefined): void {
    const { text, paragraphs } = this;
    const base = paragraphs[p].start;
    local.quotes.forEach((q, i) => {
      if (q.open < 0 && this.pending && local.opensTurn && i === 0) {
        // a transcript quoted turn by turn: each turn reopens the quote with a new speaker's label, so the turn
        // before ends with its paragraph
        this.finishQuote(this.pending, paragraphs[p - 1].end);
        const reopen = base + (text.slice(base, paragraphs[p].end).search(/\S/));
        this.pending = { open: reopen, mark: text[reopen], width: 1, pieces: [{ paragraph: p, quote: q }] };
      } else if (q.open < 0 && this.pending) this.pending.pieces.push({ paragraph: p, quote: q });
      else this.pending = { open: base + q.open, mark: q.mark, width: q.openWidth, pieces: [{ paragraph: p, quote: q }] };
      if (q.close < 0) {
        // open at the paragraph's end: it goes on if the next paragraph reopens it
        if (next && next.quotes[0]?.open === -1) return;
        this.problems.push(unclosed(this.pending.open, this.pending.mark));
        this.pending = undefined;
        return;
      }
      const done: PendingQuote = this.pending;
      this.pending = undefined;
      this.finishQuote(done, base + q.close);
    });
    for (let k = this.cueAttributionsEnd(p) - 1; k >= this.cueAttributionsFrom[p]; k--) {
      const a = this.cueAttributions[k];
      if (a >= 0 && this.attributions[a].cueKind !== 'belief') {
        this.lastAttribution = a;
        this.lastAttributionParagraph = p;
        break;
      }
    }
    for (const problem of local.problems) {
      if (problem.kind === 'unbalanced') this.problems.push(unbalanced(base + problem.offset, problem.mark));
    }
  }

  /** End (exclusive) of paragraph p's cues in `cueAttributions`. */
  private cueAttributionsEnd(p: number): number {
    return p + 1 < this.cueAttributionsFrom.length ? this.cueAttributionsFrom[p + 1] : this.cueAttributions.length;
  }

  /** The attribution made of the c-th cue of paragraph p, or -1. */
  private attributionOfCue(p: number, c: number): number {
    const k = this.cueAttributionsFrom[p] + c;
    return k < this.cueAttributionsEnd(p) ? this.cueAttributions[k] : -1;
  }

  /**
   * The person paragraph `p` ends on (see LocalParagraph.about) when no one but the writer spoke in it after them,
   * else undefined.
   */
  private aboutOf(p: number): Entity | undefined {
    const { resolver, attributions, attributionEntity } = this;
    const about = p >= 0 ? this.aboutEntity[p] : undefined;
    if (!about || resolver.isWriter(about)) return undefined;
    const from = this.aboutAt[p];
    for (let k = this.cueAttributionsFrom[p]; k < this.cueAttributionsEnd(p); k++) {
      const a = this.cueAttributions[k];
      if (a >= 0 && attributions[a].cue.start > from && attributionEntity[a] !== about && !resolver.isWriter(attributionEntity[a]) && attributions[a].cueKind !== 'belief') return undefined;
    }
    return about;
  }

  /** Closes a quote at `end` (its closing mark, or the end of a transcript turn) and finds its speaker. */
  private finishQuote(done: PendingQuote, end: number): void {
    const { attributions, attributionEntity } = this;
    const start = done.open + done.width;
    // the speaker: a cue in any paragraph of the quote, else the speaker of the paragraph before a quote paragraph
    let attribution = -1;
    for (const piece of done.pieces) {
      const info = piece.quote;
      const a = info.cue >= 0 ? this.attributionOfCue(piece.paragraph, info.cue) : -1;
      if (a >= 0) {
        attribution = a;
        break;
      }
    }
    const first = done.pieces[0].quote;
    let kind = first.kind;
    let confidence = 0.9;
    let entity = attribution >= 0 ? attributionEntity[attribution] : undefined;
    if (!entity && first.kind === 'direct' && !this.paragraphs[done.pieces[0].paragraph].heading) {
      // a whole-sentence quote with no cue goes on from the speaker before it: '"...," she said. "..."' in the
      // same paragraph, or a quote paragraph right after the paragraph that named its speaker
      const firstParagraph = done.pieces[0].paragraph;
      let earlier = -1;
      for (let k = this.cueAttributionsEnd(firstParagraph) - 1; k >= this.cueAttributionsFrom[firstParagraph] && earlier < 0; k--) {
        const a = this.cueAttributions[k];
        if (a >= 0 && attributions[a].cueKind !== 'belief' && attributions[a].cue.start < done.open) earlier = a;
      }
      // the speaker of the quote before it in the paragraph goes on speaking, though someone else was named since
      // ('"...," Ann Lee said at the gala, where Bo Chen also spoke. "..."')
      const lastQuoted = this.lastQuoted;
      const previousQuote = lastQuoted && lastQuoted.paragraph === firstParagraph ? lastQuoted.attribution : -1;
      const previous = previousQuote >= 0 ? previousQuote : earlier >= 0 ? earlier : first.opensParagraph && this.lastAttributionParagraph >= firstParagraph - 1 ? this.lastAttribution : -1;
      if (previous >= 0) {
        entity = attributionEntity[previous];
        confidence = 0.6;
      }
      // "Baptiste, 71, has repaired clocks since 1979. ... When I ask him why, he sets down his loupe." then a quote
      // paragraph: the person the paragraph before ends on, when no one spoke after them there but the writer
      const about = first.opensParagraph && earlier < 0 && previousQuote < 0 ? this.aboutOf(firstParagraph - 1) : undefined;
      if (about && about !== entity) {
        entity = about;
        confidence = 0.5;
      }
    }
    if (attribution < 0 && done.pieces.length > 1) kind = 'direct';
    if (attribution >= 0 && kind === 'direct') this.lastQuoted = { paragraph: done.pieces[done.pieces.length - 1].paragraph, attribution };
    this.quotes.push({ id: '', text: this.text.slice(start, end), start, end, open: done.open, close: end, kind, sourceId: null, attributionId: null, confidence });
    this.quoteEntity.push(entity);
    this.quoteAttribution.push(attribution);
  }

  /** The analysis, once every paragraph has come. */
  finish(): Analysis {
    if (this.waiting) this.stitchQuotes(this.waiting, this.count - 1, undefined);
    this.waiting = undefined;
    const { text, paragraphs, attributions, attributionEntity, quotes, quoteEntity, quoteAttribution } = this;

    // sources: the entities something is said by or quoted from; beliefs alone do not make a source
    const isSource = new Set<Entity>();
    attributions.forEach((a, i) => {
      if (a.cueKind !== 'belief' && attributionEntity[i]) isSource.add(attributionEntity[i]!);
    });
    quoteEntity.forEach((e) => e && isSource.add(e));
    // each source's first mention worked out once, not at every comparison of the sort (a source may have thousands)
    const firstMentionOf = new Map<Entity, number>();
    for (const e of isSource) firstMentionOf.set(e, firstMention(e));
    const ordered = [...isSource].sort((a, b) => firstMentionOf.get(a)! - firstMentionOf.get(b)!);
    const sourceId = new Map<Entity, string>();
    ordered.forEach((e, i) => sourceId.set(e, `s${i + 1}`));

    attributions.forEach((a, i) => {
      a.id = `a${i + 1}`;
      const entity = attributionEntity[i];
      a.sourceId = entity ? sourceId.get(entity) ?? null : null;
    });
    quotes.forEach((q, i) => {
      q.id = `q${i + 1}`;
      const entity = quoteEntity[i];
      q.sourceId = entity ? sourceId.get(entity) ?? null : null;
      q.attributionId = quoteAttribution[i] >= 0 ? attributions[quoteAttribution[i]].id : null;
      if (!q.sourceId && q.kind !== 'direct' && q.text.split(/\s+/).length <= 4) q.kind = 'scare';
    });

    const quotesBySource = groupBy(quotes, (q) => q.sourceId);
    const attributionsBySource = groupBy(attributions, (a) => a.sourceId);
    const sources: Source[] = ordered.map((e) => {
      const id = sourceId.get(e)!;
      const own = attributionsBySource.get(id) ?? [];
      const source: Source = {
        id,
        name: e.name,
        kind: e.kind,
        gender: e.gender,
        mentions: byStart(e.mentions),
        quoteIds: (quotesBySource.get(id) ?? []).map((q) => q.id),
        attributionIds: own.map((a) => a.id),
        confidence: 1,
      };
      if (e.descriptor) source.descriptor = e.descriptor;
      if (e.outlet) {
        source.outlet = { key: e.outlet.key, name: e.outlet.name, type: e.outlet.type, country: e.outlet.country, aliases: [...e.outlet.aliases] };
        if (e.outlet.homepage) source.outlet.homepage = e.outlet.homepage;
      }
      source.confidence = round(own.reduce((max, a) => Math.max(max, a.confidence), own.length ? 0 : 0.6));
      return source;
    });

    const headings = paragraphs.filter((p) => p.heading).map((p) => ({ start: p.start, end: p.end, text: text.slice(p.start, p.end) }));
    const diagnostics = buildDiagnostics(this.problems, quotes, sources);
    return { length: text.length, paragraphs: [...paragraphs], headings, quotes, sources, attributions, outletMentions: this.outletMentions, diagnostics };
  }
}

/** The range an edit replaced: the old text's [from, to) became the new text's [from, to + delta). */
function changedRange(old: string, text: string): Edit {
  const shorter = Math.min(old.length, text.length);
  // blocks first (string comparison runs natively), then characters
  const BLOCK = 4096;
  let from = 0;
  while (from + BLOCK <= shorter && old.slice(from, from + BLOCK) === text.slice(from, from + BLOCK)) from += BLOCK;
  while (from < shorter && old.charCodeAt(from) === text.charCodeAt(from)) from++;
  let back = 0;
  while (back + BLOCK <= shorter - from && old.slice(old.length - back - BLOCK, old.length - back) === text.slice(text.length - back - BLOCK, text.length - back)) back += BLOCK;
  while (back < shorter - from && old.charCodeAt(old.length - 1 - back) === text.charCodeAt(text.length - 1 - back)) back++;
  return { from, to: old.length - back, delta: text.length - old.length };
}

/** Length of the line that holds `offset`, line break excluded. */
function lineLength(text: string, offset: number): number {
  let start = offset;
  while (start > 0 && text.charCodeAt(start - 1) !== 10 && text.charCodeAt(start - 1) !== 13) start--;
  let end = offset;
  while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  return end - start;
}

/** The paragraph whose text holds [from, to] strictly inside it, or -1. */
function paragraphHolding(paragraphs: readonly Paragraph[], from: number, to: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = paragraphs[mid];
    if (p.end <= from) lo = mid + 1;
    else if (p.start > from) hi = mid - 1;
    else return p.start < from && to < p.end ? mid : -1;
  }
  return -1;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** A copy of the mentions (of their own length: the entity's list has room to grow), sorted by start: they mostly
 * come in order already, and sorting copies the array again even then. */
function byStart(mentions: Entity['mentions']): Entity['mentions'] {
  const copy = mentions.slice();
  for (let i = 1; i < copy.length; i++) {
    if (copy[i - 1].start > copy[i].start) return copy.sort((a, b) => a.start - b.start);
  }
  return copy;
}

function firstMention(e: Entity): number {
  return e.mentions.reduce((min, m) => Math.min(min, m.start), Infinity);
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

function unclosed(offset: number, mark: string): Diagnostic {
  return { start: offset, end: offset + 1, code: 'unclosed-quote', severity: 'warning', message: `The quotation mark ${mark} is never closed.` };
}

function unbalanced(offset: number, mark: string): Diagnostic {
  return { start: offset, end: offset + 1, code: 'unbalanced-quote', severity: 'warning', message: `The closing quotation mark ${mark} has no opening mark.` };
}
