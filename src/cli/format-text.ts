// The text format: the article with ANSI colours, then the list of sources with what each says.
//   quotes (marks included): direct green, partial cyan, scare yellow
//   cues: bold magenta; source mentions: bold underlined blue; outlets named: underlined red
// Where spans nest (a mention inside a quote), the innermost kind of thing wins the colour in the order
// cue > outlet > mention > quote; bold and underline add up. Without colour the article is printed as it is.
import type { Analysis, QuoteKind } from '../core/model';
import { LineIndex, groupRowsBySource, QUOTE_KIND_LABEL, kindLabel, oneLine, outletsNamed, plural, reportRows, summarizeSources, type ReportRow } from './report';

export interface TextOptions {
  color: boolean;
  /** Printed as a "==> title <==" header (used when several files are printed). */
  title?: string;
}

const ESC = '\x1b[';
const RESET = `${ESC}0m`;

// categories of highlighted spans, as indices into a count array
const DIRECT = 0;
const PARTIAL = 1;
const SCARE = 2;
const CUE = 3;
const MENTION = 4;
const OUTLET = 5;
const QUOTE_CATEGORY: Record<QuoteKind, number> = { direct: DIRECT, partial: PARTIAL, scare: SCARE };

const FG = { green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36, red: 31 } as const;

function sgr(active: readonly number[]): string {
  let fg: number | undefined;
  if (active[CUE]) fg = FG.magenta;
  else if (active[OUTLET]) fg = FG.red;
  else if (active[MENTION]) fg = FG.blue;
  else if (active[DIRECT]) fg = FG.green;
  else if (active[PARTIAL]) fg = FG.cyan;
  else if (active[SCARE]) fg = FG.yellow;
  const codes: number[] = [];
  if (active[CUE] || active[MENTION]) codes.push(1);
  if (active[MENTION] || active[OUTLET]) codes.push(4);
  if (fg !== undefined) codes.push(fg);
  return codes.length ? `${ESC}${codes.join(';')}m` : '';
}

const paint = (color: boolean, code: string, s: string): string => (color ? `${ESC}${code}m${s}${RESET}` : s);

/** The article with its quotes, cues, source mentions and outlets coloured. Line breaks close and reopen styles. */
export function colorize(text: string, analysis: Analysis): string {
  const events: Array<[pos: number, category: number, delta: 1 | -1]> = [];
  const add = (start: number, end: number, category: number): void => {
    const s = Math.max(0, start);
    const e = Math.min(text.length, end);
    if (e > s) events.push([s, category, 1], [e, category, -1]);
  };
  for (const q of analysis.quotes) {
    const start = q.open >= 0 && q.open <= q.start ? q.open : q.start;
    const end = q.close >= q.end ? q.close + 1 : q.end;
    add(start, end, QUOTE_CATEGORY[q.kind] ?? DIRECT);
  }
  for (const a of analysis.attributions) add(a.cue.start, a.cue.end, CUE);
  for (const s of analysis.sources) for (const m of s.mentions) add(m.start, m.end, MENTION);
  for (const o of analysis.outletMentions) add(o.start, o.end, OUTLET);
  events.sort((a, b) => a[0] - b[0]);

  const active = [0, 0, 0, 0, 0, 0];
  const parts: string[] = [];
  let style = '';
  let pos = 0;
  const emit = (to: number): void => {
    if (to <= pos) return;
    const chunk = text.slice(pos, to);
    parts.push(style ? chunk.replace(/\r?\n/g, (nl) => RESET + nl + style) : chunk);
    pos = to;
  };
  for (let i = 0; i < events.length; ) {
    const at = events[i][0];
    emit(at);
    for (; i < events.length && events[i][0] === at; i++) active[events[i][1]] += events[i][2];
    const next = sgr(active);
    if (next !== style) {
      if (style) parts.push(RESET);
      if (next) parts.push(next);
      style = next;
    }
  }
  emit(text.length);
  if (style) parts.push(RESET);
  return parts.join('');
}

function rowLine(text: string, lines: LineIndex, row: ReportRow, color: boolean): string {
  const bits: string[] = [`line ${lines.lineOf(row.start)}`];
  if (row.attribution) bits.push(paint(color, '1;35', oneLine(row.attribution.cue.text || text.slice(row.attribution.cue.start, row.attribution.cue.end))));
  if (row.quote) {
    bits.push(`“${oneLine(text.slice(row.quote.start, row.quote.end), 100)}” (${QUOTE_KIND_LABEL[row.quote.kind] ?? row.quote.kind})`);
  } else if (row.hasContent) {
    bits.push(oneLine(text.slice(row.start, row.end), 100));
  }
  return '    ' + bits.join('  ');
}

/** The list of sources (name, kind, descriptor, counts, then each attribution and quote by line), unattributed quotes and outlets named. */
export function formatSourceList(text: string, analysis: Analysis, color: boolean): string {
  const lines = new LineIndex(text);
  const rows = reportRows(analysis);
  const out: string[] = [];
  const summaries = summarizeSources(analysis);
  const rowsBySource = groupRowsBySource(rows);
  out.push(paint(color, '1', `Sources (${summaries.length})`));
  if (!summaries.length) out.push('  none found');
  summaries.forEach(({ source, attributions, quotes }, i) => {
    const head = [kindLabel(source), source.descriptor].filter(Boolean).join(', ');
    out.push(`  ${i + 1}. ${paint(color, '1', oneLine(source.name))} (${head})`);
    out.push(
      `     ${plural(source.mentions.length, 'mention')}, ${plural(attributions.length, 'attribution')}, ${plural(quotes.length, 'quote')}`,
    );
    for (const row of rowsBySource.get(source) ?? []) out.push(rowLine(text, lines, row, color));
  });
  const orphans = rows.filter((r) => !r.source);
  const unattributedQuotes = orphans.filter((r) => r.type === 'quote');
  const unattributedCues = orphans.filter((r) => r.type === 'attribution');
  if (unattributedCues.length) {
    out.push('', paint(color, '1', `Attributions without a source (${unattributedCues.length})`));
    for (const row of unattributedCues) out.push(rowLine(text, lines, row, color));
  }
  if (unattributedQuotes.length) {
    out.push('', paint(color, '1', `Unattributed quotes (${unattributedQuotes.length})`));
    for (const row of unattributedQuotes) out.push(rowLine(text, lines, row, color));
  }
  const outlets = outletsNamed(analysis);
  if (outlets.length) {
    out.push('', paint(color, '1', `Outlets named (${outlets.length})`));
    for (const { key, name, count } of outlets) out.push(`  ${oneLine(name)} [${key}] ×${count}`);
  }
  return out.join('\n') + '\n';
}

function legend(): string {
  const items: Array<[string, string]> = [
    ['32', 'direct quote'],
    ['36', 'partial quote'],
    ['33', 'scare quote'],
    ['1;35', 'cue'],
    ['1;4;34', 'source'],
    ['4;31', 'outlet'],
  ];
  return 'Key: ' + items.map(([code, label]) => paint(true, code, label)).join('  ') + '\n';
}

/** The whole text format for one document. */
export function formatText(text: string, analysis: Analysis, options: TextOptions): string {
  const parts: string[] = [];
  if (options.title !== undefined) parts.push(`==> ${options.title} <==\n`);
  const article = options.color ? colorize(text, analysis) : text;
  parts.push(article);
  if (!/\n$/.test(text)) parts.push('\n');
  parts.push('\n', options.color ? legend() : '', formatSourceList(text, analysis, options.color));
  return parts.join('');
}
