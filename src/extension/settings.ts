// Every setting the extension reads, in one place, with the defaults package.json declares.
import * as vscode from 'vscode';
import type { DiagnosticCode } from '../core';
import type { DecorationKind, TreeSort } from './api';
import { minimumConfidenceFrom } from './confidence-filter';

export const SECTION = 'sourceAnnotator';

export type ProblemSeverity = 'error' | 'warning' | 'information' | 'hint' | 'off';

/** Setting key (under sourceAnnotator.problems.) for each engine diagnostic code. */
export const PROBLEM_SETTING: Record<DiagnosticCode, string> = {
  'unclosed-quote': 'unclosedQuote',
  'unbalanced-quote': 'unbalancedQuote',
  'unattributed-quote': 'unattributedQuote',
  'anonymous-source': 'anonymousSource',
};

const PROBLEM_DEFAULT: Record<DiagnosticCode, ProblemSeverity> = {
  'unclosed-quote': 'warning',
  'unbalanced-quote': 'warning',
  'unattributed-quote': 'information',
  'anonymous-source': 'information',
};

function section(scope?: vscode.ConfigurationScope): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration(SECTION, scope);
}

/** Languages analysed besides `article` (always on). */
export function languages(scope?: vscode.ConfigurationScope): { plaintext: boolean; markdown: boolean } {
  const value = section(scope).get<Record<string, unknown>>('languages') ?? {};
  return { plaintext: value.plaintext !== false, markdown: value.markdown === true };
}

export function debounceMs(): number {
  const value = section().get<number>('debounce', 300);
  return Number.isFinite(value) ? Math.min(Math.max(value, 0), 5000) : 300;
}

/** Documents longer than this (UTF-16 code units) are not analysed. */
export function maxDocumentSize(scope?: vscode.ConfigurationScope): number {
  const value = section(scope).get<number>('maxDocumentSize', 2_000_000);
  return Number.isFinite(value) && value > 0 ? value : 2_000_000;
}

/** Quotes, attributions and sources the engine is less sure of than this (0..1) are not shown; 0 shows everything. */
export function minimumConfidence(scope?: vscode.ConfigurationScope): number {
  return minimumConfidenceFrom(section(scope).get<unknown>('minimumConfidence', 0));
}

export function excludeGlobs(scope?: vscode.ConfigurationScope): string[] {
  const own = section(scope).get<unknown>('exclude', []);
  const globs = Array.isArray(own) ? own.filter((g): g is string => typeof g === 'string' && g.trim() !== '') : [];
  // files.exclude maps a glob to true, false or a `when` condition; only plain `true` entries are certain.
  const files = vscode.workspace.getConfiguration('files', scope).get<Record<string, unknown>>('exclude') ?? {};
  for (const [glob, on] of Object.entries(files)) if (on === true) globs.push(glob);
  return globs;
}

export function highlightsEnabled(): boolean {
  return section().get<boolean>('highlights.enabled', true);
}

const HIGHLIGHT_SETTING: Record<DecorationKind, string> = {
  directQuote: 'highlights.directQuotes',
  partialQuote: 'highlights.partialQuotes',
  scareQuote: 'highlights.scareQuotes',
  cue: 'highlights.cues',
  mention: 'highlights.mentions',
  outlet: 'highlights.outlets',
};

export function highlightKindEnabled(kind: DecorationKind): boolean {
  return section().get<boolean>(HIGHLIGHT_SETTING[kind], true);
}

export function problemSeverity(code: DiagnosticCode, scope?: vscode.ConfigurationScope): ProblemSeverity {
  const value = section(scope).get<string>(`problems.${PROBLEM_SETTING[code]}`);
  return value === 'error' || value === 'warning' || value === 'information' || value === 'hint' || value === 'off'
    ? value
    : PROBLEM_DEFAULT[code];
}

export function treeSortDefault(): TreeSort {
  return section().get<string>('tree.sortBy') === 'count' ? 'count' : 'appearance';
}

export function outletsSetting(): unknown {
  return section().get<unknown>('outlets', []);
}

export function registryFiles(scope?: vscode.ConfigurationScope): string[] {
  const value = section(scope).get<unknown>('registryFiles', []);
  return Array.isArray(value) ? value.filter((p): p is string => typeof p === 'string' && p.trim() !== '') : [];
}
