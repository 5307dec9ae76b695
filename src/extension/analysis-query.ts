// Questions the editor features ask of an analysis (what is at this offset, which spans to highlight, which claims a
// source made). Pure functions of the model, free of `vscode`, so they are unit-tested in Node.
import type { Analysis, Attribution, Mention, OutletMention, Quote, Source, Span } from '../core';
import type { DecorationKind } from './api';

export type Hit =
  | { kind: 'quote'; span: Span; quote: Quote; source: Source | undefined }
  | { kind: 'cue'; span: Span; attribution: Attribution; source: Source | undefined }
  | { kind: 'mention'; span: Span; mention: Mention; source: Source }
  | { kind: 'outlet'; span: Span; outlet: OutletMention; source: Source | undefined };

const byStart = (a: Span, b: Span) => a.start - b.start || a.end - b.end;

function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}

export function sourceById(analysis: Analysis, id: string | null | undefined): Source | undefined {
  return id == null ? undefined : analysis.sources.find((s) => s.id === id);
}

/** Spans per highlight kind, each list sorted by start. Outlet names are highlighted as outlets, not also as mentions. */
export function highlightSpans(analysis: Analysis): Record<DecorationKind, Span[]> {
  const quotes = (kind: Quote['kind']) => analysis.quotes.filter((q) => q.kind === kind && q.end > q.start).map(({ start, end }) => ({ start, end }));
  const outlets = analysis.outletMentions.map(({ start, end }) => ({ start, end })).sort(byStart);
  const outletKeys = new Set(outlets.map((o) => `${o.start}:${o.end}`));
  const mentions = analysis.sources
    .flatMap((s) => s.mentions)
    .filter((m) => m.end > m.start && !outletKeys.has(`${m.start}:${m.end}`))
    .map(({ start, end }) => ({ start, end }))
    .sort(byStart);
  return {
    directQuote: quotes('direct').sort(byStart),
    partialQuote: quotes('partial').sort(byStart),
    scareQuote: quotes('scare').sort(byStart),
    cue: analysis.attributions.map((a) => ({ start: a.cue.start, end: a.cue.end })).filter((s) => s.end > s.start).sort(byStart),
    mention: dedupe(mentions),
    outlet: dedupe(outlets),
  };
}

function dedupe(sorted: Span[]): Span[] {
  return sorted.filter((s, i) => i === 0 || !sameSpan(s, sorted[i - 1]));
}

/** The spans that overlap [start, end). */
export function spansInWindow(spans: readonly Span[], start: number, end: number): Span[] {
  return spans.filter((s) => s.end > start && s.start < end);
}

function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset < span.end;
}

/** What the character at `offset` belongs to: a cue, a mention or an outlet name first, else the innermost quote. */
export function hitAt(analysis: Analysis, offset: number): Hit | undefined {
  for (const attribution of analysis.attributions) {
    if (contains(attribution.cue, offset)) return { kind: 'cue', span: attribution.cue, attribution, source: sourceById(analysis, attribution.sourceId) };
  }
  for (const outlet of analysis.outletMentions) {
    if (contains(outlet, offset)) {
      const source = analysis.sources.find((s) => s.outlet?.key === outlet.outletKey);
      return { kind: 'outlet', span: outlet, outlet, source };
    }
  }
  for (const source of analysis.sources) {
    const mention = source.mentions.find((m) => contains(m, offset));
    if (mention) return { kind: 'mention', span: mention, mention, source };
  }
  const quote = quoteAt(analysis, offset);
  return quote ? { kind: 'quote', span: quote, quote, source: sourceById(analysis, quote.sourceId) } : undefined;
}

/** The innermost quote around `offset` (the marks count as part of it, so a cursor just inside or after one finds it). */
export function quoteAt(analysis: Analysis, offset: number): Quote | undefined {
  let best: Quote | undefined;
  for (const quote of analysis.quotes) {
    const from = Math.min(quote.open, quote.start);
    const to = quote.close >= 0 ? quote.close + 1 : quote.end;
    if (from <= offset && offset <= to && (!best || quote.end - quote.start < best.end - best.start)) best = quote;
  }
  return best;
}

interface SourceIndex {
  quotes: Map<string, Quote[]>;
  claims: Map<string, Attribution[]>;
}

// Built once per analysis: the tree, hover, symbols and exports ask per source, and a 1 MB article has thousands.
const indexes = new WeakMap<Analysis, SourceIndex>();

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function indexOf(analysis: Analysis): SourceIndex {
  let index = indexes.get(analysis);
  if (index) return index;
  const quotes = new Map<string, Quote[]>();
  const quoteById = new Map(analysis.quotes.map((q) => [q.id, q]));
  for (const source of analysis.sources) {
    const seen = new Set<string>();
    for (const id of source.quoteIds) {
      const quote = quoteById.get(id);
      if (quote && !seen.has(id)) {
        seen.add(id);
        push(quotes, source.id, quote);
      }
    }
  }
  for (const quote of analysis.quotes) {
    if (quote.sourceId === null) continue;
    const list = quotes.get(quote.sourceId);
    if (!list?.includes(quote)) push(quotes, quote.sourceId, quote);
  }
  for (const list of quotes.values()) list.sort((a, b) => a.start - b.start);
  const quoted = new Set(analysis.quotes.map((q) => q.attributionId).filter((id): id is string => id !== null));
  const claims = new Map<string, Attribution[]>();
  for (const a of analysis.attributions) {
    if (a.sourceId === null || a.content === null || quoted.has(a.id)) continue;
    const content = a.content;
    if ((quotes.get(a.sourceId) ?? []).some((q) => overlaps(q, content))) continue;
    push(claims, a.sourceId, a);
  }
  index = { quotes, claims };
  indexes.set(analysis, index);
  return index;
}

export function quotesOf(analysis: Analysis, source: Source): Quote[] {
  return [...(indexOf(analysis).quotes.get(source.id) ?? [])];
}

/** Reported speech: the source's attributions whose content is not one of its quotes. */
export function claimsOf(analysis: Analysis, source: Source): Attribution[] {
  return [...(indexOf(analysis).claims.get(source.id) ?? [])];
}

export function unattributedQuotes(analysis: Analysis): Quote[] {
  return analysis.quotes.filter((q) => q.sourceId === null);
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** First offset where the source appears (mention, quote or cue), for sorting by appearance. */
export function firstAppearance(analysis: Analysis, source: Source): number {
  let first = Number.MAX_SAFE_INTEGER;
  for (const m of source.mentions) first = Math.min(first, m.start);
  for (const q of indexOf(analysis).quotes.get(source.id) ?? []) first = Math.min(first, q.start);
  return first;
}

/** Offsets where each line starts, for line numbers without a document. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line of an offset. */
export function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** A one-line excerpt for labels: whitespace collapsed, cut at a word boundary with an ellipsis. */
export function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
