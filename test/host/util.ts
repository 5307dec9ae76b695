// Helpers the suites share. Nothing here mocks VS Code: everything goes through the real API of the host it runs in.
import * as vscode from 'vscode';

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

export async function closeAllEditors(): Promise<void> {
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

/** Poll `check` every `intervalMs` until it returns a value other than undefined/false. No time limit (see above). */
export async function eventually<T>(check: () => T | undefined | false | Promise<T | undefined | false>, intervalMs = 20): Promise<T> {
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
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
