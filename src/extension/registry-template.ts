// What the registry commands write into a workspace `.sources.yaml`: the commented template and one outlet entry.
// Free of `vscode`, so it is unit-tested (the output must parse back with the registry parser).
import { CANONICAL_OUTLET_TYPES } from '../core/registry';

/** The types the Add Outlet command offers: the registry's own. */
export const OUTLET_TYPES: readonly string[] = CANONICAL_OUTLET_TYPES;

export const REGISTRY_TEMPLATE = `# Source Annotator: outlets for this workspace.
# They are added to the built-in registry (an entry with a built-in key replaces it).
# Each outlet: key (lower-case-with-dashes), name, aliases (every form that should match, the name
# included; leave them out to match the name alone),
# type (wire service, newspaper, broadcaster, magazine, online, state media, ...),
# country (its English name, as in United Kingdom), homepage (optional).
outlets:
  # - key: coast-gazette
  #   name: The Coast Gazette
  #   aliases: [The Coast Gazette, Coast Gazette]
  #   type: newspaper
  #   country: United Kingdom
  #   homepage: https://example.org
`;

/** One registry entry as YAML, values quoted so any name is safe. */
export interface OutletEntry {
  key: string;
  name: string;
  aliases: string[];
  type: string;
  country: string;
  homepage?: string;
}

export function outletYaml(outlet: OutletEntry): string {
  const q = (s: string) => JSON.stringify(s);
  // No `aliases: []` when there are none: the registry then matches the name itself.
  const lines = [`  - key: ${q(outlet.key)}`, `    name: ${q(outlet.name)}`];
  if (outlet.aliases.length) lines.push(`    aliases: [${outlet.aliases.map(q).join(', ')}]`);
  lines.push(`    type: ${q(outlet.type)}`);
  if (outlet.country) lines.push(`    country: ${q(outlet.country)}`);
  if (outlet.homepage) lines.push(`    homepage: ${q(outlet.homepage)}`);
  return lines.join('\n') + '\n';
}

