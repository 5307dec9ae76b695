// Evaluation of the built command line (dist/cli.js) with the shared scorer, ../shared/eval/score.mjs:
//   1. the worked example, ../shared/gold/kharkiv-counteroffensive.gold.json (single article)
//   2. the PolNeAR development split, ../shared/eval/polnear-dev.json (attribution corpus), overall
//   3. PolNeAR per publisher: a table of documents, cue F1, source F1 and quote attribution accuracy
//
//   node scripts/eval.mjs [--verbose] [--holdout PUBLISHER] [--jobs N]      (npm run eval builds first)
//
//   --verbose            passed to score.mjs for the example and the overall PolNeAR run (lists the misses)
//   --holdout PUBLISHER  also score all publishers but PUBLISHER, and PUBLISHER alone (for rules tuned on the rest)
//   --jobs N             scorer runs at once for the per-publisher figures (default: the number of CPUs, at most 8)
//
// score.mjs scores a whole gold file, so each subset of PolNeAR is written as a gold file of its own (the same JSON
// with `docs` filtered) in a temporary directory under os.tmpdir(), which is deleted at the end. The publisher of a
// document is its `publisher` field, or else the prefix of its id before the first "_" ("nyt_2016-09-08_..." -> nyt).
// The PolNeAR texts are the publishers' copyright: they are never written inside the project.
// ../shared is found beside the project; SOURCE_ANNOTATOR_SHARED may point elsewhere.
// Exit code: 0, or 1 when a scorer run failed, or 2 on a usage error or missing material.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = path.resolve(process.env.SOURCE_ANNOTATOR_SHARED || path.join(ROOT, '..', 'shared'));
const SCORER = path.join(SHARED, 'eval', 'score.mjs');
const EXAMPLE_GOLD = path.join(SHARED, 'gold', 'kharkiv-counteroffensive.gold.json');
const POLNEAR = path.join(SHARED, 'eval', 'polnear-dev.json');
const CLI = 'node dist/cli.js'; // run from ROOT; score.mjs splits the command at spaces

const USAGE = 'usage: node scripts/eval.mjs [--verbose] [--holdout PUBLISHER] [--jobs N]';

function fail(message, code = 2) {
  console.error(`eval: ${message}`);
  process.exit(code);
}

// ---- arguments
let verbose = false;
let holdout;
let jobs = Math.min(8, os.availableParallelism?.() ?? os.cpus().length);
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const arg = argv[i];
  const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
  const value = () => inline ?? argv[++i] ?? fail(`${name} needs a value\n${USAGE}`);
  if (name === '--verbose') verbose = true;
  else if (name === '--holdout') holdout = value();
  else if (name === '--jobs') {
    jobs = Number(value());
    if (!Number.isInteger(jobs) || jobs < 1) fail(`--jobs needs a whole number of 1 or more\n${USAGE}`);
  } else if (name === '--help' || name === '-h') {
    console.log(USAGE);
    process.exit(0);
  } else fail(`unknown argument ${arg}\n${USAGE}`);
}

// ---- material
if (!existsSync(SHARED)) {
  fail(`the shared evaluation material is missing: no directory ${SHARED} (it lives beside the project as ../shared; set SOURCE_ANNOTATOR_SHARED to use another place)`);
}
for (const file of [SCORER, EXAMPLE_GOLD, POLNEAR]) if (!existsSync(file)) fail(`missing ${file} (is ${SHARED} complete?)`);
if (!existsSync(path.join(ROOT, 'dist', 'cli.js'))) fail('dist/cli.js is not built: run `npm run eval` (or `npm run build` first)');

/** The publisher of a PolNeAR document. */
const publisherOf = (doc) => (typeof doc.publisher === 'string' && doc.publisher ? doc.publisher : String(doc.id).split('_')[0] || 'unknown');

let polnear;
try {
  polnear = JSON.parse(readFileSync(POLNEAR, 'utf8'));
} catch (error) {
  fail(`cannot read ${POLNEAR}: ${error.message}`);
}
if (!Array.isArray(polnear?.docs)) fail(`${POLNEAR} has no "docs" list`);
const publishers = [...new Set(polnear.docs.map(publisherOf))].sort();
if (holdout !== undefined && !publishers.includes(holdout)) fail(`unknown publisher "${holdout}"; the publishers are ${publishers.join(', ')}`);

// ---- temporary gold files (deleted on exit, also on Ctrl-C)
const tmp = mkdtempSync(path.join(os.tmpdir(), 'source-annotator-eval-'));
const cleanup = () => rmSync(tmp, { recursive: true, force: true });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    cleanup();
    process.exit(130);
  });
}

function subsetGold(name, docs) {
  const file = path.join(tmp, `polnear-${name.replace(/[^\w.-]/g, '_')}.json`);
  writeFileSync(file, JSON.stringify({ ...polnear, docs }));
  return file;
}

/** Runs score.mjs on a gold file; `live` also echoes its output as it comes. Resolves to { code, stdout, stderr }. */
function score(gold, { live = false, withVerbose = false } = {}) {
  return new Promise((resolve) => {
    const args = [SCORER, '--cli', CLI, gold, ...(withVerbose ? ['--verbose'] : [])];
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s) => {
      stdout += s;
      if (live) process.stdout.write(s);
    });
    child.stderr.setEncoding('utf8').on('data', (s) => {
      stderr += s;
      if (live) process.stderr.write(s);
    });
    child.on('error', (error) => resolve({ code: 1, stdout, stderr: stderr + error.message }));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/** The figures of a corpus run of score.mjs, from its printed lines. */
function figures(run) {
  const num = (re) => run.stdout.match(re);
  const docs = num(/^documents (\d+), gold attributions (\d+), predicted (\d+)/m);
  const summary = num(/cueF1=([\d.]+) sourceF1=([\d.]+) quoteAttr=([\d.]+)/);
  const quotes = num(/quote attribution accuracy [\d.]+ \((\d+)\/(\d+)\)/);
  if (run.code !== 0 || !docs || !summary) return undefined;
  return {
    docs: Number(docs[1]),
    gold: Number(docs[2]),
    predicted: Number(docs[3]),
    cueF1: summary[1],
    sourceF1: summary[2],
    quoteAttr: summary[3],
    quotes: quotes ? `${quotes[1]}/${quotes[2]}` : '',
  };
}

/** Runs tasks (functions returning promises) with at most `limit` at once, results in order. */
async function pool(tasks, limit) {
  const results = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

function table(rows) {
  const head = ['publisher', 'docs', 'gold attr', 'predicted', 'cue F1', 'source F1', 'quote attribution'];
  const body = rows.map(([name, f]) =>
    f ? [name, f.docs, f.gold, f.predicted, f.cueF1, f.sourceF1, `${f.quoteAttr} (${f.quotes})`].map(String) : [name, 'failed', '', '', '', '', ''],
  );
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

let failed = false;
const report = (title, run) => {
  if (run.code !== 0) {
    failed = true;
    console.error(`eval: ${title}: the scorer failed (exit ${run.code})${run.stderr ? `\n${run.stderr.trimEnd()}` : ''}`);
  }
};

try {
  console.log(`== Worked example: ${path.relative(ROOT, EXAMPLE_GOLD)}`);
  report('worked example', await score(EXAMPLE_GOLD, { live: true, withVerbose: verbose }));

  console.log(`\n== PolNeAR dev: ${path.relative(ROOT, POLNEAR)}`);
  const all = await score(POLNEAR, { live: true, withVerbose: verbose });
  report('PolNeAR', all);

  const subsets = publishers.map((p) => [p, polnear.docs.filter((d) => publisherOf(d) === p)]);
  if (holdout !== undefined) {
    subsets.push([`all but ${holdout}`, polnear.docs.filter((d) => publisherOf(d) !== holdout)]);
  }
  console.log(`\n== PolNeAR per publisher (${publishers.length} publishers, ${jobs} at once)`);
  const runs = await pool(
    subsets.map(([name, docs]) => () => score(subsetGold(name, docs))),
    jobs,
  );
  runs.forEach((run, i) => report(subsets[i][0], run));
  const rows = subsets.slice(0, publishers.length).map(([name], i) => [name, figures(runs[i])]);
  rows.push(['all', figures(all)]);
  console.log(table(rows));

  if (holdout !== undefined) {
    const without = runs[publishers.length];
    const alone = runs[publishers.indexOf(holdout)];
    console.log(`\n== Holdout ${holdout}: all other publishers, and ${holdout} alone`);
    console.log(table([[`all but ${holdout}`, figures(without)], [`${holdout} only`, figures(alone)]]));
  }
} finally {
  cleanup();
}
process.exitCode = failed ? 1 : 0;
