// Flattens the analysis into non-overlapping, ordered spans for semantic tokens (which may not overlap): cues,
// mentions and outlet names win, and a quote keeps the pieces around them. Pure, so it is unit-tested in Node.
import type { Analysis, Span } from '../core';
import { highlightSpans } from './analysis-query';

export const TOKEN_TYPES = ['quote', 'cue', 'source', 'outlet'] as const;
export const TOKEN_MODIFIERS = ['direct', 'partial', 'scare'] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

export interface TokenSpan extends Span {
  type: TokenType;
  modifier?: TokenModifier;
}

export function semanticSpans(analysis: Analysis): TokenSpan[] {
  const spans = highlightSpans(analysis);
  // Short spans, by start (cues before outlets before mentions at the same start); one that overlaps an earlier
  // one is dropped. Linear after the sort: a 1 MB article has thousands of each.
  const rank: Record<TokenType, number> = { cue: 0, outlet: 1, source: 2, quote: 3 };
  const short: TokenSpan[] = [
    ...spans.cue.map((s) => ({ ...s, type: 'cue' as const })),
    ...spans.outlet.map((s) => ({ ...s, type: 'outlet' as const })),
    ...spans.mention.map((s) => ({ ...s, type: 'source' as const })),
  ].sort((a, b) => a.start - b.start || rank[a.type] - rank[b.type]);
  const taken: TokenSpan[] = [];
  for (const span of short) if (!taken.length || span.start >= taken[taken.length - 1].end) taken.push(span);

  // Quotes: each stretch of text goes to the innermost quote around it (a sweep over the quotes' boundaries).
  const quotes: TokenSpan[] = [
    ...spans.directQuote.map((s) => ({ ...s, type: 'quote' as const, modifier: 'direct' as const })),
    ...spans.partialQuote.map((s) => ({ ...s, type: 'quote' as const, modifier: 'partial' as const })),
    ...spans.scareQuote.map((s) => ({ ...s, type: 'quote' as const, modifier: 'scare' as const })),
  ].sort((a, b) => a.start - b.start);
  const points = [...new Set(quotes.flatMap((q) => [q.start, q.end]))].sort((a, b) => a - b);
  const pieces: TokenSpan[] = [];
  let active: TokenSpan[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i];
    const to = points[i + 1];
    active = active.filter((q) => q.end > from);
    while (next < quotes.length && quotes[next].start <= from) {
      if (quotes[next].end > from) active.push(quotes[next]);
      next++;
    }
    if (!active.length) continue;
    const inner = active.reduce((best, q) => (q.end - q.start < best.end - best.start ? q : best));
    const last = pieces[pieces.length - 1];
    if (last && last.end === from && last.modifier === inner.modifier) last.end = to;
    else pieces.push({ start: from, end: to, type: 'quote', modifier: inner.modifier });
  }

  // Cut the quote pieces around the short spans (both lists are ordered: two pointers).
  const result: TokenSpan[] = [...taken];
  let t = 0;
  for (const piece of pieces) {
    while (t < taken.length && taken[t].end <= piece.start) t++;
    let at = piece.start;
    for (let k = t; k < taken.length && taken[k].start < piece.end; k++) {
      if (taken[k].start > at) result.push({ ...piece, start: at, end: taken[k].start });
      at = Math.max(at, taken[k].end);
    }
    if (at < piece.end) result.push({ ...piece, start: at, end: piece.end });
  }
  return result.sort((a, b) => a.start - b.start);
}
