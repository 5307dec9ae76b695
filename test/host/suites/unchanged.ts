// The extension never changes the article: after every feature and command has run on the worked example, the
// document's version and text are what they were, and it is not dirty.
import * as vscode from 'vscode';
import * as assert from '../assert';
import { hostSuite } from '../define';
import { api, closeAllEditors, gold, showWorkspaceFile, WORKED_EXAMPLE } from '../util';

hostSuite('article unchanged', () => {
  test('version and text unchanged after every feature and command', async () => {
    const editor = await showWorkspaceFile(WORKED_EXAMPLE);
    const document = editor.document;
    const version = document.version;
    const text = document.getText();
    const a = await api();
    await a.analysisFor(document);
    const q = (await gold()).quotes[0];
    await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, document.positionAt(q.start + 3));
    await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', document.uri);
    await vscode.commands.executeCommand('vscode.provideDocumentSemanticTokens', document.uri);
    vscode.languages.getDiagnostics(document.uri);
    a.decorationsFor(editor);
    a.statusBarText();
    for (const root of await a.tree.roots()) for (const child of await a.tree.children(root.id)) await a.tree.children(child.id);
    a.setTreeSort('count');
    a.setTreeSort('appearance');
    a.setTreeFilter(['person']);
    a.setTreeFilter(undefined);
    await a.reloadRegistry();
    const commands = [
      'sourceAnnotator.nextQuote',
      'sourceAnnotator.previousQuote',
      'sourceAnnotator.toggleHighlights',
      'sourceAnnotator.toggleHighlights',
      'sourceAnnotator.refreshTree',
      'sourceAnnotator.exportMarkdown',
      'sourceAnnotator.exportCsv',
      'sourceAnnotator.exportJson',
    ];
    const available = new Set(await vscode.commands.getCommands(true));
    for (const id of commands) {
      if (!available.has(id)) continue;
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand(id);
    }
    assert.equal(document.version, version, 'version');
    assert.equal(document.getText(), text, 'text');
    assert.equal(document.isDirty, false, 'not dirty');
    await closeAllEditors();
  });
});
