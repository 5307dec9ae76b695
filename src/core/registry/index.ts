// The outlet registry: which news outlets exist, how articles name them, and where a text names one.
export type { Outlet, OutletMatch, OutletType, ParsedOutlets, RegistryError } from './outlet';
export { CANONICAL_OUTLET_TYPES, OUTLET_TYPE_SYNONYMS } from './outlet';
export { REGISTRY_LIMITS } from './limits';
export { parseRegistry } from './parse-registry';
export { outletsFromJson } from './outlets-from-json';
export { validateOutletEntry, keyFromName, isValidKey } from './validate-outlet';
export { isAmbiguousWordAlias } from './ambiguous-words';
export { builtInRegistryErrors, BUILT_IN_SOURCE } from './built-in';
export { OutletRegistry } from './outlet-registry';
