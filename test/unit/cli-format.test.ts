// The CLI's formatters and pure helpers, on a hand-made Analysis (see cli-sample.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatJson } from '../../src/cli/format-json';
import { colorize, formatText } from '../../src/cli/format-text';
import { escapeMarkdown, formatMarkdown } from '../../src/cli/format-markdown';
import { CSV_COLUMNS, csvField, formatCsv } from '../../src/cli/format-csv';
import { LineIndex, oneLine, reportRows } from '../../src/cli/report';
import { parseArgs, useColor } from '../../src/cli/args';
import { decodeText } from '../../src/cli/read-input';
import { SAMPLE, SAMPLE_TEXT, sampleAnalysis } from './cli-sample';

const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** A small RFC 4180 reader, to check the CSV round trip. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = (): void => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\r' && csv[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else field += c;
  }
  assert.equal(field, '', 'CSV ends with CRLF');
  return rows;
}

test('json: exactly the Analysis for one file, with a "file" field first for JSON Lines', () => {
  const analysis = sampleAnalysis();
  const one = formatJson(analysis);
  assert.ok(one.endsWith('\n') && !one.slice(0, -1).includes('\n'));
  assert.deepEqual(JSON.parse(one), analysis);
  const line = JSON.parse(formatJson(analysis, 'a.txt'));
  assert.equal(Object.keys(line)[0], 'file');
  assert.equal(line.file, 'a.txt');
  const { file: _file, ...rest } = line;
  assert.deepEqual(rest, analysis);
});

test('json: the fields the scorer reads are there', () => {
  const out = JSON.parse(formatJson(sampleAnalysis()));
  for (const q of out.quotes) for (const k of ['start', 'end', 'kind', 'sourceId']) assert.ok(k in q, `quote.${k}`);
  for (const s of out.sources) for (const k of ['id', 'name', 'kind', 'mentions']) assert.ok(k in s, `source.${k}`);
  for (const a of out.attributions) for (const k of ['sourceId', 'cue', 'mention']) assert.ok(k in a, `attribution.${k}`);
});

test('text without colour: the article unchanged, then the source list', () => {
  const out = formatText(SAMPLE_TEXT, sampleAnalysis(), { color: false });
  assert.ok(out.startsWith(SAMPLE_TEXT), 'article first, as it is');
  assert.doesNotMatch(out, ANSI);
  const list = out.slice(SAMPLE_TEXT.length);
  assert.match(list, /Sources \(2\)/);
  // reading order: Ana Ruiz is mentioned before the Daily Planet
  assert.ok(list.indexOf('Ana Ruiz') < list.indexOf('Daily Planet'));
  assert.match(list, /1\. Ana Ruiz \(person, mayor\)/);
  assert.match(list, /2 mentions, 2 attributions, 1 quote\b/);
  assert.match(list, /line 3 {2}said {2}“We will rebuild it, stone by stone\.” \(direct quote\)/);
  assert.match(list, /line 4 {2}added {2}the work would take a year/);
  assert.match(list, /2\. Daily Planet \(outlet \(newspaper, US\)\)/);
  assert.match(list, /line 4 {2}according to/);
  assert.match(list, /Unattributed quotes \(1\)\n {4}line 5 {2}“vanity project” \(scare quote\)/);
  assert.match(list, /Outlets named \(1\)\n {2}The Daily Planet \[daily-planet\] ×1/);
});

test('text with colour: the same characters, coloured by kind, styles closed at line ends', () => {
  const analysis = sampleAnalysis();
  const painted = colorize(SAMPLE_TEXT, analysis);
  assert.equal(painted.replace(ANSI, ''), SAMPLE_TEXT);
  // the direct quote, marks included, is green; the scare quote yellow; the cue bold magenta; the outlet red
  assert.ok(painted.includes('\x1b[32m"We will rebuild it, stone by stone."\x1b[0m'));
  assert.ok(painted.includes('\x1b[33m"vanity project"\x1b[0m'));
  assert.ok(painted.includes('\x1b[1;35msaid\x1b[0m'));
  assert.ok(painted.includes('\x1b[1;35maccording to\x1b[0m'));
  assert.ok(painted.includes('\x1b[1;4;34mAna Ruiz\x1b[0m'));
  // the outlet is also a source mention: outlet red wins, bold and underline add up
  assert.ok(painted.includes('\x1b[1;4;31mDaily Planet\x1b[0m'));
  for (const line of painted.split('\n')) {
    const codes = line.match(ANSI) ?? [];
    if (codes.length) assert.equal(codes[codes.length - 1], '\x1b[0m', `line closes its style: ${JSON.stringify(line)}`);
  }
  const out = formatText(SAMPLE_TEXT, analysis, { color: true, title: 'a.txt' });
  assert.ok(out.startsWith('==> a.txt <==\n'));
  assert.match(out, /Key: /);
});

test('text colour: a quote over a line break is closed before it and reopened after', () => {
  const text = 'He said "one\r\ntwo" then.';
  const start = text.indexOf('one');
  const end = text.indexOf('" then');
  const analysis = { ...sampleAnalysis(), sources: [], attributions: [], outletMentions: [] };
  analysis.quotes = [{ id: 'q', start, end, text: text.slice(start, end), open: start - 1, close: end, kind: 'partial', sourceId: null, attributionId: null, confidence: 1 }];
  assert.equal(colorize(text, analysis), 'He said \x1b[36m"one\x1b[0m\r\n\x1b[36mtwo"\x1b[0m then.');
});

test('colour decision: flags first, then NO_COLOR, then the terminal', () => {
  assert.equal(useColor(undefined, {}, true), true);
  assert.equal(useColor(undefined, {}, false), false);
  assert.equal(useColor(undefined, { NO_COLOR: '1' }, true), false);
  assert.equal(useColor(undefined, { NO_COLOR: '' }, true), true);
  assert.equal(useColor(true, { NO_COLOR: '1' }, false), true);
  assert.equal(useColor(false, {}, true), false);
});

test('markdown: a table of sources, a section per source, unattributed quotes and outlets', () => {
  const out = formatMarkdown(SAMPLE_TEXT, sampleAnalysis(), { title: 'bridge.txt' });
  assert.ok(out.startsWith('# Sources: bridge.txt\n\n2 sources, 3 attributions, 2 quotes (1 unattributed).\n'));
  assert.match(out, /\| Source \| Kind \| Descriptor \| Mentions \| Attributions \| Quotes \|\n\| --- \| --- \| --- \| ---: \| ---: \| ---: \|\n\| Ana Ruiz \| person \| mayor \| 2 \| 2 \| 1 \|\n\| Daily Planet \| outlet \(newspaper, US\) \| {2}\| 1 \| 1 \| 0 \|/);
  assert.match(out, /## Ana Ruiz\n\n\*person, mayor\*\n\n- Line 3, \*said\*: “We will rebuild it, stone by stone\.” \(direct quote\)\n- Line 4, \*added\*: the work would take a year\n/);
  assert.match(out, /## Daily Planet\n\n\*outlet \(newspaper, US\)\*\n\n- Line 4, \*according to\*\n/);
  assert.match(out, /## Unattributed quotes\n\n- Line 5: “vanity project” \(scare quote\)\n/);
  assert.match(out, /## Outlets named\n\n- The Daily Planet \(`daily-planet`\), 1 mention\n/);
  assert.ok(out.endsWith('\n'));
});

test('markdown escaping keeps article text literal', () => {
  assert.equal(escapeMarkdown('a|b *c* _d_ [e](f) <g> `h` #1 & \\'), 'a\\|b \\*c\\* \\_d\\_ \\[e\\](f) \\<g\\> \\`h\\` \\#1 &amp; \\\\');
  assert.equal(escapeMarkdown('two\nlines'), 'two lines');
});

test('csv: header, one row per attribution and per unattributed quote, in text order', () => {
  const rows = parseCsv(formatCsv(SAMPLE_TEXT, sampleAnalysis(), 'bridge.txt'));
  assert.deepEqual(rows[0], [...CSV_COLUMNS]);
  const records = rows.slice(1).map((r) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i]])));
  assert.equal(records.length, 4);
  assert.deepEqual(
    records.map((r) => [r.type, r.source, r.cue, r.line]),
    [
      ['attribution', 'Ana Ruiz', 'said', '3'],
      ['attribution', 'Ana Ruiz', 'added', '4'],
      ['attribution', 'Daily Planet', 'according to', '4'],
      ['quote', '', '', '5'],
    ],
  );
  const [said, added, according, scare] = records;
  assert.deepEqual(
    { ...said },
    {
      file: 'bridge.txt',
      type: 'attribution',
      line: '3',
      start: String(SAMPLE.q1.start),
      end: String(SAMPLE.q1.end),
      source_id: 's1',
      source: 'Ana Ruiz',
      source_kind: 'person',
      descriptor: 'mayor',
      cue: 'said',
      cue_kind: 'speech',
      cue_start: String(SAMPLE.said.start),
      cue_end: String(SAMPLE.said.end),
      quote_kind: 'direct',
      content: 'We will rebuild it, stone by stone.',
    },
  );
  assert.equal(added.content, 'the work would take a year');
  assert.equal(added.quote_kind, '');
  // no content: start..end is the cue, content empty
  assert.equal(according.start, String(SAMPLE.accordingTo.start));
  assert.equal(according.content, '');
  assert.equal(according.source_kind, 'outlet');
  assert.equal(scare.quote_kind, 'scare');
  assert.equal(scare.content, 'vanity project');
  assert.equal(scare.source_id, '');
});

test('csv fields follow RFC 4180', () => {
  assert.equal(csvField('plain'), 'plain');
  assert.equal(csvField('a, b'), '"a, b"');
  assert.equal(csvField('say "hi"'), '"say ""hi"""');
  assert.equal(csvField('two\r\nlines'), '"two\r\nlines"');
  assert.equal(csvField(null), '');
  assert.equal(csvField(0), '0');
  const text = 'She said "a, ""b""\nc".';
  const start = text.indexOf('a,');
  const end = text.lastIndexOf('"');
  const analysis = { ...sampleAnalysis(), sources: [], attributions: [], outletMentions: [] };
  analysis.quotes = [{ id: 'q', start, end, text: text.slice(start, end), open: start - 1, close: end, kind: 'direct', sourceId: null, attributionId: null, confidence: 1 }];
  const rows = parseCsv(formatCsv(text, analysis, 'x,y.txt'));
  assert.equal(rows[1][0], 'x,y.txt');
  assert.equal(rows[1][CSV_COLUMNS.indexOf('content')], text.slice(start, end));
});

test('report rows: an attribution takes the quote it introduces; other quotes get rows of their own', () => {
  const rows = reportRows(sampleAnalysis());
  assert.deepEqual(
    rows.map((r) => [r.type, r.quote?.id ?? null, r.attribution?.id ?? null]),
    [
      ['attribution', 'q1', 'a1'],
      ['attribution', null, 'a2'],
      ['attribution', null, 'a3'],
      ['quote', 'q2', null],
    ],
  );
});

test('line numbers and one-line excerpts', () => {
  const lines = new LineIndex('a\r\nb\n\nc');
  assert.deepEqual([0, 1, 2, 3, 4, 5, 6].map((o) => lines.lineOf(o)), [1, 1, 1, 2, 2, 3, 4]);
  assert.equal(oneLine(' a\n\tb  c '), 'a b c');
  assert.equal(oneLine('abcdefghij', 5), 'abcd…');
  assert.equal(oneLine('abc\u{1F600}def', 5), 'abc…');
});

test('arguments: files, formats, repeated registries, flags, errors', () => {
  const ok = parseArgs(['analyze', '--format', 'csv', 'a.txt', '--registry', 'r1.yaml', '--registry=r2.yaml', '-', '--markdown', '--no-color']);
  assert.ok(ok.ok);
  assert.deepEqual(ok.options, { command: 'analyze', files: ['a.txt', '-'], format: 'csv', registries: ['r1.yaml', 'r2.yaml'], markdown: true, color: false });
  const dflt = parseArgs(['analyze', 'a.txt']);
  assert.ok(dflt.ok && dflt.options.format === 'json' && dflt.options.color === undefined);
  const eq = parseArgs(['analyze', '--format=text', '--color', '--', '--odd-name.txt']);
  assert.ok(eq.ok && eq.options.format === 'text' && eq.options.color === true);
  assert.deepEqual(eq.ok && eq.options.files, ['--odd-name.txt']);
  assert.equal((parseArgs(['--help']) as { options: { command: string } }).options.command, 'help');
  assert.equal((parseArgs(['analyze', 'x', '-V']) as { options: { command: string } }).options.command, 'version');
  for (const bad of [[], ['analyze'], ['frobnicate', 'a.txt'], ['analyze', '--bogus', 'a.txt'], ['analyze', '--format', 'xml', 'a'], ['analyze', 'a', '--format'], ['analyze', 'a', '--registry']]) {
    const r = parseArgs(bad);
    assert.equal(r.ok, false, JSON.stringify(bad));
  }
});

test('decoding: BOM dropped, CRLF kept, binary and invalid UTF-8 refused', () => {
  const enc = new TextEncoder();
  assert.deepEqual(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...enc.encode('Hi\r\nthere')])), { ok: true, text: 'Hi\r\nthere' });
  assert.deepEqual(decodeText(enc.encode('é “quoted”')), { ok: true, text: 'é “quoted”' });
  assert.deepEqual(decodeText(Uint8Array.from([0x61, 0x00, 0x62])), { ok: false, error: 'binary file (contains NUL bytes), not text' });
  assert.deepEqual(decodeText(Uint8Array.from([0x61, 0xff, 0x62])), { ok: false, error: 'not valid UTF-8 text' });
  // a NUL byte after the first 8 KB is text (the decoder accepts U+0000)
  const late = new Uint8Array(9000).fill(0x61);
  late[8500] = 0;
  assert.equal(decodeText(late).ok, true);
});
