import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanQuotes } from '../../src/core/text/quotes';

const spans = (text: string) => scanQuotes(text).quotes.map((q) => text.slice(q.open + 1, q.close));

test('straight and curly double quotes', () => {
  assert.deepEqual(spans('He said "yes" and “no” twice.'), ['yes', 'no']);
});

test('nested single quotes stay inside the outer quote', () => {
  assert.deepEqual(spans('She said: “He told me ‘never’ once.”'), ['He told me ‘never’ once.']);
  assert.deepEqual(spans(`She said: "He told me 'never' once."`), [`He told me 'never' once.`]);
});

test('British style: single outer marks with doubles inside', () => {
  assert.deepEqual(spans('The minister said: ‘They called it “a mess” today.’'), ['They called it “a mess” today.']);
});

test('apostrophes are not quotes', () => {
  assert.deepEqual(spans("The army's chief didn't say it. The ’90s were the soldiers’ best years."), []);
  assert.deepEqual(spans('It wasn’t Moscow’s plan.'), []);
});

test('guillemets and low-high marks', () => {
  assert.deepEqual(spans('Er sagte „nein“ und «oui».'), ['nein', 'oui']);
});

test('an unclosed mark is left open, not guessed over', () => {
  const scan = scanQuotes('He said "this never ends.');
  assert.equal(scan.openAtEnd, 'double');
  assert.equal(scan.quotes[0].close, -1);
});

test('a closing mark with no opening one is reported', () => {
  const scan = scanQuotes('Nothing opened here” at all.');
  assert.deepEqual(scan.problems.map((p) => p.kind), ['unbalanced']);
});

test('a quote that comes in open from the previous paragraph skips the reopening mark', () => {
  const text = '“And it goes on,” she said.';
  const scan = scanQuotes(text, 'double');
  assert.equal(scan.quotes.length, 1);
  assert.equal(scan.quotes[0].open, -1);
  assert.equal(text.slice(0, scan.quotes[0].close), '“And it goes on,');
});

test('thousands of nested marks do not grow without bound', () => {
  const text = '“'.repeat(5000) + 'x' + '”'.repeat(5000);
  const scan = scanQuotes(text);
  assert.equal(scan.quotes.length, 1);
});
