// An Analyzer fed one edit after another (typing, deleting, pasting) gives exactly what a fresh analysis of the same
// text gives, whether the edit takes the fast path (moved offsets) or the full one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Analyzer, analyze } from '../../src/core';

const article = readFileSync(path.resolve(__dirname, '../../../test/fixtures/kharkiv-counteroffensive.txt'), 'utf8');

function checkEdits(start: string, edits: Array<(text: string, i: number) => string>, steps: number): void {
  const analyzer = new Analyzer();
  let text = start;
  analyzer.analyze(text);
  for (let i = 0; i < steps; i++) {
    text = edits[i % edits.length](text, i);
    assert.deepEqual(analyzer.analyze(text), analyze(text), `after edit ${i}`);
  }
}

const at = (text: string, i: number) => Math.floor(((i * 7919) % 997) / 997 * text.length);

test('typing a letter anywhere, one after another', () => {
  checkEdits(article, [(t, i) => t.slice(0, at(t, i)) + 'e' + t.slice(at(t, i))], 120);
});

test('deleting a character anywhere, one after another', () => {
  checkEdits(article, [(t, i) => t.slice(0, at(t, i)) + t.slice(at(t, i) + 1)], 120);
});

test('typing spaces, quotation marks, apostrophes and line breaks among letters', () => {
  const marks = [' ', '"', '“', '’', "'", '\n', ',', '.', 'x'];
  checkEdits(article, [(t, i) => t.slice(0, at(t, i)) + marks[i % marks.length] + t.slice(at(t, i))], 150);
});

test('typing inside a quote, right before its closing mark and right after its opening mark', () => {
  const analyzer = new Analyzer();
  let text = 'Ann Lee said: "We will build it." Then she left.';
  analyzer.analyze(text);
  for (const offset of [text.indexOf('it."') + 2, text.indexOf('"We') + 1, text.indexOf('build')]) {
    text = text.slice(0, offset) + 'ab' + text.slice(offset);
    assert.deepEqual(analyzer.analyze(text), analyze(text));
  }
});

test('replacing a word, and undoing it', () => {
  const analyzer = new Analyzer();
  const edited = article.replace('examined', 'inspected');
  for (const text of [article, edited, article, edited]) assert.deepEqual(analyzer.analyze(text), analyze(text));
});

test('renaming a surname met in passing drops its mention, as a fresh analysis does', () => {
  const analyzer = new Analyzer();
  const before = 'Marcus Delgado said the delay was needed.\n\nAsked about it, Delgado shrugged.';
  const after = before.replace('Delgado shrugged', 'Delgadx shrugged');
  const mentions = (text: string) => analyzer.analyze(text).sources[0].mentions.map((m) => m.text);
  assert.deepEqual(mentions(before), ['Marcus Delgado', 'Delgado']);
  assert.deepEqual(mentions(after), ['Marcus Delgado']);
  assert.deepEqual(analyzer.analyze(after), analyze(after));
});
