// The editor's VS Code-free helpers: what is at an offset, highlight and semantic-token spans, exports and the
// registry template. A hand-made Analysis keeps these independent of the engine's progress.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Analysis } from '../../src/core';
import { parseRegistry } from '../../src/core';
import { claimsOf, excerpt, highlightSpans, hitAt, lineOf, lineStarts, quoteAt, spansInWindow } from '../../src/extension/analysis-query';
import { csvField, exportDocument, formatExport, toCsv } from '../../src/extension/export-format';
import { addOutletEdit } from '../../src/extension/registry-edit';
import { REGISTRY_TEMPLATE, outletYaml } from '../../src/extension/registry-template';
import { semanticSpans } from '../../src/extension/semantic-spans';

const TEXT = [
  'Bridge Vote',
  'Mayor Ana Ortiz said: "We will rebuild the bridge, and fast." She added that work starts in May, Reuters reported.',
  'Critics called it a "vanity project".',
  '"Nobody asked us," a resident wrote.',
  '"Who pays?"',
].join('\n');

function at(needle: string, from = 0): { start: number; end: number; text: string } {
  const start = TEXT.indexOf(needle, from);
  assert.ok(start >= 0, needle);
  return { start, end: start + needle.length, text: needle };
}

function sample(): Analysis {
  const q1 = at('We will rebuild the bridge, and fast.');
  const q2 = at('vanity project');
  const q3 = at('Nobody asked us,');
  const q4 = at('Who pays?');
  const quote = (id: string, s: { start: number; end: number; text: string }, kind: 'direct' | 'partial' | 'scare', sourceId: string | null, attributionId: string | null) => ({
    id,
    ...s,
    open: s.start - 1,
    close: s.end,
    kind,
    sourceId,
    attributionId,
    confidence: 1,
  });
  const claim = at('work starts in May');
  return {
    length: TEXT.length,
    paragraphs: [],
    headings: [at('Bridge Vote')],
    quotes: [quote('q1', q1, 'direct', 's1', 'a1'), quote('q2', q2, 'scare', null, null), quote('q3', q3, 'direct', 's2', 'a3'), quote('q4', q4, 'direct', null, null)],
    sources: [
      { id: 's1', name: 'Ana Ortiz', kind: 'person', descriptor: 'Mayor', mentions: [{ ...at('Ana Ortiz'), form: 'name' }, { ...at('She'), form: 'pronoun' }], quoteIds: ['q1'], attributionIds: ['a1', 'a2'], confidence: 1 },
      { id: 's2', name: 'a resident', kind: 'anonymous', mentions: [{ ...at('a resident'), form: 'anonymous' }], quoteIds: ['q3'], attributionIds: ['a3'], confidence: 1 },
      {
        id: 's3',
        name: 'Reuters',
        kind: 'outlet',
        outlet: { key: 'reuters', name: 'Reuters', type: 'news agency', country: 'GB', homepage: 'https://www.reuters.com', aliases: [] },
        mentions: [{ ...at('Reuters'), form: 'outlet' }],
        quoteIds: [],
        attributionIds: ['a4'],
        confidence: 1,
      },
    ],
    attributions: [
      { id: 'a1', sourceId: 's1', cue: at('said'), cueKind: 'speech', mention: at('Ana Ortiz'), content: q1, confidence: 1 },
      { id: 'a2', sourceId: 's1', cue: at('added'), cueKind: 'speech', mention: at('She'), content: claim, confidence: 1 },
      { id: 'a3', sourceId: 's2', cue: at('wrote'), cueKind: 'speech', mention: at('a resident'), content: q3, confidence: 1 },
      { id: 'a4', sourceId: 's3', cue: at('reported'), cueKind: 'speech', mention: at('Reuters'), content: claim, confidence: 1 },
    ],
    outletMentions: [{ ...at('Reuters'), outletKey: 'reuters' }],
    diagnostics: [],
  };
}

test('hitAt: cues, outlets and mentions before the quote around them; nothing on plain text', () => {
  const a = sample();
  assert.equal(hitAt(a, at('said').start)?.kind, 'cue');
  const outlet = hitAt(a, at('Reuters').start + 2);
  assert.equal(outlet?.kind, 'outlet');
  assert.equal(outlet?.source?.name, 'Reuters');
  const pronoun = hitAt(a, at('She').start);
  assert.equal(pronoun?.kind, 'mention');
  assert.equal(pronoun?.source?.name, 'Ana Ortiz');
  const quote = hitAt(a, at('rebuild').start);
  assert.equal(quote?.kind, 'quote');
  assert.equal(quote?.source?.id, 's1');
  assert.equal(hitAt(a, at('Critics').start), undefined);
  assert.equal(hitAt(a, TEXT.length + 10), undefined);
});

test('quoteAt: the marks count, so a cursor just after the closing mark still finds the quote', () => {
  const a = sample();
  const q = a.quotes[0];
  assert.equal(quoteAt(a, q.open)?.id, 'q1');
  assert.equal(quoteAt(a, q.close + 1)?.id, 'q1');
  assert.equal(quoteAt(a, q.close + 3), undefined);
});

test('highlightSpans: quotes by kind, outlet names not doubled as mentions, sorted', () => {
  const spans = highlightSpans(sample());
  assert.deepEqual(spans.directQuote.map((s) => TEXT.slice(s.start, s.end)), ['We will rebuild the bridge, and fast.', 'Nobody asked us,', 'Who pays?']);
  assert.deepEqual(spans.scareQuote.map((s) => TEXT.slice(s.start, s.end)), ['vanity project']);
  assert.deepEqual(spans.partialQuote, []);
  assert.deepEqual(spans.outlet.map((s) => TEXT.slice(s.start, s.end)), ['Reuters']);
  assert.deepEqual(spans.mention.map((s) => TEXT.slice(s.start, s.end)), ['Ana Ortiz', 'She', 'a resident']);
  assert.deepEqual(spans.cue.map((s) => TEXT.slice(s.start, s.end)), ['said', 'added', 'reported', 'wrote']);
  assert.deepEqual(spansInWindow(spans.cue, at('added').start, at('added').end).length, 1);
});

test('claimsOf: reported speech only, never the source\'s own quotes', () => {
  const a = sample();
  assert.deepEqual(claimsOf(a, a.sources[0]).map((c) => c.id), ['a2']);
  assert.deepEqual(claimsOf(a, a.sources[1]), []);
});

test('semanticSpans: ordered, non-overlapping, quotes cut around what they contain', () => {
  const spans = semanticSpans(sample());
  for (let i = 1; i < spans.length; i++) assert.ok(spans[i - 1].end <= spans[i].start, `overlap at ${i}`);
  const scare = spans.find((s) => s.modifier === 'scare');
  assert.equal(scare && TEXT.slice(scare.start, scare.end), 'vanity project');
  assert.ok(spans.some((s) => s.type === 'outlet'));
});

test('lines and excerpts', () => {
  const starts = lineStarts(TEXT);
  assert.equal(lineOf(starts, 0), 1);
  assert.equal(lineOf(starts, at('Critics').start), 3);
  assert.equal(lineOf(starts, TEXT.length), 5);
  assert.equal(excerpt('  a\n b  '), 'a b');
  const long = excerpt('word '.repeat(40), 30);
  assert.ok(long.length <= 30 && long.endsWith('…'));
});

test('exports: Markdown, CSV and JSON carry every source, quote, claim and line', () => {
  const a = sample();
  const doc = exportDocument(a, TEXT, 'bridge.article');
  assert.equal(doc.sources.length, 3);
  assert.deepEqual(doc.sources[0].items.map((i) => [i.type, i.line]), [['quote', 2], ['claim', 2]]);
  assert.deepEqual(doc.unattributed.map((i) => i.text), ['vanity project', 'Who pays?']);

  const md = formatExport('markdown', a, TEXT, 'bridge.article');
  assert.match(md, /^# Sources: bridge\.article/);
  assert.match(md, /### Ana Ortiz\n\n\*Mayor\*/);
  assert.match(md, /- “We will rebuild the bridge, and fast\.” \(direct, line 2\)/);
  assert.match(md, /## Unattributed quotes/);
  assert.match(md, /news agency, GB, https:\/\/www\.reuters\.com/);

  const csv = toCsv(doc);
  const lines = csv.trimEnd().split('\r\n');
  assert.equal(lines[0], 'source,source_kind,descriptor,outlet_type,outlet_country,type,kind,text,line,start,end');
  assert.ok(lines.includes(`Ana Ortiz,person,Mayor,,,quote,direct,"We will rebuild the bridge, and fast.",2,${a.quotes[0].start},${a.quotes[0].end}`));
  assert.equal(lines.length, 1 + 2 + 1 + 1 + 2);

  const json = JSON.parse(formatExport('json', a, TEXT, 'bridge.article'));
  assert.equal(json.title, 'bridge.article');
  assert.equal(json.sources[2].outlet.country, 'GB');
});

test('csvField: quoting and spreadsheet formula guard', () => {
  assert.equal(csvField('plain'), 'plain');
  assert.equal(csvField('a "b", c'), '"a ""b"", c"');
  assert.equal(csvField('=SUM(A1)'), "'=SUM(A1)");
  assert.equal(csvField(-3), '-3');
});

test('registry template and entries are YAML the registry parser accepts', () => {
  const entry = outletYaml({ key: 'coast-gazette', name: 'The "Coast" Gazette: #1', aliases: ['Gazette'], type: 'newspaper', country: 'GB' });
  assert.match(entry, /^ {2}- key: "coast-gazette"\n/);
  const parsed = parseRegistry(REGISTRY_TEMPLATE + entry, 'test.yaml');
  assert.deepEqual(parsed.errors, []);
  assert.equal(parsed.outlets.find((o) => o.key === 'coast-gazette')?.name, 'The "Coast" Gazette: #1');
});

test('semanticSpans: nested quotes give each stretch to the innermost one, and a mention inside is cut out', () => {
  const text = `He said "I heard 'no' from Kim" today.`;
  const span = (needle: string) => ({ start: text.indexOf(needle), end: text.indexOf(needle) + needle.length });
  const outer = span(`I heard 'no' from Kim`);
  const inner = span('no');
  const q = (id: string, s: { start: number; end: number }, kind: 'direct' | 'scare') => ({ id, ...s, text: text.slice(s.start, s.end), open: s.start - 1, close: s.end, kind, sourceId: null, attributionId: null, confidence: 1 });
  const analysis: Analysis = {
    length: text.length,
    paragraphs: [],
    headings: [],
    quotes: [q('q1', outer, 'direct'), q('q2', inner, 'scare')],
    sources: [{ id: 's1', name: 'Kim', kind: 'person', mentions: [{ ...span('Kim'), text: 'Kim', form: 'name' }], quoteIds: [], attributionIds: [], confidence: 1 }],
    attributions: [],
    outletMentions: [],
    diagnostics: [],
  };
  const tokens = semanticSpans(analysis).map((t) => `${t.type}${t.modifier ? `.${t.modifier}` : ''}:${text.slice(t.start, t.end)}`);
  assert.deepEqual(tokens, ["quote.direct:I heard '", 'quote.scare:no', "quote.direct:' from ", 'source:Kim']);
});

test('addOutletEdit: one small edit that keeps the file\'s other outlets, comments and keys, in every registry shape', () => {
  const outlet = { key: 'harbour-ledger', name: 'Harbour Ledger', aliases: [], type: 'newspaper', country: 'GB' };
  const apply = (text: string) => {
    const edit = addOutletEdit(text, outlet);
    assert.ok(edit, `an edit for ${JSON.stringify(text)}`);
    return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  };
  const keys = (text: string) => {
    const parsed = parseRegistry(text, 'test.yaml');
    assert.deepEqual(parsed.errors, [], text);
    return parsed.outlets.map((o) => o.key);
  };
  const existing = '  - key: coast-gazette\n    name: Coast Gazette\n    type: newspaper\n    country: GB\n';
  assert.deepEqual(keys(apply('')), ['harbour-ledger']);
  assert.deepEqual(keys(apply('outlets: []\n')), ['harbour-ledger']);
  assert.deepEqual(keys(apply('outlets:\n')), ['harbour-ledger']);
  const template = apply(REGISTRY_TEMPLATE);
  assert.deepEqual(keys(template), ['harbour-ledger']);
  assert.ok(template.includes('#   name: The Coast Gazette'), 'the template comments stay');
  assert.deepEqual(keys(apply(`outlets:\n${existing}`)), ['coast-gazette', 'harbour-ledger']);
  assert.deepEqual(keys(apply(`outlets:\n${existing.trimEnd()}`)), ['coast-gazette', 'harbour-ledger']);
  const withTail = apply(`# mine\noutlets:\n${existing}# the end\n`);
  assert.deepEqual(keys(withTail), ['coast-gazette', 'harbour-ledger']);
  assert.ok(withTail.startsWith('# mine\n') && withTail.endsWith('# the end\n'), withTail);
  const asMap = apply('outlets:\n  coast-gazette:\n    name: Coast Gazette\n    type: newspaper\n');
  assert.deepEqual(keys(asMap), ['coast-gazette', 'harbour-ledger']);
  assert.match(asMap, /\n {2}"harbour-ledger":\n {4}name: "Harbour Ledger"\n/);
  const bare = apply('outlets: []\n');
  assert.ok(!bare.includes('aliases'), 'no empty alias list: the registry then matches the name');
  const noCountry = addOutletEdit('', { ...outlet, country: '' });
  assert.ok(noCountry && !noCountry.text.includes('country'));
  assert.deepEqual(parseRegistry(noCountry.text, 'test.yaml').errors, []);
  assert.equal(parseRegistry(noCountry.text, 'test.yaml').outlets[0].aliases.includes('Harbour Ledger'), true);
  assert.equal(addOutletEdit('outlets: [\n', outlet), undefined, 'a broken file is left alone');
  assert.equal(addOutletEdit('outlets: 3\n', outlet), undefined);
});
