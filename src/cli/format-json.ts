// The JSON format: the Analysis object as it is (the shape ../shared/eval/score.mjs reads), one line per document.
import type { Analysis } from '../core/model';

/**
 * One document as one line of JSON. Without `file` it is exactly the Analysis object; with several inputs the CLI
 * passes the file name and the line becomes `{ "file": ..., ...analysis }` (JSON Lines).
 */
export function formatJson(analysis: Analysis, file?: string): string {
  return JSON.stringify(file === undefined ? analysis : { file, ...analysis }) + '\n';
}
