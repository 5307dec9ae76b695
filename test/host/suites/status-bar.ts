// Status bar: "N quotes · M sources" for the active article, matching the analysis; hidden on other editors.
import * as vscode from 'vscode';
import * as assert from '../assert';
import { hostSuite } from '../define';
import { api, closeAllEditors, eventually, showWorkspaceFile, untitled, WORKED_EXAMPLE } from '../util';

hostSuite('status bar', () => {
  test('the worked example: N quotes · M sources, from its analysis', async () => {
    const editor = await showWorkspaceFile(WORKED_EXAMPLE);
    const a = await api();
    const analysis = (await a.analysisFor(editor.document))!;
    const expected = `${analysis.quotes.length} quotes · ${analysis.sources.length} sources`;
    const text = await eventually(() => a.statusBarText()?.includes(expected) && a.statusBarText(), `status bar "${expected}"`);
    console.log(`      status bar: ${text}`);
    assert.match(text, /\d+ quotes · \d+ sources/);
  });

  test('follows the active editor, and is hidden on a document that is not analysed', async () => {
    const a = await api();
    const small = await untitled('"Yes," she said.');
    await a.analysisFor(small.document);
    await eventually(() => /\b1 quotes?\b/.test(a.statusBarText() ?? ''), 'status bar for the small article');
    await vscode.workspace.openTextDocument({ language: 'json', content: '{"quote": "not an article"}' }).then((d) => vscode.window.showTextDocument(d));
    await eventually(() => a.statusBarText() === undefined, 'status bar hidden on JSON');
    await closeAllEditors();
  });

  test('the command behind a click (the Sources view\'s focus command) shows the tree', async () => {
    const a = await api();
    await showWorkspaceFile(WORKED_EXAMPLE);
    await vscode.commands.executeCommand('sourceAnnotator.sources.focus');
    await eventually(() => a.tree.visible(), 'the Sources view is visible');
  });
});
