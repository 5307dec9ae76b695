// Property-based tests of the analysis engine (fast-check): over generated text (random Unicode with surrogate pairs,
// combining marks, right-to-left script, CRLF and lone CR, unmatched and nested quotation marks of every kind, very
// long lines and words, and sentences assembled from small word lists of our own) the engine never throws, every span
// lies inside the text on code-point boundaries, results are ordered and deterministic, and an Analyzer fed a series
// of edited texts gives exactly what a fresh analysis of the final text gives. No timing is asserted anywhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, type Analysis, type DocumentFormat, type Span } from '../../src/core';
import { Analyzer } from '../../src/core/analyze';

// ---------------------------------------------------------------------------------------------------------------
// generators

const QUOTE_MARKS = ['"', '“', '”', '‘', '’', '«', '»', '„', "'", '‹', '›', '‚', '「', '」'];
const CLOSING: Record<string, string> = { '“': '”', '‘': '’', '«': '»', '„': '“', '‹': '›' };
const FIRST = ['Maria', 'John', 'Olena', 'Ahmed', 'Li', 'Anna', 'Pierre', 'Fatima'];
const LAST = ['Lopez', 'Smith', 'Kovalenko', 'Haddad', 'Wei', 'Novak', 'Dubois'];
const ROLES = ['the mayor', 'a spokesperson', 'officials', 'the ministry', 'police', 'the governor of the region', 'an aide'];
const OUTLETS = ['Reuters', 'the Associated Press', 'The Guardian', 'BBC News', 'Al Jazeera', 'Le Monde'];
const CUES = ['said', 'told reporters', 'added', 'warned', 'according to', 'claimed', 'believes', 'denied', 'noted'];
const PRONOUNS = ['He', 'She', 'They', 'It'];
const WORDS = ['the', 'plan', 'will', 'fail', 'we', 'are', 'ready', 'city', 'water', 'tomorrow', 'never', 'again', "isn't", 'state', 'report'];
const EXOTIC = [
  '😀', '👩‍👩‍👧', '🇺🇦', '𝔘𝔫𝔦', // surrogate pairs, ZWJ sequences, flags
  'e\u0301', 'a\u0308\u0323', '\u0301', // combining marks, one standing alone
  'مرحبا بالعالم', 'שלום', '\u202Eevil\u202C', '\u200F', '\u200E', // right-to-left text and controls
  '\r\n', '\r', '\n', '\n\n', '\r\n\r\n', '\r\r', '\u2028', '\u2029', '\u0085', // line ends
  '\t', '\u00A0', '\u2009', '\u202F', '\uFEFF', '\u200B', // spaces
  '\uD800', '\uDFFF', // lone surrogates
  '\u0000', '\u001B[31m', '#', '# ', '---\n', '```\n', '> ', '- ', '* ', // controls and Markdown
];

const pick = (items: readonly string[]) => fc.constantFrom(...items);

/** A sentence of our own, in one of a few shapes that make attributions. */
const sentence: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      fc.tuple(pick(FIRST), pick(LAST)).map(([f, l]) => `${f} ${l}`),
      pick(LAST),
      pick(ROLES),
      pick(OUTLETS),
      pick(PRONOUNS),
    ),
    pick(CUES),
    fc.array(pick(WORDS), { minLength: 1, maxLength: 8 }).map((w) => w.join(' ')),
    fc.constantFrom(0, 1, 2, 3, 4, 5),
    fc.tuple(pick(QUOTE_MARKS), pick(QUOTE_MARKS)),
  )
  .map(([who, cue, words, shape, [open, close]]) => {
    switch (shape) {
      case 0:
        return `“${words[0].toUpperCase()}${words.slice(1)},” ${who} ${cue}.`;
      case 1:
        return `${who} ${cue}, "${words}."`;
      case 2:
        return `${who} ${cue} that ${words}.`;
      case 3:
        return `${who} ${cue} the ${open}${words}${close} was over.`;
      case 4:
        return `${cue[0].toUpperCase()}${cue.slice(1)} ${who}, ${words}.`;
      default:
        return `${who}: ${open}${words}`;
    }
  });

/** A piece of text: a sentence, a word, a quotation mark, a break, something exotic, or raw Unicode. */
const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: sentence },
  { weight: 3, arbitrary: pick(QUOTE_MARKS) },
  { weight: 3, arbitrary: pick(EXOTIC) },
  { weight: 2, arbitrary: pick([' ', ' ', '. ', ', ', '\n\n', '\n']) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-composite', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...QUOTE_MARKS), minLength: 1, maxLength: 40 }) },
  // nested quotation marks, thousands deep, closed or not
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.array(pick(['“', '‘', '«', '„', '"', "'", '‹']), { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 2000 }), fc.boolean(), sentence)
      .map(([marks, depth, closed, inner]) => {
        const open = Array.from({ length: depth }, (_, i) => marks[i % marks.length]).join('');
        return open + inner + (closed ? [...open].reverse().map((m) => CLOSING[m] ?? m).join('') : '');
      }),
  },
  { weight: 1, arbitrary: fc.tuple(pick(['a', 'Word', 'x-', '😀', '\u0301', '“', 'said ']), fc.integer({ min: 50, max: 3000 })).map(([s, n]) => s.repeat(n)) },
);

const article: fc.Arbitrary<string> = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));
const format: fc.Arbitrary<DocumentFormat> = fc.constantFrom('plain', 'markdown');

/** An edit of a text: insert, delete or replace at a position chosen relative to its length. */
type Edit = { at: number; remove: number; insert: string };
const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.oneof(fc.constant(0), fc.constant(1), fc.integer({ min: 0, max: 40 })),
  insert: fc.oneof(pick(['x', '"', '“', '”', '\n', '\n\n', '\r\n', "'", '’', ' ', '.', 'said', 'Maria Lopez said ', '😀']), piece, fc.constant('')),
});

function applyEdit(text: string, e: Edit): string {
  const at = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}

// ---------------------------------------------------------------------------------------------------------------
// the properties

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Every span, labelled, that the analysis holds. */
function spansOf(a: Analysis): Array<[string, Span]> {
  const out: Array<[string, Span]> = [];
  a.paragraphs.forEach((p, i) => out.push([`paragraphs[${i}]`, p]));
  a.headings.forEach((h, i) => out.push([`headings[${i}]`, h]));
  a.quotes.forEach((q, i) => {
    out.push([`quotes[${i}]`, q]);
    out.push([`quotes[${i}].open`, { start: q.open, end: q.open + 1 }]);
    if (q.close >= 0) out.push([`quotes[${i}].close`, { start: q.close, end: q.close + 1 }]);
  });
  a.sources.forEach((s, i) => s.mentions.forEach((m, j) => out.push([`sources[${i}].mentions[${j}]`, m])));
  a.attributions.forEach((at, i) => {
    out.push([`attributions[${i}].cue`, at.cue]);
    if (at.mention) out.push([`attributions[${i}].mention`, at.mention]);
    if (at.content) out.push([`attributions[${i}].content`, at.content]);
  });
  a.outletMentions.forEach((o, i) => out.push([`outletMentions[${i}]`, o]));
  a.diagnostics.forEach((d, i) => out.push([`diagnostics[${i}]`, d]));
  return out;
}

function checkAnalysis(text: string, a: Analysis): void {
  const n = text.length;
  assert.equal(a.length, n, 'length');
  const splitsPair = (at: number) => at > 0 && at < n && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at));
  for (const [label, span] of spansOf(a)) {
    assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${label}: integer offsets ${span.start}..${span.end}`);
    assert.ok(span.start >= 0 && span.start <= span.end && span.end <= n, `${label}: ${span.start}..${span.end} inside [0, ${n}]`);
    assert.ok(!splitsPair(span.start) && !splitsPair(span.end), `${label}: ${span.start}..${span.end} splits a surrogate pair`);
  }
  // texts that spans carry are the text they cover
  for (const q of a.quotes) {
    assert.equal(q.text, text.slice(q.start, q.end), `quote ${q.id} text`);
    assert.ok(q.open < q.start, `quote ${q.id}: its opening mark ${q.open} stands before its text ${q.start}`);
    if (q.close >= 0) assert.equal(q.close, q.end, `quote ${q.id}: closes where its text ends`);
  }
  for (const h of a.headings) assert.equal(h.text, text.slice(h.start, h.end));
  for (const o of a.outletMentions) assert.equal(o.text, text.slice(o.start, o.end));
  for (const at of a.attributions) assert.equal(at.cue.text, text.slice(at.cue.start, at.cue.end));
  for (const s of a.sources) for (const m of s.mentions) assert.equal(m.text, text.slice(m.start, m.end), `source ${s.id} mention`);

  // order
  const ordered = (label: string, spans: readonly Span[], strict = false) => {
    for (let i = 1; i < spans.length; i++) {
      const ok = strict ? spans[i - 1].end <= spans[i].start : spans[i - 1].start <= spans[i].start;
      assert.ok(ok, `${label} out of order at ${i}: ${spans[i - 1].start}..${spans[i - 1].end} then ${spans[i].start}..${spans[i].end}`);
    }
  };
  ordered('paragraphs', a.paragraphs, true);
  ordered('headings', a.headings, true);
  ordered('quotes', a.quotes);
  ordered('outletMentions', a.outletMentions, true);
  ordered('diagnostics', a.diagnostics);
  for (const s of a.sources) ordered(`source ${s.id} mentions`, s.mentions);
  const firsts = a.sources.map((s) => ({ start: s.mentions[0]?.start ?? Infinity, end: 0 }));
  ordered('sources by first mention', firsts);

  // identity and references
  const ids = (items: ReadonlyArray<{ id: string }>, prefix: string) => {
    items.forEach((item, i) => assert.equal(item.id, `${prefix}${i + 1}`));
    return new Set(items.map((item) => item.id));
  };
  const sourceIds = ids(a.sources, 's');
  const quoteIds = ids(a.quotes, 'q');
  const attributionIds = ids(a.attributions, 'a');
  for (const q of a.quotes) {
    if (q.sourceId !== null) assert.ok(sourceIds.has(q.sourceId), `quote ${q.id} names source ${q.sourceId}`);
    if (q.attributionId !== null) assert.ok(attributionIds.has(q.attributionId), `quote ${q.id} names attribution ${q.attributionId}`);
  }
  for (const at of a.attributions) if (at.sourceId !== null) assert.ok(sourceIds.has(at.sourceId), `attribution ${at.id} names source ${at.sourceId}`);
  for (const s of a.sources) {
    for (const id of s.quoteIds) {
      assert.ok(quoteIds.has(id), `source ${s.id} lists quote ${id}`);
      assert.equal(a.quotes[Number(id.slice(1)) - 1].sourceId, s.id, `quote ${id} is ${s.id}'s`);
    }
    for (const id of s.attributionIds) {
      assert.ok(attributionIds.has(id), `source ${s.id} lists attribution ${id}`);
      assert.equal(a.attributions[Number(id.slice(1)) - 1].sourceId, s.id, `attribution ${id} is ${s.id}'s`);
    }
    assert.ok(s.confidence >= 0 && s.confidence <= 1);
  }
  for (const q of a.quotes) assert.ok(q.confidence >= 0 && q.confidence <= 1);
  for (const at of a.attributions) assert.ok(at.confidence >= 0 && at.confidence <= 1);
}

/** Shrunk counterexamples are printed with escapes, so invisible characters show. */
const show = (text: string) => JSON.stringify(text).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

const runs = (n: number) => ({ numRuns: n, endOnFailure: false });

test('analyze never throws, keeps every span inside the text on code-point boundaries, in order, with sound references', () => {
  fc.assert(
    fc.property(article, format, (text, fmt) => {
      const a = analyze(text, { format: fmt });
      checkAnalysis(text, a);
    }),
    { ...runs(1000), examples: [['', 'plain'], ['"', 'plain'], ['\r', 'plain'], ['😀"😀', 'markdown'], ['“'.repeat(5000), 'plain']] },
  );
});

test('analysis is deterministic: two runs, and two analyzers, give deep-equal results', () => {
  fc.assert(
    fc.property(article, format, (text, fmt) => {
      const first = analyze(text, { format: fmt });
      const second = analyze(text, { format: fmt });
      assert.deepStrictEqual(second, first);
      // the same Analyzer again (every paragraph from its cache) gives the same too
      const analyzer = new Analyzer();
      analyzer.analyze(text, fmt);
      assert.deepStrictEqual(analyzer.analyze(text, fmt), first);
    }),
    runs(300),
  );
});

test('sentences of our own: quotes and sources found are consistent with the text', () => {
  const story = fc.array(fc.oneof(sentence, pick([' ', '\n\n', '\r\n\r\n', '\n'])), { minLength: 1, maxLength: 30 }).map((p) => p.join(' '));
  fc.assert(
    fc.property(story, (text) => {
      const a = analyze(text);
      checkAnalysis(text, a);
      // every source is mentioned, and every mention is text of the article
      for (const s of a.sources) assert.ok(s.mentions.length > 0 || s.quoteIds.length > 0 || s.attributionIds.length > 0, `source ${s.id} has something`);
    }),
    runs(500),
  );
});

test('incremental: an Analyzer fed every edited text gives what a fresh analysis of the final text gives', () => {
  fc.assert(
    fc.property(article, fc.array(edit, { minLength: 1, maxLength: 12 }), format, (initial, edits, fmt) => {
      const analyzer = new Analyzer();
      let text = initial;
      analyzer.analyze(text, fmt);
      for (const e of edits) {
        text = applyEdit(text, e);
        const incremental = analyzer.analyze(text, fmt);
        checkAnalysis(text, incremental);
      }
      assert.deepStrictEqual(analyzer.analyze(text, fmt), analyze(text, { format: fmt }), `after edits, text ${show(text).slice(0, 400)}`);
    }),
    runs(300),
  );
});

test('incremental: undo back to an earlier text gives that text’s analysis again', () => {
  fc.assert(
    fc.property(article, fc.array(edit, { minLength: 1, maxLength: 6 }), (initial, edits) => {
      const analyzer = new Analyzer();
      const before = analyzer.analyze(initial);
      let text = initial;
      for (const e of edits) {
        text = applyEdit(text, e);
        analyzer.analyze(text);
      }
      assert.deepStrictEqual(analyzer.analyze(initial), before);
    }),
    runs(150),
  );
});

test('incremental: every analysis in a typing session equals a fresh one (quote marks typed and removed)', () => {
  const base = 'Maria Lopez said the plan would fail.\n\n“We are ready,” the mayor told reporters.\n\nHe added: ‘never again’.\n\nOfficials denied it, according to Reuters.';
  fc.assert(
    fc.property(fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.constantFrom(0, 0, 1), insert: pick(['"', '“', '”', '‘', '’', "'", '«', '»', '„', '\n', '\n\n', 'x', '']) }), { minLength: 1, maxLength: 25 }), (edits) => {
      const analyzer = new Analyzer();
      let text = base;
      analyzer.analyze(text);
      for (const e of edits) {
        text = applyEdit(text, e);
        assert.deepStrictEqual(analyzer.analyze(text), analyze(text), `text ${show(text)}`);
      }
    }),
    runs(150),
  );
});

test('incremental: repeated paragraphs (shared cache entries) and edits give what a fresh analysis gives', () => {
  const paragraphs = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(' '));
  const doc = fc
    .tuple(fc.array(paragraphs, { minLength: 1, maxLength: 4 }), fc.array(fc.nat(), { minLength: 2, maxLength: 12 }), pick(['\n\n', '\r\n\r\n', '\n']))
    .map(([pool, order, sep]) => order.map((i) => pool[i % pool.length]).join(sep));
  fc.assert(
    fc.property(doc, fc.array(edit, { maxLength: 6 }), (initial, edits) => {
      const analyzer = new Analyzer();
      let text = initial;
      assert.deepStrictEqual(analyzer.analyze(text), analyze(text));
      for (const e of edits) {
        text = applyEdit(text, e);
        assert.deepStrictEqual(analyzer.analyze(text), analyze(text), `text ${show(text).slice(0, 400)}`);
      }
    }),
    runs(150),
  );
});

test('incremental: one Analyzer switched between plain text and Markdown gives what a fresh analysis gives', () => {
  fc.assert(
    fc.property(article, fc.array(format, { minLength: 2, maxLength: 4 }), (text, formats) => {
      const analyzer = new Analyzer();
      for (const fmt of formats) assert.deepStrictEqual(analyzer.analyze(text, fmt), analyze(text, { format: fmt }));
    }),
    runs(150),
  );
});
