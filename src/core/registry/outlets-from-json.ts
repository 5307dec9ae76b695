// Reads outlets given as plain values, such as the `sourceAnnotator.outlets` setting: a list of outlets (each with
// a `key`, or one made from its name), a map of outlets by key, or either wrapped as `{ "outlets": ... }`.
// Errors carry line and column 0: settings have no text positions.
import { ErrorCollector, NO_POSITION } from './error-collector';
import { REGISTRY_LIMITS } from './limits';
import type { ParsedOutlets } from './outlet';
import { OutletCollector } from './outlet-collector';
import { validateOutletEntry } from './validate-outlet';
import type { FieldPath } from './validate-outlet';

function pathText(path: FieldPath): string {
  return path.map((step) => (typeof step === 'number' ? `[${step}]` : `.${step}`)).join('');
}

function unwrap(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  const inner = (value as Record<string, unknown>).outlets;
  return keys.length === 1 && keys[0] === 'outlets' && typeof inner === 'object' && inner !== null ? inner : value;
}

export function outletsFromJson(value: unknown, source: string): ParsedOutlets {
  const errors = new ErrorCollector(source, NO_POSITION);
  const collector = new OutletCollector();
  const list = unwrap(value);
  if (list === undefined || list === null) return { outlets: [], errors: [] };

  const entries: [string | undefined, unknown, string][] = [];
  if (Array.isArray(list)) list.forEach((entry: unknown, index) => entries.push([undefined, entry, `outlets[${index}]`]));
  else if (typeof list === 'object') for (const [key, entry] of Object.entries(list)) entries.push([key, entry, `outlets.${key.slice(0, 60)}`]);
  else {
    errors.add(0, 0, 'outlets must be a list of outlets or a map of outlets by key');
    return { outlets: [], errors: errors.finish() };
  }

  for (let i = 0; i < entries.length; i++) {
    const [mapKey, entry, where] = entries[i];
    if (i >= REGISTRY_LIMITS.maxEntries) {
      errors.add(0, 0, `${where}: more than ${REGISTRY_LIMITS.maxEntries} outlets: this one and the rest are ignored`);
      break;
    }
    const result = validateOutletEntry(mapKey, entry);
    for (const problem of [...result.problems, ...result.warnings]) errors.add(0, 0, `${where}${pathText(problem.path)}: ${problem.message}`);
    if (!result.outlet) continue;
    const { clashes, replaced } = collector.add(result.outlet);
    if (replaced) errors.add(0, 0, `${where}: key "${result.outlet.key}" is used by an earlier outlet too; this later one wins`);
    for (const clash of clashes) errors.add(0, 0, `${where}.aliases: alias "${clash.alias}" is already used by outlet "${clash.usedBy}"; ignored here`);
  }
  return { outlets: collector.outlets, errors: errors.finish() };
}
