// What the text, Markdown and CSV formats share: line numbers, the sources in reading order with what each says,
// and one row per attribution or unattributed quote. Pure functions of the text and its Analysis.
import type { Analysis, Attribution, Quote, QuoteKind, Source } from '../core/model';

/** 1-based line numbers of UTF-16 offsets (lines end at "\n", so CRLF text counts the same). */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}

export interface SourceSummary {
  source: Source;
  attributions: Attribution[];
  quotes: Quote[];
}

const firstOffset = (s: Source): number => (s.mentions.length ? s.mentions[0].start : Number.MAX_SAFE_INTEGER);

/** Sources in order of first mention, each with its attributions and quotes (in text order). */
export function summarizeSources(analysis: Analysis): SourceSummary[] {
  // grouped once: a long article has thousands of sources and quotes
  const attributions = groupBySource(analysis.attributions);
  const quotes = groupBySource(analysis.quotes);
  return analysis.sources
    .map((source, index) => ({ source, index }))
    .sort((a, b) => firstOffset(a.source) - firstOffset(b.source) || a.index - b.index)
    .map(({ source }) => ({
      source,
      attributions: (attributions.get(source.id) ?? []).sort((a, b) => a.cue.start - b.cue.start),
      quotes: (quotes.get(source.id) ?? []).sort((a, b) => a.start - b.start),
    }));
}

function groupBySource<T extends { sourceId: string | null }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    if (item.sourceId === null) continue;
    const group = groups.get(item.sourceId);
    if (group) group.push(item);
    else groups.set(item.sourceId, [item]);
  }
  return groups;
}

export interface ReportRow {
  type: 'attribution' | 'quote';
  source?: Source;
  attribution?: Attribution;
  /** The quote an attribution introduces, or the quote of a quote row. */
  quote?: Quote;
  /** What is attributed (the quote without its marks, or reported speech); the cue when there is no content. */
  start: number;
  end: number;
  /** Whether start..end is content (false: it is the cue). */
  hasContent: boolean;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

/** One row per attribution and one per quote that no attribution introduces, in text order. */
export function reportRows(analysis: Analysis): ReportRow[] {
  const sources = new Map(analysis.sources.map((s) => [s.id, s]));
  const used = new Set<Quote>();
  const rows: ReportRow[] = [];
  const quoteOf = new Map<string, Quote>();
  for (const q of analysis.quotes) if (q.attributionId && !quoteOf.has(q.attributionId)) quoteOf.set(q.attributionId, q);
  const quotesBySource = groupBySource(analysis.quotes);
  for (const a of analysis.attributions) {
    const content = a.content;
    const quote =
      quoteOf.get(a.id) ??
      (content && a.sourceId !== null ? quotesBySource.get(a.sourceId)?.find((q) => !used.has(q) && overlaps(q, content)) : undefined);
    if (quote) used.add(quote);
    const span = content ?? (quote ? { start: quote.start, end: quote.end } : null);
    rows.push({
      type: 'attribution',
      source: a.sourceId != null ? sources.get(a.sourceId) : undefined,
      attribution: a,
      quote,
      start: span ? span.start : a.cue.start,
      end: span ? span.end : a.cue.end,
      hasContent: span != null,
    });
  }
  for (const q of analysis.quotes) {
    if (used.has(q)) continue;
    rows.push({
      type: 'quote',
      source: q.sourceId != null ? sources.get(q.sourceId) : undefined,
      quote: q,
      start: q.start,
      end: q.end,
      hasContent: true,
    });
  }
  const at = (r: ReportRow): number => Math.min(r.start, r.attribution ? r.attribution.cue.start : r.start);
  return rows.sort((a, b) => at(a) - at(b) || a.start - b.start || a.end - b.end);
}

export const QUOTE_KIND_LABEL: Record<QuoteKind, string> = {
  direct: 'direct quote',
  partial: 'partial quote',
  scare: 'scare quote',
};

/** "person", "outlet (wire service, US)". */
export function kindLabel(source: Source): string {
  if (source.kind === 'outlet' && source.outlet) {
    const facts = [source.outlet.type, source.outlet.country].filter(Boolean).join(', ');
    return facts ? `outlet (${facts})` : 'outlet';
  }
  return source.kind;
}

export const plural = (n: number, word: string, words = `${word}s`): string => `${n} ${n === 1 ? word : words}`;

/** Whitespace runs (line breaks included) as one space, cut to `max` UTF-16 units with an ellipsis. */
export function oneLine(text: string, max = Infinity): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  let cut = max - 1;
  // do not split a surrogate pair
  if (cut > 0 && /[\uD800-\uDBFF]/.test(flat[cut - 1])) cut--;
  return flat.slice(0, cut).trimEnd() + '…';
}

export interface OutletCount {
  key: string;
  /** The registry name when an outlet source carries it, else the text first met. */
  name: string;
  count: number;
}

/** The outlets named in the article, in order of first mention, with how often. */
export function outletsNamed(analysis: Analysis): OutletCount[] {
  const byKey = new Map<string, OutletCount>();
  for (const o of analysis.outletMentions) {
    const entry = byKey.get(o.outletKey) ?? { key: o.outletKey, name: o.text, count: 0 };
    entry.count++;
    byKey.set(o.outletKey, entry);
  }
  for (const s of analysis.sources) {
    const entry = s.outlet && byKey.get(s.outlet.key);
    if (entry && s.outlet) entry.name = s.outlet.name;
  }
  return [...byKey.values()];
}

/** Report rows grouped by their source, in order: one pass, for articles with thousands of sources. */
export function groupRowsBySource(rows: readonly ReportRow[]): Map<Source, ReportRow[]> {
  const groups = new Map<Source, ReportRow[]>();
  for (const row of rows) {
    if (!row.source) continue;
    const group = groups.get(row.source);
    if (group) group.push(row);
    else groups.set(row.source, [row]);
  }
  return groups;
}
