// Adversarial files through the built command line (dist/cli.js, from `node scripts/build.mjs`): binary and
// non-UTF-8 inputs are refused with a clear message and a non-zero exit while the other files are still analysed;
// bad registry files leave the built-in registry working; a 10 MB single line goes through. Files are generated
// under the system's temporary directory. No time limit is asserted (the spawn's timeout only stops a hung run).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = [path.resolve(__dirname, '..', '..', '..'), process.cwd()].find((dir) => existsSync(path.join(dir, 'dist', 'cli.js'))) ?? process.cwd();
const CLI = path.join(ROOT, 'dist', 'cli.js');
const ARTICLE = '“We are ready,” Maria Lopez told Reuters on Monday.\n\nOfficials denied it, according to the Associated Press.\n';

let dir = '';
const tmp = (name: string, content: string | Uint8Array): string => {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
};

function cli(args: string[]): SpawnSyncReturns<string> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.SOURCE_ANNOTATOR_DEBUG;
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env, maxBuffer: 1 << 30, timeout: 600_000 });
}

type Line = { file?: string; length: number; outletMentions: Array<{ outletKey: string }>; quotes: unknown[] };
const jsonLines = (stdout: string): Line[] =>
  stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Line);

before(() => {
  assert.ok(existsSync(CLI), `${CLI} is built (node scripts/build.mjs)`);
  dir = mkdtempSync(path.join(tmpdir(), 'source-annotator-adversarial-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

const BAD_INPUTS: Array<[string, Uint8Array, RegExp]> = [
  ['image.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), /binary/i],
  ['utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('He said "yes".', 'utf16le')]), /binary|UTF-8/i],
  ['latin1.txt', Buffer.from('Le caf\xe9 a dit \xabnon\xbb.', 'latin1'), /UTF-8/],
  ['truncated.txt', Buffer.concat([Buffer.from('She said “yes'), Buffer.from([0xe2, 0x80])]), /UTF-8/],
  ['overlong.txt', Buffer.from([0x48, 0x69, 0xc0, 0xaf, 0x0a]), /UTF-8/],
  ['surrogate.txt', Buffer.from([0x41, 0xed, 0xa0, 0x80, 0x42]), /UTF-8/],
  ['late-invalid.txt', Buffer.concat([Buffer.from('a'.repeat(20_000)), Buffer.from([0xff, 0xfe, 0xfd])]), /UTF-8/],
  ['random.bin', Uint8Array.from({ length: 65_536 }, (_, i) => (i * 2_654_435_761) >>> 24), /binary|UTF-8/i],
];

test('binary and non-UTF-8 files: a clear message for each, exit 2, the good files still analysed', () => {
  const good1 = tmp('good1.txt', ARTICLE);
  const good2 = tmp('good2.txt', 'The mayor said the budget would pass.\n');
  const bad = BAD_INPUTS.map(([name, bytes]) => tmp(name, bytes));
  const r = cli(['analyze', good1, ...bad, good2]);
  assert.equal(r.status, 2, r.stderr);
  const lines = jsonLines(r.stdout);
  assert.deepEqual(lines.map((l) => l.file), [good1, good2]);
  assert.equal(lines[0].length, ARTICLE.length);
  BAD_INPUTS.forEach(([name, , reason], i) => {
    const message = r.stderr.split('\n').find((line) => line.includes(bad[i]));
    assert.ok(message, `${name} is named on stderr:\n${r.stderr}`);
    assert.match(message, reason, `${name}: ${message}`);
    assert.ok(message.length < 300, `${name}: one short line`);
  });
  assert.ok(!/\n\s+at /.test(r.stderr), 'no stack trace');
});

test('each bad file alone: exit 2, nothing on stdout in JSON, one line on stderr', () => {
  for (const [name, bytes, reason] of BAD_INPUTS) {
    const file = tmp(`alone-${name}`, bytes);
    const r = cli(['analyze', file]);
    assert.equal(r.status, 2, `${name}: ${r.stderr}`);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, reason);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  }
});

test('bad files in every output format still let the good file through', () => {
  const good = tmp('good-formats.txt', ARTICLE);
  const bad = tmp('bad-formats.bin', Uint8Array.from([0, 1, 2, 3, 0xff]));
  for (const format of ['text', 'markdown', 'csv']) {
    const r = cli(['analyze', '--format', format, bad, good]);
    assert.equal(r.status, 2, `${format}: ${r.stderr}`);
    assert.match(r.stdout, /Maria Lopez|Lopez/, format);
    assert.match(r.stderr, /binary/);
  }
});

test('a directory, an empty file and a missing file next to a good one', () => {
  const sub = path.join(dir, 'a-directory');
  mkdirSync(sub, { recursive: true });
  const empty = tmp('empty.txt', '');
  const good = tmp('good-misc.txt', ARTICLE);
  const r = cli(['analyze', sub, empty, path.join(dir, 'missing.txt'), good]);
  assert.equal(r.status, 2);
  const lines = jsonLines(r.stdout);
  assert.deepEqual(lines.map((l) => l.file), [empty, good]);
  assert.equal(lines[0].length, 0);
  assert.match(r.stderr, /directory/);
  assert.match(r.stderr, /no such file/);
});

test('a 10 MB single line through the CLI', () => {
  const unit = 'lorem ipsum dolor sit amet '.repeat(9) + 'The mayor said the budget would pass. ';
  const text = unit.repeat(Math.ceil(10_000_000 / unit.length)).slice(0, 10_000_000);
  const file = tmp('ten-mb-line.txt', text);
  const r = cli(['analyze', file]);
  assert.equal(r.status, 0, r.stderr);
  const [analysis] = jsonLines(r.stdout);
  assert.equal(analysis.length, text.length);
});

test('a file of 100,000 quotation marks and one of 100,000 nested opening marks', () => {
  const quotes = tmp('quotes.txt', '"'.repeat(100_000));
  const nested = tmp('nested.txt', '“‘«„'.repeat(25_000) + ' she said.');
  const r = cli(['analyze', quotes, nested]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(jsonLines(r.stdout).length, 2);
});

test('bad registry files: errors on stderr, the article analysed with the built-in registry', () => {
  let bomb = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
  for (let i = 1; i < 10; i++) bomb += `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill('*' + String.fromCharCode(96 + i)).join(', ')}]\n`;
  bomb += 'outlets:\n  bomb:\n    name: Bomb\n    aliases: *j\n';
  const registries = [
    tmp('bomb.yaml', bomb),
    tmp('deep.yaml', 'outlets: ' + '['.repeat(100_000)),
    tmp('wrong.yaml', 'outlets:\n  a:\n    name: 42\n  b: 7\n'),
    tmp('long.yaml', `outlets:\n  long:\n    name: ${'N'.repeat(5_000)}\n`),
    tmp('many.yaml', 'outlets:\n' + Array.from({ length: 100_000 }, (_, i) => `  o-${i}:\n    name: Outlet Number ${i}\n`).join('')),
  ];
  const article = tmp('registry-article.txt', ARTICLE);
  const r = cli(['analyze', ...registries.flatMap((f) => ['--registry', f]), article]);
  assert.equal(r.status, 0, r.stderr);
  for (const file of registries) assert.ok(r.stderr.includes(file), `${path.basename(file)} reported:\n${r.stderr.slice(0, 2_000)}`);
  assert.match(r.stderr, /alias/i);
  assert.match(r.stderr, /nested/);
  assert.match(r.stderr, /more than 20000 outlets/);
  const [analysis] = jsonLines(r.stdout);
  const keys = analysis.outletMentions.map((o) => o.outletKey);
  assert.ok(keys.includes('reuters') && keys.includes('associated-press'), keys.join(', '));
});

test('a binary or non-UTF-8 registry file: exit 2, the article still analysed with the built-in registry', () => {
  const article = tmp('registry-article-2.txt', ARTICLE);
  for (const [name, bytes] of BAD_INPUTS.slice(0, 3)) {
    const registry = tmp(`registry-${name}`, bytes);
    const r = cli(['analyze', '--registry', registry, article]);
    assert.equal(r.status, 2, `${name}: ${r.stderr}`);
    assert.ok(r.stderr.includes(registry));
    const [analysis] = jsonLines(r.stdout);
    assert.ok(analysis.outletMentions.some((o) => o.outletKey === 'reuters'), name);
  }
});
