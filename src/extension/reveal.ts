// The `revealRange` command behind hover links and tree items: opens the document if needed, selects the span and
// scrolls it into view.
import * as vscode from 'vscode';
import { COMMAND } from './command-ids';

export async function revealRange(uri: string | vscode.Uri, start: number, end: number): Promise<void> {
  const target = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return;
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.toString()) ?? (await vscode.workspace.openTextDocument(target));
  const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
  const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
  const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn, preserveFocus: false, selection: range });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

export function registerReveal(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand(COMMAND.revealRange, revealRange));
}
