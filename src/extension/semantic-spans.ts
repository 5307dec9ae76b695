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
  // Short spans first, dropping any that overlap one already taken.
  const taken: TokenSpan[] = [];
  const short: TokenSpan[] = [
    ...spans.cue.map((s) => ({ ...s, type: 'cue' as const })),
    ...spans.outlet.map((s) => ({ ...s, type: 'outlet' as const })),
    ...spans.mention.map((s) => ({ ...s, type: 'source' as const })),
  ];
  for (const span of short) if (!taken.some((t) => t.start < span.end && span.start < t.end)) taken.push(span);
  taken.sort((a, b) => a.start - b.start);

  // Quotes, innermost first, cut around whatever is already taken.
  const quotes: TokenSpan[] = [
    ...spans.directQuote.map((s) => ({ ...s, type: 'quote' as const, modifier: 'direct' as const })),
    ...spans.partialQuote.map((s) => ({ ...s, type: 'quote' as const, modifier: 'partial' as const })),
    ...spans.scareQuote.map((s) => ({ ...s, type: 'quote' as const, modifier: 'scare' as const })),
  ].sort((a, b) => a.end - a.start - (b.end - b.start));
  const result = [...taken];
  for (const quote of quotes) {
    const blockers = result.filter((t) => t.start < quote.end && quote.start < t.end).sort((a, b) => a.start - b.start);
    let at = quote.start;
    for (const b of blockers) {
      if (b.start > at) result.push({ ...quote, start: at, end: b.start });
      at = Math.max(at, b.end);
    }
    if (at < quote.end) result.push({ ...quote, start: at, end: quote.end });
  }
  return result.sort((a, b) => a.start - b.start);
}
