// Checks one registry entry given as a plain value (from YAML or from the JSON setting) and builds the Outlet.
// Shared by parseRegistry and outletsFromJson so both accept exactly the same shape.
import { REGISTRY_LIMITS } from './limits';
import { CANONICAL_OUTLET_TYPES, OUTLET_TYPE_SYNONYMS } from './outlet';
import type { Outlet } from './outlet';

/** Where in an entry a problem is: [] for the entry, ["aliases", 2] for its third alias. */
export type FieldPath = readonly (string | number)[];

export interface EntryProblem {
  path: FieldPath;
  message: string;
}

export interface EntryResult {
  /** Undefined when the entry has a problem and is skipped. */
  outlet?: Outlet;
  problems: EntryProblem[];
  /** Reported, but the entry is kept (an unknown field). */
  warnings: EntryProblem[];
}

const KNOWN_FIELDS = new Set(['key', 'name', 'aliases', 'type', 'country', 'homepage', 'guarded']);
const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HOMEPAGE_PATTERN = /^https?:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/i;
const STARTS_WITH_LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

/** Trimmed, NFC, every run of whitespace one space: names are compared in this form. */
export function normalizeName(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function isValidKey(key: string): boolean {
  return key.length > 0 && key.length <= REGISTRY_LIMITS.maxKeyLength && KEY_PATTERN.test(key);
}

/** A key for an entry that gives none: "Le Monde" -> "le-monde". */
export function keyFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, REGISTRY_LIMITS.maxKeyLength)
    .replace(/^-|-$/g, '');
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a map' : `a ${typeof value}`;
}

function isPlainMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(entry: Record<string, unknown>, field: string): unknown {
  return Object.prototype.hasOwnProperty.call(entry, field) ? entry[field] : undefined;
}

/** A list of names that may also be written as one string. Pushes problems and returns undefined when unusable. */
function readNameList(value: unknown, field: string, problems: EntryProblem[]): string[] | undefined {
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list)) {
    problems.push({ path: [field], message: `"${field}" must be a string or a list of strings, not ${describe(value)}` });
    return undefined;
  }
  if (list.length > REGISTRY_LIMITS.maxAliases) {
    problems.push({ path: [field], message: `"${field}" has ${list.length} entries; at most ${REGISTRY_LIMITS.maxAliases} are allowed` });
    return undefined;
  }
  const names: string[] = [];
  list.forEach((item: unknown, index) => {
    const path = typeof value === 'string' ? [field] : [field, index];
    if (typeof item !== 'string') {
      problems.push({ path, message: `each of "${field}" must be a string, not ${describe(item)} (quote numbers)` });
      return;
    }
    const name = normalizeName(item);
    if (name.length > REGISTRY_LIMITS.maxNameLength) {
      problems.push({ path, message: `"${field}" entry is ${name.length} characters long; at most ${REGISTRY_LIMITS.maxNameLength} are allowed` });
    } else if (!STARTS_WITH_LETTER_OR_DIGIT.test(name)) {
      problems.push({ path, message: `"${field}" entry "${name}" must start with a letter or a digit` });
    } else if (!names.includes(name)) {
      names.push(name);
    }
  });
  return names;
}

function readString(entry: Record<string, unknown>, field: string, maxLength: number, problems: EntryProblem[]): string | undefined {
  const value = own(entry, field);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    problems.push({ path: [field], message: `"${field}" must be a string, not ${describe(value)}` });
    return undefined;
  }
  const text = normalizeName(value);
  if (text.length > maxLength) {
    problems.push({ path: [field], message: `"${field}" is ${text.length} characters long; at most ${maxLength} are allowed` });
    return undefined;
  }
  return text;
}

function readType(entry: Record<string, unknown>, problems: EntryProblem[]): string {
  const type = readString(entry, 'type', 40, problems)?.toLowerCase();
  if (type === undefined || type === '') return '';
  const canonical = OUTLET_TYPE_SYNONYMS.get(type) ?? type;
  if ((CANONICAL_OUTLET_TYPES as readonly string[]).includes(canonical)) return canonical;
  problems.push({ path: ['type'], message: `unknown type "${type}"; use one of: ${CANONICAL_OUTLET_TYPES.join(', ')}` });
  return '';
}

function readKey(mapKey: string | undefined, entry: Record<string, unknown>, name: string | undefined, problems: EntryProblem[]): string | undefined {
  const field = own(entry, 'key');
  if (field !== undefined && typeof field !== 'string') {
    problems.push({ path: ['key'], message: `"key" must be a string, not ${describe(field)}` });
    return undefined;
  }
  if (mapKey !== undefined && field !== undefined && field !== mapKey) {
    problems.push({ path: ['key'], message: `"key" is "${field}" but the entry is listed under "${mapKey}"` });
    return undefined;
  }
  const key = mapKey ?? (field !== undefined ? field : name !== undefined ? keyFromName(name) : undefined);
  if (key === undefined) return undefined;
  if (!isValidKey(key)) {
    const path = field !== undefined ? ['key'] : [];
    problems.push({ path, message: `key "${key.length > 60 ? key.slice(0, 60) + '…' : key}" must be lower-case letters and digits joined by single dashes, at most ${REGISTRY_LIMITS.maxKeyLength} characters` });
    return undefined;
  }
  return key;
}

/**
 * Validates one entry. `mapKey` is the key the entry is listed under in a map; entries of a list carry their own
 * `key`, or get one from their name. Aliases are every form matched; left out or empty, the name alone.
 */
export function validateOutletEntry(mapKey: string | undefined, value: unknown): EntryResult {
  const problems: EntryProblem[] = [];
  const warnings: EntryProblem[] = [];
  if (!isPlainMap(value)) {
    problems.push({ path: [], message: `an outlet must be a map with "name", "aliases", "type", "country" and "homepage", not ${describe(value)}` });
    return { problems, warnings };
  }
  for (const field of Object.keys(value)) {
    if (!KNOWN_FIELDS.has(field)) warnings.push({ path: [field], message: `unknown field "${field.slice(0, 60)}" ignored` });
  }

  const name = readString(value, 'name', REGISTRY_LIMITS.maxNameLength, problems);
  if (name === undefined && !problems.some((p) => p.path[0] === 'name')) problems.push({ path: [], message: '"name" is missing' });
  else if (name === '') problems.push({ path: ['name'], message: '"name" is empty' });
  const key = readKey(mapKey, value, name || undefined, problems);

  const aliasesValue = own(value, 'aliases');
  const listed = aliasesValue === undefined || aliasesValue === null ? [] : readNameList(aliasesValue, 'aliases', problems);
  // No aliases (left out, or [] as the Add Outlet command writes) means the name alone.
  const nameOnly = listed !== undefined && listed.length === 0;
  const aliases = nameOnly ? (name ? [name] : []) : listed;
  if (nameOnly && name && !STARTS_WITH_LETTER_OR_DIGIT.test(name)) {
    problems.push({ path: ['name'], message: `"name" "${name}" must start with a letter or a digit to be matched; list "aliases" that do` });
  }

  const guardedValue = own(value, 'guarded');
  const guarded = guardedValue === undefined || guardedValue === null ? undefined : readNameList(guardedValue, 'guarded', problems);
  guarded?.forEach((alias, index) => {
    if (aliases && !aliases.includes(alias)) {
      problems.push({ path: typeof guardedValue === 'string' ? ['guarded'] : ['guarded', index], message: `"guarded" lists "${alias}", which is not one of the aliases` });
    }
  });

  const type = readType(value, problems);
  const country = readString(value, 'country', REGISTRY_LIMITS.maxCountryLength, problems) ?? '';
  const homepage = readString(value, 'homepage', REGISTRY_LIMITS.maxHomepageLength, problems);
  if (homepage && !HOMEPAGE_PATTERN.test(homepage)) {
    problems.push({ path: ['homepage'], message: `"homepage" must be an http:// or https:// address, not "${homepage.slice(0, 80)}"` });
  }

  if (problems.length || key === undefined || !name || !aliases) return { problems, warnings };
  const outlet: Outlet = { key, name, aliases, type, country };
  if (homepage) outlet.homepage = homepage;
  if (guarded?.length) outlet.guarded = guarded;
  return { outlet, problems, warnings };
}
