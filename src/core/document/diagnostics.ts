// The problems an editor shows: marks that never close or never open, direct quotes with no source, and sources
// that stay anonymous.
import type { Diagnostic, Quote, Source } from '../model';
import { WRITER, WRITERS } from './entities';

export function buildDiagnostics(markProblems: readonly Diagnostic[], quotes: readonly Quote[], sources: readonly Source[]): Diagnostic[] {
  const diagnostics = [...markProblems];
  for (const quote of quotes) {
    if (quote.kind === 'direct' && !quote.sourceId) {
      diagnostics.push({
        start: quote.start,
        end: quote.end,
        code: 'unattributed-quote',
        severity: 'information',
        message: 'This direct quote has no source: no one is named as saying it.',
      });
    }
  }
  for (const source of sources) {
    // the writer speaking as "I" is known to the reader
    if (source.kind !== 'anonymous' || source.name === WRITER || source.name === WRITERS) continue;
    const first = source.mentions[0];
    if (!first) continue;
    diagnostics.push({
      start: first.start,
      end: first.end,
      code: 'anonymous-source',
      severity: 'hint',
      message: `Anonymous source: "${source.name}" is not named.`,
    });
  }
  return diagnostics.sort((a, b) => a.start - b.start || a.end - b.end);
}
