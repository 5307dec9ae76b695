// Local results by the quote state a paragraph starts in and its text. Keyed by the paragraph's text itself, one map
// per incoming state: no key string is built (and copied, and hashed) per paragraph of every analysis.
import type { QuoteFamily } from '../text/quotes';
import type { LocalParagraph } from './paragraph-pass';

export class ParagraphCache {
  private readonly byIncoming = new Map<QuoteFamily | null, Map<string, LocalParagraph>>();
  /** Entries in all the maps. */
  size = 0;

  get(incoming: QuoteFamily | null, body: string): LocalParagraph | undefined {
    if (this.size === 0) return undefined; // a fresh Analyzer's cache: no look-up of each paragraph
    return this.byIncoming.get(incoming)?.get(body);
  }

  set(incoming: QuoteFamily | null, body: string, local: LocalParagraph): void {
    let bodies = this.byIncoming.get(incoming);
    if (!bodies) this.byIncoming.set(incoming, (bodies = new Map()));
    const before = bodies.size;
    bodies.set(body, local);
    this.size += bodies.size - before;
  }

  /** Adds every entry of `other`. */
  addAll(other: ParagraphCache): void {
    for (const [incoming, bodies] of other.byIncoming) for (const [body, local] of bodies) this.set(incoming, body, local);
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
 * A fresh paragraph result in the shape the cache keeps it: most of its six lists are empty, and the garbage
 * collector copies what is kept (once within the young generation and once into the old), so every byte less of a
 * kept result is time saved. The lists are only read from here on.
 */
export function compactParagraph(local: LocalParagraph): LocalParagraph {
  local.quotes = kept(local.quotes);
  local.problems = kept(local.problems);
  local.cues = kept(local.cues);
  local.names = kept(local.names);
  local.outlets = kept(local.outlets);
  local.pronouns = kept(local.pronouns);
  return local;
}
