// The worked example's gold analysis, reproduced exactly: names, kinds, descriptors, mention spans, quote spans,
// kinds and sources, every attribution's cue and source, and nothing that the gold lists as no source.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/core';

const fixtures = path.resolve(__dirname, '../../../test/fixtures');
const text = readFileSync(path.join(fixtures, 'kharkiv-counteroffensive.txt'), 'utf8');
const gold = JSON.parse(readFileSync(path.join(fixtures, 'kharkiv-counteroffensive.gold.json'), 'utf8'));
const analysis = analyze(text);
const nameOf = (id: string | null) => analysis.sources.find((s) => s.id === id)?.name ?? null;

test('every gold source, with its kind, descriptor and mentions, and no other source', () => {
  const actual = analysis.sources.map((s) => ({
    name: s.name,
    kind: s.kind,
    ...(s.descriptor ? { descriptor: s.descriptor } : {}),
    mentions: s.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
  }));
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  assert.deepEqual(actual.sort(byName), [...gold.sources].sort(byName));
});

test('every gold quote with its span, kind and source', () => {
  const actual = analysis.quotes.map((q) => ({ start: q.start, end: q.end, text: q.text, kind: q.kind, source: nameOf(q.sourceId) }));
  const expected = gold.quotes.map((q: Record<string, unknown>) => ({ start: q.start, end: q.end, text: q.text, kind: q.kind, source: q.source }));
  assert.deepEqual(actual, expected);
});

test('every gold attribution at its cue with its source; any other only at an optional cue', () => {
  for (const g of gold.attributions) {
    const a = analysis.attributions.find((x) => x.cue.start === g.cue.start && x.cue.end === g.cue.end);
    assert.ok(a, `no attribution at "${g.cue.text}" @${g.cue.start}`);
    assert.equal(nameOf(a.sourceId), g.source, `source of "${g.cue.text}" @${g.cue.start}`);
  }
  const extra = analysis.attributions.filter((a) => !gold.attributions.some((g: { cue: { start: number } }) => g.cue.start === a.cue.start));
  for (const a of extra) {
    assert.ok(
      gold.optionalCues.some((c: { start: number; end: number }) => a.cue.start < c.end && c.start < a.cue.end),
      `attribution at "${a.cue.text}" @${a.cue.start} is neither gold nor optional`,
    );
  }
});

test('the article names people and things that are not sources', () => {
  for (const name of gold.notSources) assert.ok(!analysis.sources.some((s) => s.name === name || s.name.endsWith(' ' + name)), name);
});

test('headings', () => {
  assert.deepEqual(analysis.headings, gold.headings);
});

test('the outlets carry their registry facts', () => {
  const outlets = analysis.sources.filter((s) => s.kind === 'outlet');
  for (const outlet of outlets) assert.ok(outlet.outlet?.country && outlet.outlet.type, outlet.name);
  assert.equal(outlets.find((s) => s.name === 'Rossiyskaya Gazeta')?.outlet?.country, 'Russia');
});
