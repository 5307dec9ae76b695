// The analysis as the editor shows it under `sourceAnnotator.minimumConfidence`: every feature (highlights, hover,
// tree, problems, symbols, status bar, exports) reads this one view from the analysis cache, so the threshold is
// applied here and nowhere else. Pure and free of `vscode`, so it is unit-tested in Node.
import type { Analysis, Quote, Source } from '../core';
import { buildDiagnostics } from '../core/document/diagnostics';

/** Diagnostics about quotation marks: they depend on the text alone, never on a confidence. */
const MARK_PROBLEMS = new Set(['unclosed-quote', 'unbalanced-quote']);

/**
 * The analysis without what the engine is less sure of than `minimum` (0..1):
 * - an attribution below it disappears, and so does one whose source is hidden;
 * - a quote below it disappears; a quote whose attribution or source disappeared stays, unattributed;
 * - a source below it disappears, and so does one left with no quote and no attribution;
 * - the problems about unattributed quotes and anonymous sources follow what is left.
 * A minimum of 0 or less (the default) returns the analysis itself, untouched.
 */
export function withMinimumConfidence(analysis: Analysis, minimum: number): Analysis {
  if (!(minimum > 0)) return analysis;
  const sure = (item: { confidence: number }) => item.confidence >= minimum;

  const candidates = new Set(analysis.sources.filter(sure).map((s) => s.id));
  const attributions = analysis.attributions.filter((a) => sure(a) && (a.sourceId === null || candidates.has(a.sourceId)));
  const attributionIds = new Set(attributions.map((a) => a.id));
  const quotes = analysis.quotes.filter(sure).map((q) => keepQuote(q, attributionIds, candidates));

  // A source is shown for what is still said or quoted by it.
  const said = new Set<string>();
  for (const item of [...attributions, ...quotes]) if (item.sourceId !== null) said.add(item.sourceId);
  const quoteSource = new Map(quotes.map((q) => [q.id, q.sourceId]));
  const sources = analysis.sources
    .filter((s) => candidates.has(s.id) && said.has(s.id))
    .map((s) => keepSource(s, quoteSource, attributionIds));

  const markProblems = analysis.diagnostics.filter((d) => MARK_PROBLEMS.has(d.code));
  return { ...analysis, quotes, sources, attributions, diagnostics: buildDiagnostics(markProblems, quotes, sources) };
}

function keepQuote(quote: Quote, attributionIds: ReadonlySet<string>, sourceIds: ReadonlySet<string>): Quote {
  const attributionGone = quote.attributionId !== null && !attributionIds.has(quote.attributionId);
  const sourceGone = quote.sourceId !== null && !sourceIds.has(quote.sourceId);
  // The source came with the attribution: without it the quote is no one's.
  return attributionGone || sourceGone ? { ...quote, sourceId: null, attributionId: null } : quote;
}

function keepSource(source: Source, quoteSource: ReadonlyMap<string, string | null>, attributionIds: ReadonlySet<string>): Source {
  // A quote that lost its attribution is still shown, but no longer as this source's.
  const quotes = source.quoteIds.filter((id) => quoteSource.get(id) === source.id);
  const attributions = source.attributionIds.filter((id) => attributionIds.has(id));
  return quotes.length === source.quoteIds.length && attributions.length === source.attributionIds.length
    ? source
    : { ...source, quoteIds: quotes, attributionIds: attributions };
}

/** The threshold from a setting's raw value: a number in 0..1, anything else counts as 0 (show everything). */
export function minimumConfidenceFrom(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(Math.max(value, 0), 1) : 0;
}
