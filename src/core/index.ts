// The engine's public face: text in, a plain Analysis out.
export * from './model';
export { analyze, Analyzer } from './analyze';
export type { AnalyzeOptions } from './analyze';
export { OutletRegistry, parseRegistry } from './registry';
export type { Outlet, RegistryError, OutletMatch } from './registry';
