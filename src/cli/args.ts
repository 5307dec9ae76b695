// Command-line arguments: a pure parser (argv in, options or a usage error out) and the usage text.

export type OutputFormat = 'json' | 'text' | 'markdown' | 'csv';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'text', 'markdown', 'csv'];

export interface CliOptions {
  command: 'analyze' | 'help' | 'version';
  /** Paths as given; "-" is standard input. */
  files: string[];
  format: OutputFormat;
  /** User outlet registry files (YAML), in order; each extends the built-in registry. */
  registries: string[];
  /** Analyse every input as Markdown (otherwise only .md / .markdown files are). */
  markdown: boolean;
  /** true: --color, false: --no-color, undefined: decide from the terminal and NO_COLOR. */
  color?: boolean;
}

export type ParseResult = { ok: true; options: CliOptions } | { ok: false; error: string };

export const USAGE = `Usage: source-annotator analyze [options] FILE...
       source-annotator --help | --version

Finds the quotes, attributions (the cue, such as "said" or "according to", and the
source it names), sources and news outlets in news articles. FILE "-" reads standard
input. Files ending in .md or .markdown are read as Markdown.

Options:
  -f, --format FORMAT   json (default), text, markdown or csv
                          json      the analysis as one JSON object; with several files,
                                    one object per line (JSON Lines), each with a "file" field
                          text      the article with colours, then the list of sources
                          markdown  a report of the sources, their cues and quotes
                          csv       one row per attribution or unattributed quote
      --registry FILE   add the outlets of a YAML registry file to the built-in ones
                        (repeatable); its errors are reported as FILE:LINE:COL: message
      --markdown        read every input as Markdown
      --color           colour the text format even when not writing to a terminal
      --no-color        never colour (also when the NO_COLOR variable is set)
  -h, --help            show this help
  -V, --version         show the version

Exit status: 0 when every file was analysed (registry syntax errors are only
reported and the valid outlets are used); 1 on an internal error (the analysis of
a file failed); 2 on a usage error or when a file or registry file could not be
read (missing, a directory, binary, not UTF-8). Other files are still analysed.
`;

/** Parses the arguments after the program name (process.argv.slice(2)). */
export function parseArgs(argv: readonly string[]): ParseResult {
  const options: CliOptions = { command: 'analyze', files: [], format: 'json', registries: [], markdown: false };
  let command: string | undefined;
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) {
      if (command === undefined) command = arg;
      else options.files.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    const inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string | undefined => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined) return undefined;
      i++;
      return next;
    };
    const flag = (): boolean => inline === undefined;
    switch (name) {
      case '-h':
      case '--help':
        return { ok: true, options: { ...options, command: 'help' } };
      case '-V':
      case '--version':
        return { ok: true, options: { ...options, command: 'version' } };
      case '-f':
      case '--format': {
        const format = value();
        if (format === undefined) return { ok: false, error: `${name} needs a value: ${OUTPUT_FORMATS.join(', ')}` };
        if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) {
          return { ok: false, error: `unknown format "${format}" (use ${OUTPUT_FORMATS.join(', ')})` };
        }
        options.format = format as OutputFormat;
        break;
      }
      case '--registry': {
        const file = value();
        if (!file) return { ok: false, error: '--registry needs a file' };
        options.registries.push(file);
        break;
      }
      case '--markdown':
        if (!flag()) return { ok: false, error: '--markdown takes no value' };
        options.markdown = true;
        break;
      case '--color':
      case '--colour':
        if (!flag()) return { ok: false, error: `${name} takes no value` };
        options.color = true;
        break;
      case '--no-color':
      case '--no-colour':
        if (!flag()) return { ok: false, error: `${name} takes no value` };
        options.color = false;
        break;
      default:
        return { ok: false, error: `unknown option ${name}` };
    }
  }
  if (command === undefined) return { ok: false, error: 'missing command (analyze)' };
  if (command === 'help') return { ok: true, options: { ...options, command: 'help' } };
  if (command !== 'analyze') return { ok: false, error: `unknown command "${command}"` };
  if (options.files.length === 0) return { ok: false, error: 'no input files (use "-" for standard input)' };
  return { ok: true, options };
}

/** Colour for the text format: the flags win, then NO_COLOR (when set and not empty), then whether stdout is a TTY. */
export function useColor(flag: boolean | undefined, env: Record<string, string | undefined>, isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY;
}
