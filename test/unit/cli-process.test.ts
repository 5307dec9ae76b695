// The built command line (dist/cli.js, from `node scripts/build.mjs`) run as a process: arguments, inputs that cannot
// be read, standard input, several files, registry files and large outputs. Checks the CLI's contract, not the
// engine's findings: the sample sentences are written for these tests.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseRegistry } from '../../src/core';

// out/test/unit/ -> project root
const ROOT = [path.resolve(__dirname, '..', '..', '..'), process.cwd()].find((dir) => existsSync(path.join(dir, 'dist', 'cli.js'))) ?? process.cwd();
const CLI = path.join(ROOT, 'dist', 'cli.js');
const SENTENCE = 'The harbour master said, "The tide waits for no one." Fishermen agreed, according to the Coast Gazette.\n';

let dir = '';
const tmp = (name: string, content: string | Uint8Array): string => {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
};

function cli(args: string[], options: { input?: string | Uint8Array; env?: Record<string, string | undefined> } = {}): SpawnSyncReturns<string> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  return spawnSync(process.execPath, [CLI, ...args], { input: options.input, encoding: 'utf8', env: env as NodeJS.ProcessEnv, maxBuffer: 1 << 28, timeout: 120_000 });
}

const jsonLines = (stdout: string): Array<Record<string, unknown>> =>
  stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

function assertAnalysis(value: Record<string, unknown>, length: number): void {
  assert.equal(value.length, length);
  for (const key of ['paragraphs', 'headings', 'quotes', 'sources', 'attributions', 'outletMentions', 'diagnostics']) {
    assert.ok(Array.isArray(value[key]), `${key} is an array`);
  }
}

before(() => {
  assert.ok(existsSync(CLI), `${CLI} is built (node scripts/build.mjs)`);
  dir = mkdtempSync(path.join(tmpdir(), 'source-annotator-cli-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('--help prints the usage on stdout and exits 0', () => {
  const r = cli(['--help']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^Usage: source-annotator analyze \[options\] FILE\.\.\./);
  assert.match(r.stdout, /--registry FILE/);
  assert.equal(r.stderr, '');
  assert.equal(cli(['help']).status, 0);
});

test('--version prints the package version', () => {
  const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const r = cli(['--version']);
  assert.equal(r.status, 0);
  assert.equal(r.stdout, `source-annotator ${version}\n`);
});

test('usage errors: the message and the usage on stderr, exit 2, nothing on stdout', () => {
  const file = tmp('usage.txt', SENTENCE);
  for (const args of [[], ['analyze'], ['analyse', file], ['analyze', '--bogus', file], ['analyze', '--format', 'xml', file]]) {
    const r = cli(args);
    assert.equal(r.status, 2, JSON.stringify(args));
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^source-annotator: .+\n\nUsage: /);
  }
  assert.match(cli(['analyze', '--bogus', file]).stderr, /unknown option --bogus/);
});

test('one file: exactly one JSON object (the Analysis), exit 0', () => {
  const file = tmp('one.txt', SENTENCE);
  const r = cli(['analyze', file]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  const lines = jsonLines(r.stdout);
  assert.equal(lines.length, 1);
  assertAnalysis(lines[0], SENTENCE.length);
  assert.equal('file' in lines[0], false);
  // the same with an explicit --format json, and with a Markdown file
  assert.deepEqual(JSON.parse(cli(['analyze', '--format', 'json', file]).stdout), lines[0]);
  const md = tmp('one.md', '# Harbour\n\n' + SENTENCE);
  assert.equal(cli(['analyze', md]).status, 0);
  assert.equal(cli(['analyze', '--markdown', file]).status, 0);
});

test('unreadable inputs: one line each on stderr, the other files still analysed, exit 2', () => {
  const good = tmp('good.txt', SENTENCE);
  const missing = path.join(dir, 'missing.txt');
  const binary = tmp('binary.txt', Uint8Array.from([0x48, 0x69, 0x00, 0x01, 0x02]));
  const latin1 = tmp('latin1.txt', Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x0a])); // "café" in Latin-1
  const folder = path.join(dir, 'folder');
  mkdirSync(folder, { recursive: true });
  const good2 = tmp('good2.txt', 'A second file.\n');
  const r = cli(['analyze', missing, good, binary, latin1, folder, good2]);
  assert.equal(r.status, 2);
  const errors = r.stderr.trimEnd().split('\n');
  assert.deepEqual(errors, [
    `source-annotator: ${missing}: no such file`,
    `source-annotator: ${binary}: binary file (contains NUL bytes), not text`,
    `source-annotator: ${latin1}: not valid UTF-8 text`,
    `source-annotator: ${folder}: is a directory, not a file`,
  ]);
  const lines = jsonLines(r.stdout);
  assert.deepEqual(lines.map((l) => l.file), [good, good2]);
  assertAnalysis(lines[0], SENTENCE.length);
  // a single unreadable file: nothing on stdout
  const alone = cli(['analyze', latin1]);
  assert.equal(alone.status, 2);
  assert.equal(alone.stdout, '');
  assert.equal(alone.stderr, `source-annotator: ${latin1}: not valid UTF-8 text\n`);
});

test('standard input "-", alone and among files (JSON Lines with "file")', () => {
  const alone = cli(['analyze', '-'], { input: SENTENCE });
  assert.equal(alone.status, 0, alone.stderr);
  assertAnalysis(JSON.parse(alone.stdout), SENTENCE.length);
  const file = tmp('with-stdin.txt', 'Another line.\n');
  const r = cli(['analyze', file, '-'], { input: SENTENCE });
  assert.equal(r.status, 0, r.stderr);
  const lines = jsonLines(r.stdout);
  assert.deepEqual(lines.map((l) => l.file), [file, '-']);
  assertAnalysis(lines[1], SENTENCE.length);
  const bad = cli(['analyze', '-'], { input: Uint8Array.from([0xc3, 0x28]) });
  assert.equal(bad.status, 2);
  assert.equal(bad.stderr, 'source-annotator: standard input: not valid UTF-8 text\n');
});

test('a UTF-8 BOM is dropped (offsets count from the text after it); CRLF is kept', () => {
  const text = 'She said "yes".\r\nHe said "no".\r\n';
  const file = tmp('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
  const r = cli(['analyze', file]);
  assert.equal(r.status, 0, r.stderr);
  assertAnalysis(JSON.parse(r.stdout), text.length);
  const t = cli(['analyze', '--format', 'text', file]);
  assert.ok(t.stdout.startsWith(text), 'the article is printed without the BOM, CRLF kept');
});

test('registry files: syntax errors as FILE:LINE:COL: message on stderr, the analysis still printed, exit 0', () => {
  const article = tmp('registry-article.txt', SENTENCE);
  const broken = 'outlets:\n  - key: coast-gazette\n    name: [Coast Gazette\n  aliases: {\n\t- : :\n';
  const registry = tmp('broken-registry.yaml', broken);
  // what the registry parser reports on this file is its business; the CLI must print each error in this form
  const expected = parseRegistry(broken, registry).errors.map((e) => `${e.source || registry}:${e.line}:${e.column}: ${e.message}`);
  const r = cli(['analyze', '--registry', registry, article]);
  assert.equal(r.status, 0, r.stderr);
  assertAnalysis(JSON.parse(r.stdout), SENTENCE.length);
  assert.deepEqual(r.stderr.split('\n').filter(Boolean), expected);
  for (const line of expected) assert.match(line, /^.+:\d+:\d+: .+$/);
  // a registry file that cannot be read is an error (exit 2), but the article is still analysed
  const missing = path.join(dir, 'no-registry.yaml');
  const m = cli(['analyze', '--registry', missing, '--registry', registry, article]);
  assert.equal(m.status, 2);
  assert.equal(m.stderr.split('\n')[0], `source-annotator: ${missing}: no such file`);
  assertAnalysis(JSON.parse(m.stdout), SENTENCE.length);
});

test('text format: no colour in a pipe or with NO_COLOR; --color forces it; --no-color wins over a terminal', () => {
  const file = tmp('text.txt', SENTENCE);
  const plain = cli(['analyze', '--format', 'text', file]);
  assert.equal(plain.status, 0, plain.stderr);
  assert.ok(plain.stdout.startsWith(SENTENCE));
  assert.match(plain.stdout, /\nSources \(\d+\)\n/);
  assert.ok(!plain.stdout.includes('\x1b['));
  const forced = cli(['analyze', '--format', 'text', '--color', file], { env: { NO_COLOR: '1' } });
  assert.ok(forced.stdout.includes('\x1b['));
  assert.ok(!cli(['analyze', '--format', 'text', '--no-color', file]).stdout.includes('\x1b['));
  // several files: a header per file
  const two = cli(['analyze', '--format', 'text', file, file]);
  assert.equal(two.stdout.match(/^==> .+ <==$/gm)?.length, 2);
});

test('markdown and csv formats', () => {
  const a = tmp('report-a.txt', SENTENCE);
  const b = tmp('report-b.txt', 'Nothing to report.\n');
  const md = cli(['analyze', '--format', 'markdown', a]);
  assert.equal(md.status, 0, md.stderr);
  assert.ok(md.stdout.startsWith(`# Sources: ${a}\n`));
  const csv = cli(['analyze', '--format', 'csv', a, b]);
  assert.equal(csv.status, 0, csv.stderr);
  // one header for all the files
  assert.ok(csv.stdout.startsWith('file,type,line,start,end,source_id,source,source_kind,descriptor,cue,cue_kind,cue_start,cue_end,quote_kind,content\r\n'));
  assert.equal(csv.stdout.match(/^file,type,/gm)?.length, 1);
  assert.ok(csv.stdout.endsWith('\r\n'));
});

test('a file of several MB: the whole output arrives', () => {
  const paragraph = 'The council voted on the budget. "It is a fair plan," the treasurer said, according to the minutes.\n\n';
  const big = paragraph.repeat(Math.ceil(3_000_000 / paragraph.length));
  const file = tmp('big.txt', big);
  const r = cli(['analyze', '--format', 'text', file]);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(r.stdout.startsWith(big), 'the whole article is printed');
  const j = cli(['analyze', file]);
  assert.equal(j.status, 0, j.stderr);
  assertAnalysis(JSON.parse(j.stdout), big.length);
});

test('a reader that goes away early (| head) is not an error', { skip: process.platform === 'win32' || spawnSync('bash', ['-c', 'true']).status !== 0 }, () => {
  const file = tmp('pipe.txt', 'Short words here.\n'.repeat(200_000));
  const script = `set -o pipefail; "${process.execPath}" "${CLI}" analyze --format text "${file}" | head -c 100 >/dev/null`;
  const r = spawnSync('bash', ['-c', script], { encoding: 'utf8', timeout: 120_000 });
  assert.equal(r.status, 0);
  assert.equal(r.stderr, '');
});
