// Helpers the suites share. Nothing here mocks VS Code: everything goes through the real API of the host it runs in.
import * as vscode from 'vscode';
import type { SourceAnnotatorApi } from '../../src/extension/api';

export type { SourceAnnotatorApi };

export const EXTENSION_ID = 'source-annotator.source-annotator';
export const WORKED_EXAMPLE = 'kharkiv-counteroffensive.txt';

export function extension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed in this host`);
  return ext;
}

/** The workspace folder the runner opened (test fixtures + test/host/workspace/). */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open: the runner opens one with the test fixtures');
  return folder.uri;
}

export function workspaceFile(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relativePath.split('/'));
}

export async function openWorkspaceFile(relativePath: string, show = true): Promise<vscode.TextEditor | vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(relativePath));
  return show ? vscode.window.showTextDocument(document) : document;
}

export async function showWorkspaceFile(relativePath: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(relativePath));
  return vscode.window.showTextDocument(document);
}

/** Close every editor, reverting dirty untitled ones first (closing those would otherwise ask to save, a modal
 * dialog nobody answers in a headless run). */
export async function closeAllEditors(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (!document.isDirty) continue;
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Resolve on the next event, or at once when `already()` holds. No time limit (team standard): the runner has one. */
export function nextEvent<T>(event: vscode.Event<T>, until: (value: T) => boolean = () => true, already?: () => boolean): Promise<T | undefined> {
  if (already?.()) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const sub = event((value) => {
      if (until(value)) {
        sub.dispose();
        resolve(value);
      }
    });
  });
}

/**
 * Poll `check` every `intervalMs` until it returns a value other than undefined/false. No time limit (see above): after
 * 10 s it prints what it is still waiting for, once, so a run stopped by the runner's overall limit says where it hung.
 */
export async function eventually<T>(check: () => T | undefined | false | Promise<T | undefined | false>, what = check.toString(), intervalMs = 20): Promise<T> {
  const t0 = performance.now();
  let told = false;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (!told && performance.now() - t0 > 10_000) {
      told = true;
      console.log(`      … still waiting for: ${what}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

export function now(): number {
  return performance.now();
}

/** Print a measured figure in the runner's output (the team's tests measure and print, they do not time out). */
export function report(label: string, value: number | string, unit = 'ms'): void {
  const shown = typeof value === 'number' ? value.toFixed(1) : value;
  console.log(`      ⏱ ${label}: ${shown}${typeof value === 'number' ? ` ${unit}` : ''}`);
}

/** Where the host runs: 'web' (worker, test-web) or 'desktop' (Node, test-electron). */
export function hostKind(): 'web' | 'desktop' {
  return vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop';
}

/** The extension's test API, returned from `activate`. */
export async function api(): Promise<SourceAnnotatorApi> {
  const value = (await extension().activate()) as SourceAnnotatorApi | undefined;
  if (!value || typeof value.analysisFor !== 'function') throw new Error('activate() did not return the test API (src/extension/api.ts)');
  return value;
}

/** A new untitled document with this text and language, shown in the active editor. */
export async function untitled(content: string, language = 'article'): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language, content });
  return vscode.window.showTextDocument(document);
}

/** The offsets of the n-th occurrence (0-based) of `needle` in the text. */
export function spanOf(text: string, needle: string, nth = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`${JSON.stringify(needle)} (occurrence ${nth}) is not in the text`);
  }
  return { start: at, end: at + needle.length };
}

/** Set a setting for the test (user scope) and return a function that puts the old value back. */
export async function setSetting(key: string, value: unknown, section = 'sourceAnnotator'): Promise<() => Promise<void>> {
  const config = vscode.workspace.getConfiguration(section);
  const before = config.inspect(key)?.globalValue;
  await config.update(key, value, vscode.ConfigurationTarget.Global);
  return async () => {
    await vscode.workspace.getConfiguration(section).update(key, before, vscode.ConfigurationTarget.Global);
  };
}

/** Text of a hover's contents, Markdown and plain strings joined. */
export function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

export function covers(range: { start: number; end: number }, span: { start: number; end: number }): boolean {
  return range.start <= span.start && range.end >= span.end;
}

export interface Gold {
  sources: { name: string; kind: string; descriptor?: string; mentions: { start: number; end: number; text: string }[] }[];
  quotes: { start: number; end: number; text: string; kind: 'direct' | 'partial' | 'scare'; source: string | null; cue: string | null }[];
  attributions: { source: string; cue: { start: number; end: number; text: string }; contentStartsWith: string }[];
  headings: { start: number; end: number; text: string }[];
}

/** The worked example's gold annotations (test/fixtures/*.gold.json, copied into the workspace by the runner). */
export async function gold(): Promise<Gold> {
  const bytes = await vscode.workspace.fs.readFile(workspaceFile('kharkiv-counteroffensive.gold.json'));
  return JSON.parse(new TextDecoder().decode(bytes)) as Gold;
}
