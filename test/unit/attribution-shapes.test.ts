// One small article of our own for each attribution shape the engine must read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze, type Analysis } from '../../src/core';

/** A story written for these tests, in test/fixtures/own/. */
const ownStory = (name: string) => readFileSync(path.resolve(__dirname, '../../../test/fixtures/own', `${name}.txt`), 'utf8');

interface Expected {
  cue: string;
  source: string;
  kind?: string;
}

function attributionsOf(analysis: Analysis): Expected[] {
  return analysis.attributions.map((a) => {
    const source = analysis.sources.find((s) => s.id === a.sourceId);
    return { cue: a.cue.text, source: source?.name ?? '(none)', kind: source?.kind ?? '(none)' };
  });
}

const cases: Array<[string, string, Expected[]]> = [
  ['X said: "..."', 'Mayor Anna Kowalski said: "The bridge opens next week."', [{ cue: 'said', source: 'Anna Kowalski', kind: 'person' }]],
  ['"...," X said.', '"The bridge opens next week," Anna Kowalski said.', [{ cue: 'said', source: 'Anna Kowalski', kind: 'person' }]],
  ['"...," said X.', '"The bridge opens next week," said city engineer Tomas Berg.', [{ cue: 'said', source: 'Tomas Berg', kind: 'person' }]],
  ['"...," X said, "..."', '"It is safe," Tomas Berg said, "and it is ready."', [{ cue: 'said', source: 'Tomas Berg', kind: 'person' }]],
  ['According to X, ...', 'According to Tomas Berg, the bridge is ready.', [{ cue: 'According to', source: 'Tomas Berg', kind: 'person' }]],
  ['..., according to X.', 'The bridge is ready, according to Tomas Berg.', [{ cue: 'according to', source: 'Tomas Berg', kind: 'person' }]],
  ['X claimed that ...', 'Tomas Berg claimed that the bridge was ready.', [{ cue: 'claimed', source: 'Tomas Berg', kind: 'person' }]],
  ['anonymous', 'The bridge was closed for a week, a spokesperson said.', [{ cue: 'said', source: 'a spokesperson', kind: 'anonymous' }]],
  ['organisation', 'The transport ministry warned that the bridge was unsafe.', [{ cue: 'warned', source: 'transport ministry', kind: 'organization' }]],
  ['"who"', 'The work was led by Anna Kowalski, who said the bridge would open soon.', [{ cue: 'said', source: 'Anna Kowalski', kind: 'person' }]],
];

for (const [shape, text, expected] of cases) {
  test(`attribution shape: ${shape}`, () => {
    assert.deepEqual(attributionsOf(analyze(text)), expected);
  });
}

test('a role before the name is the descriptor, and the mention is the name alone', () => {
  const analysis = analyze('Regional governor Anna Kowalski said the roads were open.');
  const source = analysis.sources[0];
  assert.equal(source.name, 'Anna Kowalski');
  assert.equal(source.descriptor, 'Regional governor');
  assert.deepEqual(source.mentions.map((m) => m.text), ['Anna Kowalski']);
});

test('an apposition is the descriptor', () => {
  const analysis = analyze('According to Tomas Berg, the city engineer, the bridge is ready.');
  assert.equal(analysis.sources[0].descriptor, 'the city engineer');
});

test('a later surname joins the full name', () => {
  const analysis = analyze('Tomas Berg said the bridge was ready.\nBerg added that it was safe.');
  assert.equal(analysis.sources.length, 1);
  assert.deepEqual(analysis.sources[0].mentions.map((m) => m.text), ['Tomas Berg', 'Berg']);
});

test('"she" goes to the last-named woman, "he" to the last-named man', () => {
  const analysis = analyze('Tomas Berg said the bridge was ready.\nAnna Kowalski said it was late.\nShe added that it was costly.\nHe said it was not.');
  const attributions = attributionsOf(analysis);
  assert.deepEqual(attributions.map((a) => a.source), ['Tomas Berg', 'Anna Kowalski', 'Anna Kowalski', 'Tomas Berg']);
});

test('"it" goes to the organisation that was speaking, not the nearest noun', () => {
  const analysis = analyze('The transport ministry said the Northern Bridge Company had failed an inspection. It added that repairs would follow.');
  assert.deepEqual(attributionsOf(analysis).map((a) => a.source), ['transport ministry', 'transport ministry']);
});

test('people only mentioned are not sources', () => {
  const analysis = analyze('Anna Kowalski met Tomas Berg on Monday. Kowalski said the talks went well.');
  assert.deepEqual(analysis.sources.map((s) => s.name), ['Anna Kowalski']);
});

test('a quote paragraph that follows its speaker belongs to that speaker', () => {
  const analysis = analyze('Anna Kowalski said the bridge was late.\n"We did our best, and we will finish it."\n');
  assert.equal(analysis.quotes.length, 1);
  assert.equal(analysis.sources.find((s) => s.id === analysis.quotes[0].sourceId)?.name, 'Anna Kowalski');
  assert.equal(analysis.quotes[0].kind, 'direct');
});

test('a quote over several paragraphs is one quote', () => {
  const text = 'Anna Kowalski said: "The first part.\n\n"The second part."\n';
  const analysis = analyze(text);
  assert.equal(analysis.quotes.length, 1);
  assert.equal(analysis.quotes[0].text, 'The first part.\n\n"The second part.');
  assert.equal(analysis.sources[0].name, 'Anna Kowalski');
  assert.deepEqual(analysis.diagnostics.filter((d) => d.code === 'unclosed-quote'), []);
});

test('quote kinds: direct, partial and scare', () => {
  const analysis = analyze('Tomas Berg said the bridge was "almost finished" on time. Critics call it a "folly" anyway.');
  assert.deepEqual(analysis.quotes.map((q) => [q.text, q.kind]), [['almost finished', 'partial'], ['folly', 'scare']]);
  assert.equal(analysis.quotes[1].sourceId, null);
});

test('diagnostics: an unclosed mark, a stray closing mark, an unattributed direct quote, an anonymous source', () => {
  const analysis = analyze('"This quote never closes.\nA stray mark” here.\n"A whole sentence that nobody said out loud here."\nThe road is shut, an official said.');
  assert.deepEqual(analysis.diagnostics.map((d) => d.code).sort(), ['anonymous-source', 'unattributed-quote', 'unbalanced-quote', 'unclosed-quote']);
});

test('cues inside quotes are not attributions', () => {
  const analysis = analyze('Anna Kowalski said: "They told me it was fine."');
  assert.deepEqual(attributionsOf(analysis).map((a) => a.cue), ['said']);
});

test('every span is a UTF-16 range of the text', () => {
  const text = 'Zoë Ångström 𝒳 said: “Ça va 😀.”';
  const analysis = analyze(text);
  assert.equal(analysis.quotes[0].text, text.slice(analysis.quotes[0].start, analysis.quotes[0].end));
  assert.equal(analysis.quotes[0].text, 'Ça va 😀.');
});

test('a wire story of our own: every quote with its speaker, however the speaker is named', () => {
  const analysis = analyze(ownStory('senate-vote'));
  const speaker = (id: string | null) => analysis.sources.find((s) => s.id === id)?.name ?? null;
  assert.deepEqual(
    analysis.quotes.map((q) => [q.text, speaker(q.sourceId)]),
    [
      ['This is a historic day,', 'Chuck Schumer'],
      ['We came together,', 'Chuck Schumer'],
      ["It's a bad bill,", 'John Thune'],
      ['It spends too much.', 'John Thune'],
      ["We'll see,", 'a White House spokesperson'],
      ['The president is pleased.', 'Karine Jean-Pierre'],
      ["I'm pleased,", 'Karine Jean-Pierre'],
      ['Very pleased.', 'Karine Jean-Pierre'],
      ['Prices keep going up,', 'Maria Gonzalez'],
      ["I don't know how we'll manage.", 'Maria Gonzalez'],
      ['We will fight this in court,', 'company'],
      ['We have to be careful,', 'Anthony Fauci'],
      ['It’s over,', 'Anthony Fauci'],
      ['We lost.', 'Anthony Fauci'],
    ],
  );
  const schumer = analysis.sources.find((s) => s.name === 'Chuck Schumer');
  assert.equal(schumer?.kind, 'person');
  // the party tag after his name joins the title, so that "the New York Democrat" would find him
  assert.equal(schumer?.descriptor, 'Senate Majority Leader (D-N.Y.)');
  assert.equal(analysis.sources.filter((s) => s.name.includes('Thune')).length, 1);
});

test('a British story of our own: single outer marks, roles before names, unnamed spokespeople, outlets at a sentence start', () => {
  const analysis = analyze(ownStory('storm'));
  const byName = (name: string) => analysis.sources.find((s) => s.name === name);
  const speaker = (id: string | null) => analysis.sources.find((s) => s.id === id)?.name ?? null;
  assert.deepEqual(
    analysis.quotes.map((q) => [q.kind, speaker(q.sourceId)]),
    [
      ['direct', 'Claire Coutinho'],
      ['partial', 'Tom Hughes'],
      ['direct', 'Tom Hughes'],
      ['direct', 'Tom Hughes'],
      ['direct', 'Priya Patel'],
      ['partial', 'Critics'],
      ['direct', 'David Lammy'],
      ['direct', 'David Lammy'],
    ],
  );
  assert.equal(byName('David Lammy')?.descriptor, 'opposition spokesman');
  assert.equal(byName('Critics')?.kind, 'anonymous');
  assert.equal(byName('A spokesman for UK Power Networks')?.kind, 'anonymous');
  assert.equal(byName('The Guardian')?.kind, 'outlet');
  assert.ok(!analysis.sources.some((s) => s.name === 'the agency'), '"the agency" is the Met Office, named before');
});

test('a quote in a sentence about a person with no cue goes to that person; one in a sentence about things stays a scare quote', () => {
  const analysis = analyze('The singer performs the anthem tonight. Mara Quinn sings “Home Again” to the crowd.\nThe plan is not being called a “retreat” by anyone.');
  const speaker = (id: string | null) => analysis.sources.find((s) => s.id === id)?.name ?? null;
  assert.deepEqual(analysis.quotes.map((q) => [q.text, q.kind, speaker(q.sourceId)]), [
    ['Home Again', 'partial', 'Mara Quinn'],
    ['retreat', 'scare', null],
  ]);
});

test('"the senator" is the senator named before, however the title was written', () => {
  const analysis = analyze('Sen. Ann Lee of Ohio opened the hearing. Later the senator said the bill would pass.');
  assert.deepEqual(attributionsOf(analysis), [{ cue: 'said', source: 'Ann Lee', kind: 'person' }]);
});

test('a local story of our own: dateline, roles in plain words, a titled pair, passives, "per", titles of works', () => {
  const analysis = analyze(ownStory('harbor-bridge'));
  const speaker = (id: string | null) => analysis.sources.find((s) => s.id === id)?.name ?? null;
  assert.deepEqual(
    analysis.quotes.map((q) => [q.text, speaker(q.sourceId)]),
    [
      ['safer than the day it first opened.', 'Delia Okonkwo'],
      ['We kept every promise we made to this town,', 'Delia Okonkwo'],
      ['Every single one.', 'Delia Okonkwo'],
      ['We waited long enough,', 'Harold Finch'],
      ['still too high.', 'Harold Finch'],
      ['It is the least we can do,', 'Victor Reyes and Ana Lima'],
      ['Morning Watch', null],
      ['the numbers add up.', 'Victor Reyes'],
      ['I have walked across it every morning this week,', 'Delia Okonkwo'],
      ['And I will walk across it every morning next week.', 'Delia Okonkwo'],
    ],
  );
  const cues = attributionsOf(analysis).map((a) => `${a.cue} → ${a.source}`);
  assert.ok(cues.includes('reported → The Associated Press'));
  assert.ok(cues.includes('per → the city\'s own audit'));
  assert.ok(cues.includes('continues to insist → Victor Reyes'));
  assert.ok(!analysis.sources.some((s) => s.name === 'PORTSMOUTH'));
});
