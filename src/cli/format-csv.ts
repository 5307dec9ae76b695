// The CSV format (RFC 4180: CRLF line ends, fields with a comma, quote or line break in double quotes, quotes doubled).
// One header, then one row per attribution and one per quote that no attribution introduces, in text order:
//
//   file         the input as given ("-" for standard input), so that several files make one table
//   type         "attribution" or "quote" (a quote without an attribution)
//   line         1-based line of `start`
//   start, end   UTF-16 offsets (end exclusive) of what is attributed: the quote without its marks, or the reported
//                speech; of the cue when an attribution has no content
//   source_id    the source's id in the JSON output (empty when unattributed)
//   source       the source's name
//   source_kind  person, organization, outlet or anonymous
//   descriptor   role or title met with the name ("regional governor")
//   cue          the cue text ("said", "according to"); empty on quote rows
//   cue_kind     speech, phrase, belief, hearsay or colon
//   cue_start, cue_end  offsets of the cue
//   quote_kind   direct, partial or scare when the content is a quote
//   content      the text from start to end (empty when the attribution has no content), line breaks kept
import type { Analysis } from '../core/model';
import { LineIndex, reportRows } from './report';

export const CSV_COLUMNS = [
  'file',
  'type',
  'line',
  'start',
  'end',
  'source_id',
  'source',
  'source_kind',
  'descriptor',
  'cue',
  'cue_kind',
  'cue_start',
  'cue_end',
  'quote_kind',
  'content',
] as const;

const EOL = '\r\n';

/** One RFC 4180 field. */
export function csvField(value: string | number | null | undefined): string {
  const s = value == null ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const csvLine = (fields: ReadonlyArray<string | number | null | undefined>): string => fields.map(csvField).join(',') + EOL;

export const csvHeader = (): string => csvLine(CSV_COLUMNS);

/** The rows of one document, without the header. */
export function formatCsvRows(text: string, analysis: Analysis, file: string): string {
  const lines = new LineIndex(text);
  return reportRows(analysis)
    .map((row) => {
      const a = row.attribution;
      const s = row.source;
      return csvLine([
        file,
        row.type,
        lines.lineOf(row.start),
        row.start,
        row.end,
        s?.id ?? '',
        s?.name ?? '',
        s?.kind ?? '',
        s?.descriptor ?? '',
        a ? a.cue.text || text.slice(a.cue.start, a.cue.end) : '',
        a?.cueKind ?? '',
        a?.cue.start ?? '',
        a?.cue.end ?? '',
        row.quote?.kind ?? '',
        row.hasContent ? text.slice(row.start, row.end) : '',
      ]);
    })
    .join('');
}

/** A whole CSV document for one input: the header and its rows. */
export function formatCsv(text: string, analysis: Analysis, file: string): string {
  return csvHeader() + formatCsvRows(text, analysis, file);
}
