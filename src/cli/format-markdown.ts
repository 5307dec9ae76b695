// The Markdown format: a report of who says what, for a fact-check or an editor's note. A table of the sources,
// then per source each attribution (cue and what is attributed) and quote with its line, then unattributed quotes
// and the outlets named. Text taken from the article is escaped so that it shows as written.
import type { Analysis } from '../core/model';
import { LineIndex, groupRowsBySource, QUOTE_KIND_LABEL, kindLabel, oneLine, outletsNamed, plural, reportRows, summarizeSources, type ReportRow } from './report';

export interface MarkdownOptions {
  /** The document's name, shown in the title. */
  title?: string;
}

/** Escapes Markdown inline syntax (and HTML) in article text, on one line. */
export function escapeMarkdown(text: string): string {
  return oneLine(text).replace(/[\\`*_[\]<>|~#]/g, (c) => `\\${c}`).replace(/&/g, '&amp;');
}

function rowItem(text: string, lines: LineIndex, row: ReportRow): string {
  let item = `- Line ${lines.lineOf(row.start)}`;
  if (row.attribution) item += `, *${escapeMarkdown(row.attribution.cue.text || text.slice(row.attribution.cue.start, row.attribution.cue.end))}*`;
  if (row.quote) {
    item += `: “${escapeMarkdown(text.slice(row.quote.start, row.quote.end))}” (${QUOTE_KIND_LABEL[row.quote.kind] ?? row.quote.kind})`;
  } else if (row.hasContent) {
    item += `: ${escapeMarkdown(text.slice(row.start, row.end))}`;
  }
  return item;
}

export function formatMarkdown(text: string, analysis: Analysis, options: MarkdownOptions = {}): string {
  const lines = new LineIndex(text);
  const rows = reportRows(analysis);
  const rowsBySource = groupRowsBySource(rows);
  const summaries = summarizeSources(analysis);
  const unattributed = analysis.quotes.filter((q) => q.sourceId == null).length;
  const out: string[] = [];
  out.push(options.title !== undefined ? `# Sources: ${escapeMarkdown(options.title)}` : '# Sources', '');
  out.push(
    `${plural(summaries.length, 'source')}, ${plural(analysis.attributions.length, 'attribution')}, ` +
      `${plural(analysis.quotes.length, 'quote')} (${unattributed} unattributed).`,
    '',
  );
  if (summaries.length) {
    out.push('| Source | Kind | Descriptor | Mentions | Attributions | Quotes |', '| --- | --- | --- | ---: | ---: | ---: |');
    for (const { source, attributions, quotes } of summaries) {
      const cells = [escapeMarkdown(source.name), escapeMarkdown(kindLabel(source)), escapeMarkdown(source.descriptor ?? '')];
      out.push(`| ${cells.join(' | ')} | ${source.mentions.length} | ${attributions.length} | ${quotes.length} |`);
    }
    out.push('');
  }
  for (const { source } of summaries) {
    out.push(`## ${escapeMarkdown(source.name)}`, '');
    out.push(`*${escapeMarkdown([kindLabel(source), source.descriptor].filter(Boolean).join(', '))}*`, '');
    const mine = rowsBySource.get(source) ?? [];
    if (mine.length) out.push(...mine.map((r) => rowItem(text, lines, r)), '');
  }
  const orphans = rows.filter((r) => !r.source);
  const cues = orphans.filter((r) => r.type === 'attribution');
  const quotes = orphans.filter((r) => r.type === 'quote');
  if (cues.length) out.push('## Attributions without a source', '', ...cues.map((r) => rowItem(text, lines, r)), '');
  if (quotes.length) out.push('## Unattributed quotes', '', ...quotes.map((r) => rowItem(text, lines, r)), '');
  const outlets = outletsNamed(analysis);
  if (outlets.length) {
    out.push('## Outlets named', '');
    for (const { key, name, count } of outlets) out.push(`- ${escapeMarkdown(name)} (\`${key.replace(/`/g, '')}\`), ${plural(count, 'mention')}`);
    out.push('');
  }
  return out.join('\n');
}
