// Adversarial inputs for the analysis engine: huge single lines, walls of quotation marks, thousands of nested
// opening marks, control characters. Each must come back (no time limit is asserted) with an analysis whose spans
// are sound. Inputs are generated here, in memory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, type Analysis } from '../../src/core';
import { Analyzer } from '../../src/core/analyze';

const MB = 1_000_000;

/** `unit` repeated to exactly `length` UTF-16 units. */
const fill = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

function assertSound(text: string, a: Analysis): void {
  assert.equal(a.length, text.length);
  const inside = (label: string, s: { start: number; end: number }) =>
    assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `${label} ${s.start}..${s.end} inside [0, ${text.length}]`);
  a.paragraphs.forEach((p) => inside('paragraph', p));
  a.quotes.forEach((q) => {
    inside('quote', q);
    // compare without copying megabytes into an assertion message
    assert.ok(q.text.length === q.end - q.start && q.text === text.slice(q.start, q.end), `quote ${q.id} text`);
  });
  a.attributions.forEach((at) => {
    inside('cue', at.cue);
    if (at.mention) inside('mention', at.mention);
    if (at.content) inside('content', at.content);
  });
  a.sources.forEach((s) => s.mentions.forEach((m) => inside('source mention', m)));
  a.outletMentions.forEach((o) => inside('outlet mention', o));
  a.diagnostics.forEach((d) => inside('diagnostic', d));
}

test('a 10 MB single line of prose with cues (no line break anywhere)', () => {
  const unit = 'lorem ipsum dolor sit amet '.repeat(9) + 'The mayor said the budget would pass. ';
  const text = fill(unit, 10 * MB);
  assert.ok(!text.includes('\n'));
  const a = analyze(text);
  assertSound(text, a);
  assert.equal(a.paragraphs.length, 1);
  assert.ok(a.attributions.length > 1000, `${a.attributions.length} attributions`);
});

test('a 10 MB single word (no space, no punctuation)', () => {
  const text = 'x'.repeat(10 * MB);
  const a = analyze(text);
  assertSound(text, a);
  assert.deepEqual(a.quotes, []);
});

test('a file of 100,000 straight quotation marks', () => {
  const text = '"'.repeat(100_000);
  const a = analyze(text);
  assertSound(text, a);
  // pairs of marks around nothing: every quote is empty, and none is attributed
  for (const q of a.quotes) assert.equal(q.text, '');
  assert.ok(a.quotes.every((q) => q.sourceId === null));
});

test('100,000 quotation marks of every kind, mixed', () => {
  const text = fill('"“”‘’«»„\'‹›‚「」', 100_000);
  assertSound(text, analyze(text));
});

test('100,000 nested opening marks, never closed, then a sentence', () => {
  for (const mark of ['“', '‘', '«', '„', '"', "'"]) {
    const text = mark.repeat(100_000) + ' Maria Lopez said the plan would fail.';
    const a = analyze(text);
    assertSound(text, a);
    // straight marks pair up (100,000 is even); an opening curly mark or guillemet is left open
    if (mark !== '"' && mark !== "'") assert.ok(a.diagnostics.some((d) => d.code === 'unclosed-quote'), `${mark}: the unclosed mark is reported`);
  }
});

test('100,000 nested opening marks of alternating kinds, all closed again', () => {
  const opening = fill('“‘«„', 100_000);
  const closing = [...opening].reverse().map((m) => ({ '“': '”', '‘': '’', '«': '»', '„': '“' })[m]).join('');
  const text = `He said ${opening}yes${closing} twice.`;
  assertSound(text, analyze(text));
});

test('100,000 closing marks with no opening one', () => {
  for (const mark of ['”', '’', '»']) {
    const text = 'Officials said it was over' + mark.repeat(100_000);
    assertSound(text, analyze(text));
  }
});

test('100,000 lines, each a paragraph of its own (LF, CRLF and lone CR)', () => {
  for (const eol of ['\n', '\r\n', '\r']) {
    const text = Array.from({ length: 100_000 }, (_, i) => `Line ${i}`).join(eol);
    const a = analyze(text);
    assertSound(text, a);
  }
});

test('100,000 blank lines and 100,000 lone surrogates and combining marks', () => {
  for (const text of ['\n'.repeat(100_000), '\r\n'.repeat(100_000), '\uD800'.repeat(100_000), '\uDC00a'.repeat(50_000), '\u0301'.repeat(100_000), '😀“'.repeat(50_000)]) {
    assertSound(text, analyze(text));
  }
});

test('control characters, NUL bytes and a byte-order mark in the middle of an article', () => {
  const text = 'Maria Lopez\u0000 said\u0007 "yes\u001b[31m" \uFEFF\u0085on\u2028Monday.\u2029"No," he said.';
  const a = analyze(text);
  assertSound(text, a);
  assertSound(text, analyze(text, { format: 'markdown' }));
});

test('Markdown: 50,000 unclosed code fences and front matter that never ends', () => {
  for (const text of ['```\n'.repeat(50_000) + '"Yes," she said.', '---\n' + 'title: x\n'.repeat(50_000), '#'.repeat(100_000) + ' Title\n\nShe said "yes."']) {
    assertSound(text, analyze(text, { format: 'markdown' }));
  }
});

test('a word 1,000,000 characters long in a sentence with a quote', () => {
  const text = `"${'a'.repeat(MB)}," Maria Lopez said. ${'Z'.repeat(MB)} said "${'b'.repeat(MB)}".`;
  assertSound(text, analyze(text));
});

test('an Analyzer survives a series of edits to a 1 MB article', () => {
  const text = fill('“We are ready,” the mayor said on Monday.\n\nOfficials denied it, according to Reuters.\n\n', MB);
  const analyzer = new Analyzer();
  assertSound(text, analyzer.analyze(text));
  const middle = text.length >> 1;
  for (const insert of ['x', '"', '“', '\n\n', '']) {
    const edited = text.slice(0, middle) + insert + text.slice(middle + 1);
    assertSound(edited, analyzer.analyze(edited));
  }
});

// Both were quadratic until the engine's fix (linkQuotes filtered every cue of the paragraph for every quote;
// EntityResolver.resolve searched all of an entity's mentions for each new one): 0.4 MB of the first took ~11 s.

test('a 2 MB single line of quotes with cues ("…," the mayor said. repeated)', () => {
  const text = fill('"The budget will pass," the mayor said. ', 2 * MB);
  const a = analyze(text);
  assertSound(text, a);
  assert.ok(a.quotes.length > 40_000);
});

test('one person mentioned 100,000 times (one line each)', () => {
  const text = 'Maria Lopez said so.\n'.repeat(100_000);
  const a = analyze(text);
  assertSound(text, a);
  assert.equal(a.sources.length, 1);
  assert.equal(a.sources[0].mentions.length, 100_000);
});

test('cue words at the very start of a paragraph, after a lone comma (found by the property test)', () => {
  for (const text of [', said said said said', ',said', ', said', ', told him', '," said', ', a b, said']) assertSound(text, analyze(text));
});
