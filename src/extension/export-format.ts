// The source list of an article as Markdown, CSV or JSON, for the Export commands. Pure functions of the analysis
// and the text (no `vscode`, no Node), unit-tested in Node. The CLI has its own formatter; this one is for the editor.
import type { Analysis, Quote, Source } from '../core';
import { claimsOf, lineOf, lineStarts, quotesOf, unattributedQuotes } from './analysis-query';

export type ExportFormat = 'markdown' | 'csv' | 'json';

export interface ExportItem {
  type: 'quote' | 'claim';
  /** Quote kind, or the cue for a claim. */
  kind: string;
  text: string;
  line: number;
  start: number;
  end: number;
}

export interface ExportSource {
  name: string;
  kind: Source['kind'];
  descriptor?: string;
  outlet?: { name: string; type: string; country: string; homepage?: string };
  items: ExportItem[];
}

export interface ExportDocument {
  title: string;
  quotes: number;
  sources: ExportSource[];
  unattributed: ExportItem[];
}

export function exportDocument(analysis: Analysis, text: string, title: string): ExportDocument {
  const starts = lineStarts(text);
  const quoteItem = (q: Quote): ExportItem => ({ type: 'quote', kind: q.kind, text: q.text, line: lineOf(starts, q.start), start: q.start, end: q.end });
  const sources = analysis.sources.map((source): ExportSource => {
    const items = [
      ...quotesOf(analysis, source).map(quoteItem),
      ...claimsOf(analysis, source).map((a): ExportItem => {
        const { start, end } = a.content as { start: number; end: number };
        return { type: 'claim', kind: a.cue.text, text: text.slice(start, end), line: lineOf(starts, start), start, end };
      }),
    ].sort((a, b) => a.start - b.start);
    const outlet = source.outlet && { name: source.outlet.name, type: source.outlet.type, country: source.outlet.country, ...(source.outlet.homepage ? { homepage: source.outlet.homepage } : {}) };
    return { name: source.name, kind: source.kind, ...(source.descriptor ? { descriptor: source.descriptor } : {}), ...(outlet ? { outlet } : {}), items };
  });
  return { title, quotes: analysis.quotes.length, sources, unattributed: unattributedQuotes(analysis).map(quoteItem) };
}

const KIND_HEADING: Record<Source['kind'], string> = { person: 'People', organization: 'Organizations', outlet: 'Outlets', anonymous: 'Anonymous sources' };

function mdEscape(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|]/g, '\\$&');
}

export function toMarkdown(doc: ExportDocument): string {
  const out: string[] = [`# Sources: ${mdEscape(doc.title)}`, '', `${doc.quotes} quotes · ${doc.sources.length} sources`, ''];
  const item = (i: ExportItem) => (i.type === 'quote' ? `- “${mdEscape(i.text)}” (${i.kind}, line ${i.line})` : `- ${mdEscape(i.text)} (claim, “${mdEscape(i.kind)}”, line ${i.line})`);
  for (const kind of ['person', 'organization', 'outlet', 'anonymous'] as const) {
    const sources = doc.sources.filter((s) => s.kind === kind);
    if (!sources.length) continue;
    out.push(`## ${KIND_HEADING[kind]}`, '');
    for (const s of sources) {
      const facts = s.outlet ? [s.outlet.type, s.outlet.country, s.outlet.homepage].filter(Boolean).join(', ') : '';
      out.push(`### ${mdEscape(s.name)}`);
      const about = [s.descriptor && `*${mdEscape(s.descriptor)}*`, facts && mdEscape(facts)].filter(Boolean).join(' · ');
      if (about) out.push('', about);
      out.push('');
      if (s.items.length) out.push(...s.items.map(item), '');
    }
  }
  if (doc.unattributed.length) out.push('## Unattributed quotes', '', ...doc.unattributed.map(item), '');
  return out.join('\n');
}

/** RFC 4180 field; a leading = + - @ is prefixed with ' so a spreadsheet does not run it as a formula. */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(doc: ExportDocument): string {
  const rows: (string | number)[][] = [['source', 'source_kind', 'descriptor', 'outlet_type', 'outlet_country', 'type', 'kind', 'text', 'line', 'start', 'end']];
  for (const s of doc.sources) {
    for (const i of s.items) rows.push([s.name, s.kind, s.descriptor ?? '', s.outlet?.type ?? '', s.outlet?.country ?? '', i.type, i.kind, i.text, i.line, i.start, i.end]);
    if (!s.items.length) rows.push([s.name, s.kind, s.descriptor ?? '', s.outlet?.type ?? '', s.outlet?.country ?? '', '', '', '', '', '', '']);
  }
  for (const i of doc.unattributed) rows.push(['', '', '', '', '', i.type, i.kind, i.text, i.line, i.start, i.end]);
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function toJson(doc: ExportDocument): string {
  return JSON.stringify(doc, null, 2) + '\n';
}

export function formatExport(format: ExportFormat, analysis: Analysis, text: string, title: string): string {
  const doc = exportDocument(analysis, text, title);
  return format === 'markdown' ? toMarkdown(doc) : format === 'csv' ? toCsv(doc) : toJson(doc);
}
