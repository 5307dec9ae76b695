// The registry's data shapes: what an outlet is, where a registry file went wrong, where a text names an outlet.

export type OutletType =
  | 'wire service'
  | 'newspaper'
  | 'broadcaster'
  | 'magazine'
  | 'online'
  | 'state media'
  | 'news agency'
  | 'radio'
  | 'tv';

/** The types the registry stores. "news agency" and "tv" are accepted in files and stored as their canonical type. */
export const CANONICAL_OUTLET_TYPES: readonly OutletType[] = [
  'wire service',
  'newspaper',
  'broadcaster',
  'magazine',
  'online',
  'state media',
  'radio',
];

/** Synonyms accepted in registry files, mapped to the type stored. */
export const OUTLET_TYPE_SYNONYMS: ReadonlyMap<string, OutletType> = new Map<string, OutletType>([
  ['news agency', 'wire service'],
  ['tv', 'broadcaster'],
]);

export interface Outlet {
  /** Stable key, lower-case with dashes ("associated-press"). */
  key: string;
  name: string;
  /** Every form matched in text, exactly as written there ("AP", "The Associated Press"), the name included when
   * it should match. Empty means the name alone. */
  aliases: string[];
  /** One of CANONICAL_OUTLET_TYPES for registry outlets; "" when a user file leaves it out. */
  type: OutletType | string;
  /** English name of the country ("United States"); "" when a user file leaves it out. */
  country: string;
  homepage?: string;
  /** Aliases that only match in a guarded context: capitalised mid-sentence, not part of a longer name.
   * Aliases that are a common English word (see ambiguous-words.ts) are guarded without being listed. */
  guarded?: string[];
}

export interface RegistryError {
  /** The file (or "settings") the error is in, as given to parseRegistry. */
  source: string;
  /** 1-based line and column; 0 when the outlets came from JSON with no text positions. */
  line: number;
  column: number;
  /** UTF-16 offsets of the offending text in the registry file (0, 0 without text positions). */
  start: number;
  end: number;
  message: string;
}

export interface OutletMatch {
  start: number;
  end: number;
  key: string;
}

export interface ParsedOutlets {
  outlets: Outlet[];
  errors: RegistryError[];
}
