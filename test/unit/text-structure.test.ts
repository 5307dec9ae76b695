import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitParagraphs } from '../../src/core/text/paragraphs';
import { tokenize } from '../../src/core/text/tokens';
import { splitSentences } from '../../src/core/text/sentences';

const texts = (source: string, format: 'plain' | 'markdown' = 'plain') =>
  splitParagraphs(source, format).map((p) => source.slice(p.start, p.end));

test('a file with no blank line has a paragraph per line', () => {
  assert.deepEqual(texts('One line.\nAnother line.\r\nA third.'), ['One line.', 'Another line.', 'A third.']);
});

test('a file with blank lines has a paragraph per block, wrapped lines joined', () => {
  assert.deepEqual(texts('First para\nwraps here.\n\n  Second.  \n\n\n'), ['First para\nwraps here.', 'Second.']);
});

test('lone CR line breaks count', () => {
  assert.deepEqual(texts('One.\rTwo.'), ['One.', 'Two.']);
});

test('short lines without closing punctuation are headings', () => {
  const source = 'Storm Hits the Coast\nThe storm hit the coast on Monday.\nMayor: We Will Rebuild\n';
  const paragraphs = splitParagraphs(source);
  assert.deepEqual(paragraphs.map((p) => p.heading), [true, false, true]);
});

test('markdown: front matter and fenced code are skipped, # lines are headings, list items are paragraphs', () => {
  const source = '---\ntitle: "A quote"\n---\n# The Title #\n\nBody text "here".\n\n```\n"not analysed"\n```\n- item one\n- item two\n';
  assert.deepEqual(texts(source, 'markdown'), ['The Title', 'Body text "here".', 'item one', 'item two']);
  assert.equal(splitParagraphs(source, 'markdown')[0].heading, true);
});

test('tokens keep abbreviations, initials and possessives apart', () => {
  const words = tokenize("Gen. J. Smith of the U.S. Army's unit didn't go.").map((t) => t.text);
  assert.deepEqual(words, ['Gen.', 'J.', 'Smith', 'of', 'the', 'U.S.', 'Army', "'s", 'unit', "didn't", 'go', '.']);
});

test('tokens: surrogate pairs and combining marks stay inside words', () => {
  const tokens = tokenize('Zoë said 𝒳 yes');
  assert.deepEqual(tokens.map((t) => t.text), ['Zoë', 'said', '𝒳', 'yes']);
});

test('sentences: titles do not end a sentence, U.S. before "The" does', () => {
  const text = 'Mr. Brown went to the U.S. The trip was long. Dr. Lee stayed.';
  const tokens = tokenize(text);
  const sentences = splitSentences(tokens, new Set()).map((s) => text.slice(tokens[s.first].start, tokens[s.last - 1].end));
  assert.deepEqual(sentences, ['Mr. Brown went to the U.S.', 'The trip was long.', 'Dr. Lee stayed.']);
});
