// Validates the `sourceAnnotator.outlets` setting (JSON from settings.json) into registry outlets.
// TODO: use the registry's own `outletsFromJson(value, source)` once it lands in src/core/registry, and delete this.
// Kept free of `vscode` so it is unit-tested in Node.
import type { Outlet, RegistryError } from '../core';

export function outletKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function error(source: string, index: number, message: string): RegistryError {
  // Settings have no lines of their own: line is the 1-based position of the entry in the list.
  return { source, line: index + 1, column: 1, start: 0, end: 0, message };
}

function optionalString(value: unknown): value is string | undefined {
  return value === undefined || typeof value === 'string';
}

export function outletsFromSettings(value: unknown, source = 'settings'): { outlets: Outlet[]; errors: RegistryError[] } {
  const outlets: Outlet[] = [];
  const errors: RegistryError[] = [];
  if (value === undefined || value === null) return { outlets, errors };
  if (!Array.isArray(value)) {
    errors.push(error(source, 0, 'expected a list of outlets'));
    return { outlets, errors };
  }
  value.forEach((entry: unknown, index) => {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      errors.push(error(source, index, `outlet ${index + 1}: expected an object with a "name"`));
      return;
    }
    const o = entry as Record<string, unknown>;
    const name = typeof o.name === 'string' ? o.name.trim() : '';
    if (!name) {
      errors.push(error(source, index, `outlet ${index + 1}: "name" is required`));
      return;
    }
    const aliases = o.aliases ?? [];
    if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string')) {
      errors.push(error(source, index, `outlet "${name}": "aliases" must be a list of strings`));
      return;
    }
    if (!optionalString(o.key) || !optionalString(o.type) || !optionalString(o.country) || !optionalString(o.homepage)) {
      errors.push(error(source, index, `outlet "${name}": "key", "type", "country" and "homepage" must be strings`));
      return;
    }
    const key = o.key?.trim() || outletKey(name);
    if (!key) {
      errors.push(error(source, index, `outlet "${name}": no usable key`));
      return;
    }
    outlets.push({
      key,
      name,
      aliases: (aliases as string[]).map((a) => a.trim()).filter(Boolean),
      type: o.type?.trim() || 'online',
      country: o.country?.trim() ?? '',
      ...(o.homepage?.trim() ? { homepage: o.homepage.trim() } : {}),
    });
  });
  return { outlets, errors };
}
