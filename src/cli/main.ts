// source-annotator: the command line. Parses the arguments, builds the outlet registry, reads and analyses each
// input and prints it in the chosen format. See USAGE in ./args for the options and exit codes:
//   0  every input was analysed (syntax errors in a --registry file are reported on stderr but do not fail the run:
//      the valid outlets of the file are still used, and the article's analysis is sound)
//   1  the analysis of an input failed, or the registry parser threw (an internal error; SOURCE_ANNOTATOR_DEBUG=1
//      prints its stack)
//   2  usage error, or an input or registry file could not be read (missing, a directory, binary, not UTF-8);
//      the other inputs are still analysed and printed
// Output: one process.stdout.write per document; the process is never exited by force, only process.exitCode is
// set, so that large outputs drain to a pipe before Node exits.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze, OutletRegistry, parseRegistry, type Analysis, type DocumentFormat } from '../core';
import { parseArgs, useColor, USAGE, type CliOptions } from './args';
import { readInput } from './read-input';
import { formatJson } from './format-json';
import { formatText } from './format-text';
import { formatMarkdown } from './format-markdown';
import { csvHeader, formatCsvRows } from './format-csv';

const PROGRAM = 'source-annotator';

function version(): string {
  try {
    // dist/cli.js -> ../package.json (also when installed as a package's bin)
    const pkg = JSON.parse(readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as { name?: string; version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** An error in one line; the stack too when SOURCE_ANNOTATOR_DEBUG is set. */
const describe = (error: unknown): string =>
  error instanceof Error ? (process.env.SOURCE_ANNOTATOR_DEBUG && error.stack ? error.stack : error.message) : String(error);

const warn = (message: string): void => {
  process.stderr.write(message + '\n');
};

let stdoutClosed = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // the reader went away (`source-annotator ... | head`): stop writing, quietly
  if (error.code === 'EPIPE') stdoutClosed = true;
  else throw error;
});

/** Writes one document; waits for the pipe to drain before the next one so that memory stays bounded. */
function write(chunk: string): Promise<void> {
  if (stdoutClosed || !chunk) return Promise.resolve();
  if (process.stdout.write(chunk)) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      process.stdout.off('drain', done);
      process.stdout.off('error', done);
      process.stdout.off('close', done);
      resolve();
    };
    process.stdout.on('drain', done);
    process.stdout.on('error', done);
    process.stdout.on('close', done);
  });
}

/** The built-in registry extended with each --registry file; returns the exit code the registry files call for. */
async function buildRegistry(files: readonly string[]): Promise<{ registry?: OutletRegistry; code: number }> {
  if (!files.length) return { code: 0 };
  let registry = OutletRegistry.builtIn();
  let code = 0;
  for (const file of files) {
    const input = await readInput(file);
    if (!input.ok) {
      warn(`${PROGRAM}: ${file}: ${input.error}`);
      code = 2;
      continue;
    }
    try {
      const { outlets, errors } = parseRegistry(input.text, file);
      for (const e of errors) warn(`${e.source || file}:${e.line}:${e.column}: ${e.message}`);
      registry = registry.extend(outlets);
    } catch (error) {
      warn(`${PROGRAM}: ${file}: cannot read the registry: ${describe(error)}`);
      code = Math.max(code, 1);
    }
  }
  return { registry, code };
}

const isMarkdownFile = (file: string): boolean => /\.(md|markdown)$/i.test(file);

async function analyzeFiles(options: CliOptions): Promise<number> {
  const { registry, code: registryCode } = await buildRegistry(options.registries);
  let code = registryCode;
  const several = options.files.length > 1;
  const color = useColor(options.color, process.env, Boolean(process.stdout.isTTY));
  let printed = 0;
  for (const file of options.files) {
    if (stdoutClosed) break;
    const name = file === '-' ? 'standard input' : file;
    const input = await readInput(file);
    if (!input.ok) {
      warn(`${PROGRAM}: ${name}: ${input.error}`);
      code = Math.max(code, 2);
      continue;
    }
    const format: DocumentFormat = options.markdown || isMarkdownFile(file) ? 'markdown' : 'plain';
    let analysis: Analysis;
    try {
      analysis = analyze(input.text, registry ? { registry, format } : { format });
    } catch (error) {
      warn(`${PROGRAM}: ${name}: analysis failed: ${describe(error)}`);
      code = Math.max(code, 1);
      continue;
    }
    const separator = printed > 0 ? '\n' : '';
    let out: string;
    switch (options.format) {
      case 'json':
        out = formatJson(analysis, several ? file : undefined);
        break;
      case 'text':
        out = separator + formatText(input.text, analysis, { color, title: several ? name : undefined });
        break;
      case 'markdown':
        out = separator + formatMarkdown(input.text, analysis, { title: name });
        break;
      case 'csv':
        out = (printed === 0 ? csvHeader() : '') + formatCsvRows(input.text, analysis, file);
        break;
    }
    printed++;
    await write(out);
  }
  // a CSV with no analysable input is still a table, with its header
  if (options.format === 'csv' && printed === 0) await write(csvHeader());
  return code;
}

async function main(argv: string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`${PROGRAM}: ${parsed.error}\n\n${USAGE}`);
    return 2;
  }
  const { options } = parsed;
  if (options.command === 'help') {
    await write(USAGE);
    return 0;
  }
  if (options.command === 'version') {
    await write(`${PROGRAM} ${version()}\n`);
    return 0;
  }
  return analyzeFiles(options);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    warn(`${PROGRAM}: ${describe(error)}`);
    process.exitCode = 1;
  },
);
