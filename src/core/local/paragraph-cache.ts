// Local results by the quote state a paragraph starts in and its text, one map per incoming state. A paragraph is
// looked up by a number read from a few of its characters, then compared whole: hashing every paragraph's whole text
// (as a map keyed by the text does) cost a fresh analysis about 3 % of its time, and two different paragraphs rarely
// share the number. Those that do go to a map keyed by the text, so no input makes a look-up slower than that.
import type { QuoteFamily } from '../text/quotes';
import type { LocalParagraph } from './paragraph-pass';

/** A number from the text's length and up to twelve of its UTF-16 units (four at each end, four between), as a small
 * integer (a cheap map key). */
export function sampleKey(body: string): number {
  const n = body.length;
  let key = n;
  const ends = n < 4 ? n : 4;
  for (let i = 0; i < ends; i++) key = (Math.imul(key, 31) + body.charCodeAt(i)) | 0;
  for (let i = n - ends; i < n; i++) key = (Math.imul(key, 31) + body.charCodeAt(i)) | 0;
  for (let k = 1; k <= 4; k++) key = (Math.imul(key, 31) + body.charCodeAt(((n * k) / 5) | 0)) | 0;
  return key & 0x3fffffff;
}

interface Entry {
  body: string;
  local: LocalParagraph;
}

/** Paragraph results of one incoming state: the first body of each sample key in `byKey`, any other in `byBody`. */
class Bodies {
  private readonly byKey = new Map<number, Entry>();
  private byBody: Map<string, LocalParagraph> | undefined;
  size = 0;

  get(body: string): LocalParagraph | undefined {
    const entry = this.byKey.get(sampleKey(body));
    if (!entry) return undefined;
    return entry.body === body ? entry.local : this.byBody?.get(body);
  }

  set(body: string, local: LocalParagraph): void {
    const key = sampleKey(body);
    const entry = this.byKey.get(key);
    if (!entry) {
      this.byKey.set(key, { body, local });
      this.size++;
    } else if (entry.body === body) entry.local = local;
    else {
      this.byBody ??= new Map();
      if (!this.byBody.has(body)) this.size++;
      this.byBody.set(body, local);
    }
  }

  forEach(visit: (body: string, local: LocalParagraph) => void): void {
    for (const entry of this.byKey.values()) visit(entry.body, entry.local);
    this.byBody?.forEach((local, body) => visit(body, local));
  }
}

export class ParagraphCache {
  private readonly byIncoming = new Map<QuoteFamily | null, Bodies>();
  /** Entries in all the maps. */
  size = 0;

  get(incoming: QuoteFamily | null, body: string): LocalParagraph | undefined {
    if (this.size === 0) return undefined; // a fresh Analyzer's cache: no look-up of each paragraph
    return this.byIncoming.get(incoming)?.get(body);
  }

  set(incoming: QuoteFamily | null, body: string, local: LocalParagraph): void {
    let bodies = this.byIncoming.get(incoming);
    if (!bodies) this.byIncoming.set(incoming, (bodies = new Bodies()));
    const before = bodies.size;
    bodies.set(body, local);
    this.size += bodies.size - before;
  }

  /** Adds every entry of `other`. */
  addAll(other: ParagraphCache): void {
    for (const [incoming, bodies] of other.byIncoming) bodies.forEach((body, local) => this.set(incoming, body, local));
  }
}

/** The one empty list all kept results share (frozen: nothing may add to it). */
const NONE: never[] = [];
Object.freeze(NONE);

/** `list` as it is best kept: the one shared empty list when empty, else a copy of its own length (a list filled by
 * push keeps room for 17 items or more, which every scavenge would copy along). */
function kept<T>(list: T[]): T[] {
  return list.length === 0 ? NONE : list.slice();
}

/**
 * A fresh paragraph result in the shape the cache keeps it: most of its seven lists are empty, and the garbage
 * collector copies what is kept (once within the young generation and once into the old), so every byte less of a
 * kept result is time saved. The lists are only read from here on.
 */
export function compactParagraph(local: LocalParagraph): LocalParagraph {
  local.quotes = kept(local.quotes);
  local.problems = kept(local.problems);
  local.cues = kept(local.cues);
  local.names = kept(local.names);
  local.surnames = kept(local.surnames);
  local.outlets = kept(local.outlets);
  local.pronouns = kept(local.pronouns);
  return local;
}
