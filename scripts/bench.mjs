// npm run bench: the analysis engine in process against compromise (nlp(text).quotations(), .people(),
// .organizations()) on the same inputs, with the targets of issue 6 printed next to the figures. See docs/benchmark.md.
//
//   node scripts/bench.mjs            engine on every input; compromise on all but the 10 MB document
//   node scripts/bench.mjs --full     compromise on the 10 MB document too (over a minute, gigabytes)
//   node scripts/bench.mjs --quick    fewer repetitions (a rough look, not the figures to quote)
//
// The PolNeAR texts are read at run time from ../shared/eval/polnear-dev.json and never copied into the project.
// Memory is measured in a child process per input (peak RSS is a process-wide high-water mark), with --expose-gc.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SCRIPT = fileURLToPath(import.meta.url);
const ROOT = path.resolve(path.dirname(SCRIPT), '..');
const BUNDLE = path.join(ROOT, 'out', 'bench', 'core.cjs');
const POLNEAR = path.resolve(ROOT, '..', 'shared', 'eval', 'polnear-dev.json');
const EXAMPLE = path.join(ROOT, 'test', 'fixtures', 'kharkiv-counteroffensive.txt');
const MB = 1_000_000;

const args = process.argv.slice(2);
const full = args.includes('--full');
const quick = args.includes('--quick');
const child = args.indexOf('--child');

// garbage collection on demand: re-spawn with --expose-gc when it is missing
if (typeof globalThis.gc !== 'function') {
  const r = spawnSync(process.execPath, ['--expose-gc', SCRIPT, ...args], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
/** Heap in use after full collections, with pauses between them so that V8's concurrent sweeping has finished
 * (heapUsed read right after one gc() can still count garbage, and the figures jumped tenfold from run to run). */
async function settledHeap() {
  for (let i = 0; i < 3; i++) {
    globalThis.gc();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  globalThis.gc();
  return process.memoryUsage().heapUsed;
}

const TARGETS = {
  mbPerSecond: 10,
  timesCompromise: 30,
  oneMbMs: 100,
  editMs: 5,
  retainedRatio: 5,
};

// ---------------------------------------------------------------------------------------------------------------
// inputs

const utf8 = (text) => Buffer.byteLength(text, 'utf8');

function loadInputs() {
  const example = readFileSync(EXAMPLE, 'utf8');
  if (!existsSync(POLNEAR)) throw new Error(`${POLNEAR} is missing: the bench reads the PolNeAR dev articles from ../shared at run time`);
  const articles = JSON.parse(readFileSync(POLNEAR, 'utf8')).docs.map((d) => d.text);
  const polnear = articles.join('\n\n');
  return { example, articles, polnear };
}

/** The article with " (n)" after the last character of each line: a copy whose paragraphs differ from the original's. */
const marked = (article, n) => article.replace(/(\S)([ \t]*)(?=\r?\n|$)/g, `$1 (${n})$2`);

/**
 * Whole articles, cycled, joined by blank lines, until the text has at least `bytes` UTF-8 bytes. The engine
 * analyses a paragraph met twice in one text only once, so by default every copy after the first has its lines
 * marked with the copy's number: no paragraph repeats, and the time is that of that much distinct text.
 * `verbatim` repeats the articles as they are.
 */
function repeated(articles, bytes, verbatim = false) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const copy = Math.floor(i / articles.length);
    const article = verbatim || copy === 0 ? articles[i % articles.length] : marked(articles[i % articles.length], copy);
    parts.push(article);
    size += utf8(article) + 2;
  }
  return { text: parts.join('\n\n'), articles: parts.length };
}

/** The first `bytes` of the articles, cut at a paragraph break: for the scaling rows, where whole articles are too coarse. */
function prefix(articles, bytes) {
  const { text } = repeated(articles, bytes + 10_000);
  let cut = text.lastIndexOf('\n\n', bytes);
  if (cut <= 0) cut = bytes;
  return text.slice(0, cut);
}

/** The inputs of the main table; `make` builds the text on demand (a child process builds only its own). */
function inputSet(loaded) {
  return [
    { name: 'worked example', make: () => ({ text: loaded.example, articles: 1 }) },
    { name: 'PolNeAR dev', make: () => ({ text: loaded.polnear, articles: loaded.articles.length }) },
    { name: '1 MB', make: () => repeated(loaded.articles, MB) },
    { name: '10 MB', make: () => repeated(loaded.articles, 10 * MB), compromiseOnlyFull: true },
    { name: '1 MB verbatim', make: () => repeated(loaded.articles, MB, true), engineOnly: true },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// engine and compromise

async function buildEngine() {
  await esbuild.build({
    stdin: {
      contents: "export * from './src/core/index.ts'; export { Analyzer } from './src/core/analyze.ts';",
      resolveDir: ROOT,
      sourcefile: 'bench-entry.ts',
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'es2022',
    loader: { '.yaml': 'text' },
    outfile: BUNDLE,
    logLevel: 'warning',
  });
}

async function loadEngine() {
  const mod = await import(pathToFileURL(BUNDLE).href);
  return mod.default && mod.default.analyze ? mod.default : mod;
}

async function loadCompromise() {
  const mod = await import('compromise');
  const nlp = mod.default ?? mod;
  return (text) => {
    const doc = nlp(text);
    return {
      quotations: doc.quotations().out('array'),
      people: doc.people().out('array'),
      organizations: doc.organizations().out('array'),
    };
  };
}

// ---------------------------------------------------------------------------------------------------------------
// timing

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function time(fn) {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Median of `runs` timed calls after `warmup` untimed ones; runs shrink with size so the bench stays a few minutes. */
function measure(fn, { minRuns = 3, budgetMs = quick ? 300 : 2_000, warmup = 1, warmupMs = quick ? 200 : 1_000 } = {}) {
  // warm up until the JIT has settled: at least `warmup` runs, and more while they fit in `warmupMs`
  const warmStart = performance.now();
  for (let i = 0; i < warmup || (i < 50 && performance.now() - warmStart < warmupMs); i++) fn();
  const first = time(fn);
  const runs = Math.max(minRuns, Math.min(quick ? 5 : 25, Math.floor(budgetMs / Math.max(first, 0.01))));
  const times = [first];
  for (let i = 1; i < runs; i++) times.push(time(fn));
  return median(times);
}

const mbPerSecond = (bytes, ms) => bytes / MB / (ms / 1000);

// ---------------------------------------------------------------------------------------------------------------
// memory, in a child process per input

function childMemory(which, inputName) {
  const r = spawnSync(process.execPath, ['--expose-gc', SCRIPT, '--child', which, inputName], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) return { error: (r.stderr || r.stdout || `exit ${r.status}`).trim().split('\n').slice(-1)[0] };
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

async function runChild(which, inputName) {
  const loaded = loadInputs();
  const input = [...inputSet(loaded), ...scalingSet(loaded)].find((i) => i.name === inputName);
  if (!input) throw new Error(`no input ${inputName}`);
  const { text } = input.make();
  const run = which === 'engine' ? (await loadEngine()).analyze : await loadCompromise();
  // warm up on the worked example, so indexes built on first use are not counted as the input's
  run(loaded.example);
  const before = await settledHeap();
  const result = run(text);
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const heapAfterGc = await settledHeap();
  const retained = heapAfterGc - before;
  if (!result) throw new Error('no result');
  let analyzerRetained = null;
  if (which === 'engine') {
    // what an editor holds: one Analyzer per document, with its paragraph cache, and the latest analysis (measured
    // on top of the plain analysis above, which stays referenced: the difference is the Analyzer's own)
    const base = await settledHeap();
    const { Analyzer } = await loadEngine();
    const analyzer = new Analyzer();
    const latest = analyzer.analyze(text);
    analyzerRetained = (await settledHeap()) - base;
    if (latest.length !== text.length) throw new Error('analysis of the wrong text');
  }
  process.stdout.write(JSON.stringify({ peakRss, heapAfterGc, retained, analyzerRetained, bytes: utf8(text), quotes: result.quotes?.length ?? result.quotations?.length }) + '\n');
}

function scalingSet(loaded) {
  return [
    { name: '10 kB', bytes: 10_000 },
    { name: '100 kB', bytes: 100_000 },
    { name: '1 MB (scaling)', bytes: MB },
    { name: '10 MB (scaling)', bytes: 10 * MB },
  ].map((s) => ({ ...s, make: () => ({ text: prefix(loaded.articles, s.bytes), articles: 0 }) }));
}

// ---------------------------------------------------------------------------------------------------------------
// report

const fmt = (x, digits = 1) => (x === null || x === undefined || Number.isNaN(x) ? '—' : x.toFixed(digits));
const size = (bytes) => (bytes >= MB ? `${fmt(bytes / MB, 2)} MB` : `${fmt(bytes / 1000, 1)} kB`);
const mib = (bytes) => `${fmt(bytes / (1024 * 1024), 0)} MiB`;
const verdict = (ok) => (ok ? 'PASS' : 'MISS');

function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  const line = (r) => r.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join('  ');
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

async function main() {
  if (child >= 0) return runChild(args[child + 1], args[child + 2]);

  await buildEngine();
  const engine = await loadEngine();
  const compromise = await loadCompromise();
  const loaded = loadInputs();
  const inputs = inputSet(loaded);
  const log = (s) => process.stderr.write(s + '\n');
  log(`node ${process.version}, ${process.platform} ${process.arch}; engine bundle ${path.relative(ROOT, BUNDLE)}, compromise ${compromiseVersion()}`);

  // warm-up: the first analysis also reads the built-in registry and compiles the hot paths
  engine.analyze(loaded.example);
  compromise(loaded.example);

  const rows = [['input', 'size', 'articles', 'engine MB/s', 'ms', 'ms/article', 'peak RSS', 'heap after gc', 'retained ×', 'compromise MB/s', 'compromise ms', 'peak RSS', '×']];
  const results = new Map();
  for (const spec of inputs) {
    const input = { ...spec, ...spec.make() };
    const bytes = utf8(input.text);
    log(`engine: ${input.name} (${size(bytes)})...`);
    const engineMs = measure(() => engine.analyze(input.text), bytes > 5 * MB ? { minRuns: 3, warmup: 1, warmupMs: 0 } : {});
    const engineMemory = childMemory('engine', input.name);
    let compromiseMs = null;
    let compromiseMemory = {};
    if (!input.engineOnly && (!input.compromiseOnlyFull || full)) {
      log(`compromise: ${input.name}...`);
      compromiseMs = measure(() => compromise(input.text), bytes >= MB ? { minRuns: 1, warmup: 0, warmupMs: 0, budgetMs: 0 } : { minRuns: 3, budgetMs: quick ? 300 : 3_000, warmupMs: quick ? 300 : 2_000 });
      compromiseMemory = childMemory('compromise', input.name);
    }
    const r = { bytes, engineMs, compromiseMs, engineMemory, compromiseMemory };
    results.set(input.name, r);
    rows.push([
      input.name === 'PolNeAR dev' ? `PolNeAR dev (${input.articles})` : input.name,
      size(bytes),
      input.articles,
      fmt(mbPerSecond(bytes, engineMs)),
      fmt(engineMs, 1),
      fmt(engineMs / input.articles, 2),
      engineMemory.error ? 'error' : mib(engineMemory.peakRss),
      engineMemory.error ? 'error' : mib(engineMemory.heapAfterGc),
      engineMemory.error ? '—' : fmt(engineMemory.retained / bytes, 2),
      compromiseMs === null ? (input.engineOnly ? '—' : '(--full)') : fmt(mbPerSecond(bytes, compromiseMs), 3),
      compromiseMs === null ? '—' : fmt(compromiseMs, 0),
      compromiseMemory.peakRss ? mib(compromiseMemory.peakRss) : '—',
      compromiseMs === null ? '—' : `${fmt(compromiseMs / engineMs, 0)}×`,
    ]);
  }

  // scaling: time per MB from 10 kB to 10 MB
  const scaling = [['size', 'bytes', 'ms', 'ms per MB']];
  const perMb = [];
  for (const spec of scalingSet(loaded)) {
    const s = { ...spec, ...spec.make() };
    const bytes = utf8(s.text);
    log(`scaling: ${s.name}...`);
    const ms = measure(() => engine.analyze(s.text), bytes > 5 * MB ? { minRuns: 3, warmupMs: 0 } : { minRuns: 5 });
    perMb.push(ms / (bytes / MB));
    scaling.push([s.name.replace(' (scaling)', ''), bytes, fmt(ms, 2), fmt(ms / (bytes / MB), 1)]);
  }
  // flat: from 100 kB to 10 MB the dearest time per MB is at most twice the cheapest (10 kB is too short to time well)
  const flatRatio = Math.max(...perMb.slice(1)) / Math.min(...perMb.slice(1));

  // incremental: one Analyzer, the 1 MB text, then one-letter edits and inserted quotation marks at several places
  log('incremental: 1 MB...');
  const base = inputSet(loaded)[2].make().text;
  const analyzer = new engine.Analyzer();
  analyzer.analyze(base);
  analyzer.analyze(base);
  const places = quick ? [0.25, 0.5, 0.75] : [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
  const letterAt = (fraction) => {
    let at = Math.floor(base.length * fraction);
    while (at < base.length && !/[a-z]/.test(base[at])) at++;
    return at;
  };
  // The editor hands the engine a flat string (VS Code's document.getText() builds a new one per version); a text
  // made here by concatenation is a rope that V8 copies on its first read (about 9 ms for 1 MB of UTF-16), which is
  // the bench's cost, not the editor's. Edits are timed on flat copies; the rope is timed too, and printed.
  const flat = (s) => Buffer.from(s, 'utf16le').toString('utf16le');
  const editTimes = [];
  const ropeTimes = [];
  const quoteTimes = [];
  const fullTimes = [];
  for (const fraction of places) {
    const at = letterAt(fraction);
    const letter = flat(base.slice(0, at) + 'x' + base.slice(at));
    const quote = flat(base.slice(0, at) + '"' + base.slice(at));
    analyzer.analyze(base);
    ropeTimes.push(time(() => analyzer.analyze(base.slice(0, at) + 'x' + base.slice(at))));
    analyzer.analyze(base);
    editTimes.push(time(() => analyzer.analyze(letter)));
    analyzer.analyze(base);
    quoteTimes.push(time(() => analyzer.analyze(quote)));
    analyzer.analyze(base);
    fullTimes.push(time(() => analyzer.analyze(base)));
  }
  const editMs = median(editTimes);
  const quoteMs = median(quoteTimes);
  const unchangedMs = median(fullTimes);

  const one = results.get('1 MB');
  const example = results.get('worked example');
  const engineMbs = mbPerSecond(one.bytes, one.engineMs);
  const compromiseMbs = one.compromiseMs === null ? NaN : mbPerSecond(one.bytes, one.compromiseMs);
  const times = one.compromiseMs === null ? NaN : one.compromiseMs / one.engineMs;
  const retainedRatio = one.engineMemory.error ? NaN : one.engineMemory.retained / one.bytes;
  const analyzerRatio = one.engineMemory.analyzerRetained === null || one.engineMemory.analyzerRetained === undefined ? NaN : one.engineMemory.analyzerRetained / one.bytes;

  const out = [];
  out.push('');
  out.push('Engine and compromise, same inputs (median of timed runs after warm-up; memory from a fresh process per input)');
  out.push(table(rows));
  out.push('');
  out.push('Time per MB (engine; the PolNeAR articles cut at a paragraph break)');
  out.push(table(scaling));
  out.push(`  from 100 kB to 10 MB the dearest time per MB is ${fmt(flatRatio, 2)}× the cheapest: ${flatRatio <= 2 ? 'flat' : 'NOT flat'}`);
  out.push('');
  out.push(`Incremental (one Analyzer on the 1 MB document, median of ${places.length} places)`);
  out.push(`  one-letter edit:            ${fmt(editMs, 2)} ms  (min ${fmt(Math.min(...editTimes), 2)}, max ${fmt(Math.max(...editTimes), 2)})`);
  out.push(`  the same, text as a rope:   ${fmt(median(ropeTimes), 2)} ms  (the edited text built by concatenation, read the first time)`);
  out.push(`  inserted quotation mark:    ${fmt(quoteMs, 2)} ms  (min ${fmt(Math.min(...quoteTimes), 2)}, max ${fmt(Math.max(...quoteTimes), 2)})`);
  out.push(`  same text again (no edit):  ${fmt(unchangedMs, 2)} ms`);
  out.push('');
  out.push('Memory (1 MB document, after gc)');
  out.push(`  the Analysis retains ${mib(one.engineMemory.retained ?? NaN)} = ${fmt(retainedRatio, 2)}× the text's UTF-8 size; an Analyzer with its paragraph cache and latest analysis ${fmt(analyzerRatio, 2)}×; peak RSS ${one.engineMemory.peakRss ? mib(one.engineMemory.peakRss) : '—'}`);
  out.push('');
  out.push('Targets');
  out.push(`  ${verdict(engineMbs >= TARGETS.mbPerSecond)}  engine ≥ ${TARGETS.mbPerSecond} MB/s                 ${fmt(engineMbs)} MB/s (1 MB document)`);
  out.push(`  ${verdict(times >= TARGETS.timesCompromise)}  ≥ ${TARGETS.timesCompromise}× compromise                 ${fmt(times, 0)}×`);
  out.push(`  ${verdict(one.engineMs < TARGETS.oneMbMs)}  1 MB in < ${TARGETS.oneMbMs} ms                ${fmt(one.engineMs, 1)} ms`);
  out.push(`  ${verdict(editMs < TARGETS.editMs)}  edit in 1 MB in < ${TARGETS.editMs} ms          ${fmt(editMs, 2)} ms`);
  out.push(`  ${verdict(retainedRatio < TARGETS.retainedRatio)}  retained < ${TARGETS.retainedRatio}× text size          ${fmt(retainedRatio, 2)}×`);
  out.push(`  ${verdict(flatRatio <= 2)}  time per MB flat 10 kB–10 MB      ${fmt(flatRatio, 2)}× (dearest vs cheapest ms/MB, 100 kB–10 MB)`);
  out.push(`  (worked example: ${fmt(example.engineMs, 2)} ms)`);
  out.push('');
  out.push(`engine ${fmt(engineMbs)} MB/s · compromise ${fmt(compromiseMbs, 2)} MB/s · ${fmt(times, 0)}× · 1 MB in ${fmt(one.engineMs, 0)} ms · edit in 1 MB in ${fmt(editMs, 1)} ms`);
  process.stdout.write(out.join('\n') + '\n');
}

function compromiseVersion() {
  try {
    return JSON.parse(readFileSync(path.join(ROOT, 'node_modules', 'compromise', 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
}

await main();
