import * as vscode from 'vscode';

// STUB until the editor work lands.
export function activate(_context: vscode.ExtensionContext): void {}

export function deactivate(): void {}
