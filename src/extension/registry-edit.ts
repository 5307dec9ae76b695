// Where and how Add Outlet writes a new entry into an existing registry file, as one small text edit (never a
// rewrite of the user's file, so their comments and layout stay). Uses the `yaml` package the engine already
// bundles to find the `outlets` node. Free of `vscode`, so it is unit-tested.
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { OutletEntry } from './registry-template';
import { outletYaml } from './registry-template';

export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

function mapEntryYaml(outlet: OutletEntry): string {
  // The same fields under the key, for registries written as a map of outlets by key.
  const lines = outletYaml(outlet).split('\n').filter(Boolean);
  return [`  ${JSON.stringify(outlet.key)}:`, ...lines.slice(1)].join('\n') + '\n';
}

/** The edit that adds `outlet` to a registry file's text, or undefined when the file cannot be edited safely
 * (it does not parse, or `outlets` is something other than a list or a map). */
export function addOutletEdit(text: string, outlet: OutletEntry): TextEdit | undefined {
  const doc = parseDocument(text);
  if (doc.errors.length) return undefined;
  const newline = (at: number) => (at > 0 && text[at - 1] !== '\n' ? '\n' : '');
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) {
    return { start: text.length, end: text.length, text: `${newline(text.length)}outlets:\n${outletYaml(outlet)}` };
  }
  if (!isMap(root)) return undefined;
  const pair = root.items.find((p) => isScalar(p.key) && p.key.value === 'outlets');
  if (!pair) return { start: text.length, end: text.length, text: `${newline(text.length)}outlets:\n${outletYaml(outlet)}` };
  const value = pair.value;
  const keyEnd = isScalar(pair.key) && pair.key.range ? pair.key.range[1] : undefined;
  if (value === null || (isScalar(value) && value.value === null) || ((isSeq(value) || isMap(value)) && value.flow && value.items.length === 0)) {
    // `outlets:` with nothing, or `outlets: []` / `outlets: {}`: replace the value with a block list.
    if (keyEnd === undefined) return undefined;
    const colon = text.indexOf(':', keyEnd);
    if (colon === -1) return undefined;
    const lineEnd = text.indexOf('\n', colon);
    const end = lineEnd === -1 ? text.length : lineEnd + 1;
    return { start: colon + 1, end, text: `\n${outletYaml(outlet)}` };
  }
  if ((isSeq(value) || isMap(value)) && !value.flow && value.range) {
    // Right after the line where the last entry's value ends (before any comment or key that follows the list).
    const last = value.items[value.items.length - 1] as unknown;
    const lastNode = isSeq(value) ? last : (last as { value?: unknown } | undefined)?.value;
    const range = (lastNode as { range?: [number, number, number] } | undefined)?.range ?? value.range;
    const valueEnd = Math.max(range[1], 1);
    const lineBreak = text.indexOf('\n', valueEnd - 1);
    const at = lineBreak === -1 ? text.length : lineBreak + 1;
    const entry = isSeq(value) ? outletYaml(outlet) : mapEntryYaml(outlet);
    return { start: at, end: at, text: `${newline(at)}${entry}` };
  }
  return undefined;
}
