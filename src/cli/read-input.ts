// Reading an input (a file or standard input) as UTF-8 text, with one-line reasons when it cannot be.
import { readFileSync } from 'node:fs';

export type InputResult = { ok: true; text: string } | { ok: false; error: string };

/** How many leading bytes are searched for a NUL byte to tell binary files from text. */
const BINARY_PROBE = 8192;

/**
 * Decodes bytes as UTF-8 text. Binary data (a NUL byte in the first 8 KB) and invalid UTF-8 are refused.
 * A UTF-8 byte order mark is dropped, so every offset in the analysis is relative to the text without it
 * (one UTF-16 unit less than an editor that keeps the mark would count). CRLF line ends are kept as they are.
 */
export function decodeText(bytes: Uint8Array): InputResult {
  const probe = bytes.subarray(0, BINARY_PROBE);
  if (probe.includes(0)) return { ok: false, error: 'binary file (contains NUL bytes), not text' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, error: 'not valid UTF-8 text' };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text };
}

function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** Reads a file by path ("-" is standard input) and decodes it. */
export async function readInput(file: string, stdin: () => Promise<Uint8Array> = readStdin): Promise<InputResult> {
  let bytes: Uint8Array;
  try {
    bytes = file === '-' ? await stdin() : readFileSync(file);
  } catch (error) {
    return { ok: false, error: describeError(error) };
  }
  return decodeText(bytes);
}

/** All of standard input, read once (a second "-" gets what remains: nothing). */
export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}
