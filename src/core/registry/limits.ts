// Bounds on what a registry may hold, so a hostile or broken file cannot stall the editor.
export const REGISTRY_LIMITS = {
  /** Characters in one registry file. */
  maxTextLength: 10_000_000,
  /** Outlets in one file or setting; later entries are reported once and ignored. */
  maxEntries: 20_000,
  /** Characters in a name or an alias. */
  maxNameLength: 200,
  maxAliases: 50,
  maxKeyLength: 100,
  maxCountryLength: 100,
  maxHomepageLength: 2_048,
  /** YAML alias references expanded while reading one entry (yaml's maxAliasCount): stops alias bombs. */
  maxYamlAliasCount: 100,
  /** Nesting of YAML collections; the registry needs 4 levels, the YAML composer recurses per level. */
  maxNestingDepth: 64,
  /** Errors reported for one file; the rest are summed up in one last error. */
  maxErrors: 1_000,
} as const;
