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
