// Reads a registry file (YAML, the shape documented at the top of data/outlets.yaml) into outlets, with an error at
// the line and column of every problem. A broken entry is skipped; the valid ones are kept.
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, Node, Pair } from 'yaml';
import { ErrorCollector } from './error-collector';
import { REGISTRY_LIMITS } from './limits';
import type { Outlet, ParsedOutlets } from './outlet';
import { OutletCollector } from './outlet-collector';
import { validateOutletEntry } from './validate-outlet';
import type { FieldPath } from './validate-outlet';
import { prescanYaml } from './yaml-prescan';

type Doc = Document.Parsed;

function resolve(doc: Doc, node: unknown): Node | null {
  if (isAlias(node)) return (node.resolve(doc) as Node | undefined) ?? null;
  return (node as Node | null) ?? null;
}

function rangeOf(node: unknown): [number, number] | undefined {
  const range = (node as Node | null)?.range;
  return range ? [range[0], range[1]] : undefined;
}

function keyText(pair: Pair): string | undefined {
  const key = pair.key;
  if (isScalar(key) && (typeof key.value === 'string' || typeof key.value === 'number')) return String(key.value);
  return undefined;
}

/** The node a problem's path points at inside an entry, or the nearest one that exists. */
function nodeAtPath(doc: Doc, entry: Node | null, path: FieldPath): Node | null {
  let node = entry;
  for (const step of path) {
    const here = resolve(doc, node);
    let next: Node | null = null;
    if (typeof step === 'string' && isMap(here)) {
      const pair = here.items.find((p) => keyText(p) === step);
      next = pair ? ((pair.value as Node | null) ?? (pair.key as Node)) : null;
    } else if (typeof step === 'number' && isSeq(here)) {
      next = (here.items[step] as Node | undefined) ?? null;
    }
    if (!next) break;
    node = next;
  }
  return node;
}

/** The outlets as plain values, every alias expanded, or a reason it cannot be done safely. */
function toPlain(doc: Doc): { value?: unknown; failure?: string } {
  try {
    return { value: doc.toJS({ maxAliasCount: REGISTRY_LIMITS.maxYamlAliasCount }) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (message.includes('resource exhaustion')) {
      return { failure: `YAML aliases expand too much (more than ${REGISTRY_LIMITS.maxYamlAliasCount} references per alias): the file is not read, to stay safe from an alias bomb` };
    }
    return { failure: `YAML: ${message}` };
  }
}

export function parseRegistry(text: string, source: string): ParsedOutlets {
  const lineCounter = new LineCounter();
  const errors = new ErrorCollector(source, (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  });
  const done = (outlets: Outlet[] = []): ParsedOutlets => ({ outlets, errors: errors.finish() });
  if (text.length > REGISTRY_LIMITS.maxTextLength) {
    errors.add(0, 0, `the file has ${text.length} characters; a registry may have at most ${REGISTRY_LIMITS.maxTextLength}`);
    return done();
  }
  const prescan = prescanYaml(text, REGISTRY_LIMITS.maxNestingDepth);
  if (prescan.tooDeepAt >= 0) {
    lineCounter.addNewLine(0);
    for (let i = text.indexOf('\n'); i >= 0 && i < prescan.tooDeepAt; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
    errors.add(prescan.tooDeepAt, prescan.tooDeepAt + 1, `YAML nested more than ${REGISTRY_LIMITS.maxNestingDepth} levels deep: the file is not read`);
    return done();
  }

  // yaml's own unique-key check is quadratic in the size of a map (100,000 outlets took minutes); repeated keys
  // are found below with a Set instead.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, keepSourceTokens: false, uniqueKeys: false });
  for (const problem of [...doc.errors, ...doc.warnings]) errors.add(problem.pos[0], problem.pos[1], `YAML: ${problem.message}`);
  const plain = toPlain(doc);
  if (plain.failure !== undefined) {
    const at = Math.max(prescan.firstAliasAt, 0);
    errors.add(at, at + 1, plain.failure);
    return done();
  }

  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return done();
  const rootRange = rangeOf(root) ?? [0, 0];
  if (!isMap(root)) {
    errors.add(rootRange[0], rootRange[1], 'a registry file is a map with one top-level key, "outlets:"');
    return done();
  }
  let outletsPair: Pair | undefined;
  for (const pair of root.items) {
    if (keyText(pair) === 'outlets') {
      if (outletsPair) {
        const [start, end] = rangeOf(outletsPair.key) ?? rootRange;
        errors.add(start, end, '"outlets:" is given again further down; only the last one is read');
      }
      outletsPair = pair;
    }
    else {
      const [start, end] = rangeOf(pair.key) ?? rootRange;
      errors.add(start, end, `unknown top-level key "${(keyText(pair) ?? '?').slice(0, 60)}" ignored; outlets go under "outlets:"`);
    }
  }
  if (!outletsPair) {
    errors.add(rootRange[0], rootRange[0], 'no top-level "outlets:" map');
    return done();
  }
  const plainOutlets = (plain.value as Record<string, unknown> | null)?.outlets;
  const list = resolve(doc, outletsPair.value);
  const collector = new OutletCollector();
  const entryAt = (entry: Node | null, fallback: unknown) => rangeOf(entry) ?? rangeOf(fallback) ?? rangeOf(outletsPair.key) ?? [0, 0];

  const reportRepeatedFields = (entryNode: Node | null) => {
    if (!isMap(entryNode)) return;
    const seen = new Set<string>();
    for (const pair of entryNode.items) {
      const field = keyText(pair);
      if (field === undefined) continue;
      if (seen.has(field)) {
        const [start, end] = rangeOf(pair.key) ?? [0, 0];
        errors.add(start, end, `field "${field.slice(0, 60)}" is given twice; the last one is used`);
      }
      seen.add(field);
    }
  };
  let entryCount = 0;
  const readEntry = (mapKey: string | undefined, entryNode: Node | null, value: unknown, keyNode: unknown): boolean => {
    const entryRange = (isScalar(keyNode) && rangeOf(keyNode)) || entryAt(entryNode, keyNode);
    if (++entryCount > REGISTRY_LIMITS.maxEntries) {
      errors.add(entryRange[0], entryRange[1], `more than ${REGISTRY_LIMITS.maxEntries} outlets: this one and the rest are ignored`);
      return false;
    }
    reportRepeatedFields(entryNode);
    const result = validateOutletEntry(mapKey, value);
    const label = mapKey ?? result.outlet?.key;
    const report = (path: FieldPath, message: string) => {
      const node = path.length ? nodeAtPath(doc, entryNode, path) : null;
      const [start, end] = node && node !== entryNode ? (rangeOf(node) ?? entryRange) : entryRange;
      // a label is cut like every quoted value: a hostile key must not make a huge message
      const shown = label && label.length > 60 ? `${label.slice(0, 60)}…` : label;
      errors.add(start, end, shown ? `outlet "${shown}": ${message}` : message);
    };
    for (const problem of result.problems) report(problem.path, problem.message);
    for (const warning of result.warnings) report(warning.path, warning.message);
    if (result.outlet) {
      const { clashes, replaced } = collector.add(result.outlet);
      // A repeated map key is already reported by the YAML parser; a repeated `key:` in a list is reported here.
      if (replaced && mapKey === undefined) report(['key'], `key "${result.outlet.key}" is used by an earlier entry too; this later entry wins`);
      for (const clash of clashes) {
        const path = typeof value === 'object' && value !== null && typeof (value as { aliases?: unknown }).aliases === 'string' ? ['aliases'] : ['aliases', clash.index];
        report(path, `alias "${clash.alias}" is already used by outlet "${clash.usedBy}"; ignored here`);
      }
    }
    return true;
  };

  if (list === null || (isScalar(list) && list.value === null)) return done();
  if (isMap(list)) {
    const values = (plainOutlets ?? {}) as Record<string, unknown>;
    const lastIndex = new Map<string, number>();
    list.items.forEach((pair, i) => {
      const key = keyText(pair);
      if (key !== undefined) lastIndex.set(key, i);
    });
    for (let i = 0; i < list.items.length; i++) {
      const pair = list.items[i];
      const key = keyText(pair);
      if (key !== undefined && lastIndex.get(key) !== i) {
        // The plain value under a repeated key is the last one's: only the last entry is read.
        const [start, end] = rangeOf(pair.key) ?? entryAt(null, pair.value);
        errors.add(start, end, `outlet "${key.slice(0, 60)}" is defined again further down; this entry is ignored`);
        continue;
      }
      if (key === undefined) {
        const [start, end] = rangeOf(pair.key) ?? entryAt(null, pair.value);
        errors.add(start, end, 'an outlet key must be a plain string such as "le-monde"');
        continue;
      }
      if (!readEntry(key, resolve(doc, pair.value), values[key], pair.key)) break;
    }
  } else if (isSeq(list)) {
    const values = (Array.isArray(plainOutlets) ? plainOutlets : []) as unknown[];
    for (let i = 0; i < list.items.length; i++) {
      if (!readEntry(undefined, resolve(doc, list.items[i]), values[i], list.items[i])) break;
    }
  } else {
    const [start, end] = rangeOf(list) ?? rootRange;
    errors.add(start, end, '"outlets:" must be a map of outlets by key (or a list of outlets)');
  }
  return done(collector.outlets);
}
