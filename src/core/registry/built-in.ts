// The outlets shipped with the extension: data/outlets.yaml, bundled as text, parsed on first use and kept.
import outletsYaml from '../data/outlets.yaml';
import type { Outlet, ParsedOutlets, RegistryError } from './outlet';
import { parseRegistry } from './parse-registry';

export const BUILT_IN_SOURCE = 'built-in outlets';

let parsed: ParsedOutlets | undefined;

function parseOnce(): ParsedOutlets {
  parsed ??= parseRegistry(outletsYaml, BUILT_IN_SOURCE);
  return parsed;
}

export function builtInOutlets(): readonly Outlet[] {
  return parseOnce().outlets;
}

/** Problems in the bundled data; empty unless the data file is broken (a unit test keeps it so). */
export function builtInRegistryErrors(): readonly RegistryError[] {
  return parseOnce().errors;
}
