// The minimum-confidence view every editor feature reads: what disappears, what becomes unattributed, which sources
// are left, and that the problems follow. A hand-made Analysis sets each confidence; the worked example checks the
// view on the engine's own figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Analysis, Attribution, Quote, Source } from '../../src/core';
import { analyze } from '../../src/core';
import { claimsOf, highlightSpans, quotesOf, unattributedQuotes } from '../../src/extension/analysis-query';
import { minimumConfidenceFrom, withMinimumConfidence } from '../../src/extension/confidence-filter';
import { exportDocument } from '../../src/extension/export-format';

const TEXT = [
  'Mayor Ana Ortiz said: "We will rebuild the bridge." She believes work starts in May.',
  '"It is late," a resident wrote. "And costly."',
  'Tom Lee spoke next.',
  '"Too slow."',
  'It was noted that "things" were said.',
].join('\n');

function at(needle: string, nth = 0): { start: number; end: number; text: string } {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = TEXT.indexOf(needle, start + 1);
  assert.ok(start >= 0, needle);
  return { start, end: start + needle.length, text: needle };
}

function quote(id: string, text: string, sourceId: string | null, attributionId: string | null, confidence: number, kind: Quote['kind'] = 'direct'): Quote {
  const s = at(text);
  return { id, ...s, open: s.start - 1, close: s.end, kind, sourceId, attributionId, confidence };
}

function attribution(id: string, sourceId: string | null, cue: string, cueKind: Attribution['cueKind'], mention: string, content: { start: number; end: number } | null, confidence: number): Attribution {
  return { id, sourceId, cue: at(cue), cueKind, mention: at(mention), content, confidence };
}

function source(id: string, name: string, kind: Source['kind'], mentions: string[], quoteIds: string[], attributionIds: string[], confidence: number): Source {
  return { id, name, kind, mentions: mentions.map((m) => ({ ...at(m), form: kind === 'anonymous' ? 'anonymous' : 'name' })), quoteIds, attributionIds, confidence };
}

/**
 * s1 Ana Ortiz 0.9: said (0.9) quote q1 (1.0); believes (0.5) a claim; q3 "And costly." carried over from her (0.6).
 * s2 a resident 0.4: wrote (0.4) quote q2 (0.9).  s3 Tom Lee 0.9: only q4 "Too slow." carried over (0.6).
 * a4 "noted" (0.3) with no source; q5 "things" a scare quote (0.9). One unclosed-mark problem.
 */
function sample(): Analysis {
  const q1 = quote('q1', 'We will rebuild the bridge.', 's1', 'a1', 1);
  const q2 = quote('q2', 'It is late,', 's2', 'a3', 0.9);
  const q3 = quote('q3', 'And costly.', 's1', null, 0.6);
  const q4 = quote('q4', 'Too slow.', 's3', null, 0.6);
  const q5 = quote('q5', 'things', null, null, 0.9, 'scare');
  const analysis: Analysis = {
    length: TEXT.length,
    paragraphs: [],
    headings: [],
    quotes: [q1, q2, q3, q4, q5],
    sources: [
      source('s1', 'Ana Ortiz', 'person', ['Ana Ortiz', 'She'], ['q1', 'q3'], ['a1', 'a2'], 0.9),
      source('s2', 'a resident', 'anonymous', ['a resident'], ['q2'], ['a3'], 0.4),
      source('s3', 'Tom Lee', 'person', ['Tom Lee'], ['q4'], [], 0.9),
    ],
    attributions: [
      attribution('a1', 's1', 'said', 'speech', 'Ana Ortiz', q1, 0.9),
      attribution('a2', 's1', 'believes', 'belief', 'She', at('work starts in May'), 0.5),
      attribution('a3', 's2', 'wrote', 'speech', 'a resident', q2, 0.4),
      attribution('a4', null, 'noted', 'speech', 'It', at('"things" were said'), 0.3),
    ],
    outletMentions: [],
    diagnostics: [
      { start: 0, end: 1, code: 'unclosed-quote', severity: 'warning', message: 'never closed' },
      { ...at('a resident'), code: 'anonymous-source', severity: 'hint', message: 'anonymous' },
    ],
  };
  return analysis;
}

const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);
const byId = <T extends { id: string }>(items: readonly T[], id: string) => items.find((i) => i.id === id);

test('0 (the default) and anything not above it give back the analysis itself', () => {
  const a = sample();
  assert.equal(withMinimumConfidence(a, 0), a);
  assert.equal(withMinimumConfidence(a, -1), a);
  assert.equal(withMinimumConfidence(a, Number.NaN), a);
});

test('an attribution below the minimum disappears; one at it stays', () => {
  const shown = withMinimumConfidence(sample(), 0.5);
  assert.deepEqual(ids(shown.attributions), ['a1', 'a2']);
  assert.deepEqual(ids(withMinimumConfidence(sample(), 0.51).attributions), ['a1']);
});

test('a quote whose attribution is below the minimum stays, unattributed; its source goes when nothing is left', () => {
  const shown = withMinimumConfidence(sample(), 0.5);
  const q2 = byId(shown.quotes, 'q2');
  assert.ok(q2, 'the quote itself is sure enough');
  assert.equal(q2.sourceId, null);
  assert.equal(q2.attributionId, null);
  assert.deepEqual(ids(unattributedQuotes(shown)), ['q2', 'q5']);
  assert.equal(byId(shown.sources, 's2'), undefined, 'the anonymous resident (0.4) is hidden');
});

test('a quote below the minimum disappears, and a source left with nothing to its name with it', () => {
  const shown = withMinimumConfidence(sample(), 0.7);
  assert.deepEqual(ids(shown.quotes), ['q1', 'q2', 'q5']);
  assert.equal(byId(shown.sources, 's3'), undefined, 'Tom Lee (0.9) had only a 0.6 quote');
  const ortiz = byId(shown.sources, 's1');
  assert.ok(ortiz);
  assert.deepEqual(ortiz.quoteIds, ['q1']);
  assert.deepEqual(ortiz.attributionIds, ['a1']);
  assert.deepEqual(ids(quotesOf(shown, ortiz)), ['q1']);
  assert.deepEqual(claimsOf(shown, ortiz), [], 'the belief (0.5) is no longer her claim');
});

test('a source below the minimum disappears, and its quotes are left unattributed', () => {
  const shown = withMinimumConfidence(sample(), 0.95);
  assert.deepEqual(shown.sources, []);
  assert.deepEqual(shown.attributions, []);
  assert.deepEqual(ids(shown.quotes), ['q1']);
  assert.equal(shown.quotes[0].sourceId, null);
});

test('highlights follow: hidden cues and the mentions of hidden sources are not highlighted', () => {
  const spans = highlightSpans(withMinimumConfidence(sample(), 0.5));
  assert.deepEqual(spans.cue.map((s) => TEXT.slice(s.start, s.end)), ['said', 'believes']);
  assert.deepEqual(spans.mention.map((s) => TEXT.slice(s.start, s.end)), ['Ana Ortiz', 'She', 'Tom Lee']);
});

test('problems follow: a direct quote left with no source is reported, a hidden anonymous source is not; marks stay', () => {
  const shown = withMinimumConfidence(sample(), 0.5);
  assert.deepEqual(
    shown.diagnostics.map((d) => [d.code, TEXT.slice(d.start, d.end)]),
    [
      ['unclosed-quote', 'M'],
      ['unattributed-quote', 'It is late,'],
    ],
  );
});

test('exports follow: the hidden source is not listed and its quote is under unattributed', () => {
  const doc = exportDocument(withMinimumConfidence(sample(), 0.5), TEXT, 'sample');
  assert.deepEqual(doc.sources.map((s) => s.name), ['Ana Ortiz', 'Tom Lee']);
  assert.deepEqual(doc.unattributed.map((i) => i.text), ['It is late,', 'things']);
  assert.equal(doc.quotes, 5);
});

test('the analysis given is never changed', () => {
  const a = sample();
  const before = structuredClone(a);
  withMinimumConfidence(a, 0.95);
  withMinimumConfidence(a, 0.5);
  assert.deepEqual(a, before);
});

test('the setting value: numbers are clamped to 0..1, anything else shows everything', () => {
  assert.equal(minimumConfidenceFrom(0.5), 0.5);
  assert.equal(minimumConfidenceFrom(3), 1);
  assert.equal(minimumConfidenceFrom(-2), 0);
  assert.equal(minimumConfidenceFrom('0.5'), 0);
  assert.equal(minimumConfidenceFrom(undefined), 0);
  assert.equal(minimumConfidenceFrom(Number.POSITIVE_INFINITY), 0);
});

test('the worked example: every item left is at or above the minimum, and every reference points at something shown', () => {
  const fixtures = path.resolve(__dirname, '../../../test/fixtures');
  const raw = analyze(readFileSync(path.join(fixtures, 'kharkiv-counteroffensive.txt'), 'utf8'));
  for (const minimum of [0.5, 0.7, 0.9, 1]) {
    const shown = withMinimumConfidence(raw, minimum);
    const sources = new Set(ids(shown.sources));
    const attributions = new Set(ids(shown.attributions));
    for (const item of [...shown.quotes, ...shown.attributions, ...shown.sources]) assert.ok(item.confidence >= minimum, `${item.id} at ${minimum}`);
    for (const a of shown.attributions) assert.ok(a.sourceId === null || sources.has(a.sourceId), `${a.id}'s source at ${minimum}`);
    for (const q of shown.quotes) {
      assert.ok(q.sourceId === null || sources.has(q.sourceId), `${q.id}'s source at ${minimum}`);
      assert.ok(q.attributionId === null || attributions.has(q.attributionId), `${q.id}'s attribution at ${minimum}`);
    }
    for (const s of shown.sources) assert.ok(s.quoteIds.length + s.attributionIds.length > 0, `${s.name} has something at ${minimum}`);
    // Nothing sure enough is lost: a quote at or above the minimum stays, attributed or not.
    assert.equal(shown.quotes.length, raw.quotes.filter((q) => q.confidence >= minimum).length, `every sure quote at ${minimum}`);
  }
  assert.deepEqual(withMinimumConfidence(raw, 0), raw);
});
