// Activation: the extension is installed in the host, activates without error, and returns its test API.
import * as vscode from 'vscode';
import * as assert from '../assert';
import { EXTENSION_ID, extension, now, report, showWorkspaceFile, WORKED_EXAMPLE } from '../util';

suite('activation', () => {
  test('the extension is installed in the host under its publisher.name', () => {
    const ext = extension();
    assert.equal(ext.id, EXTENSION_ID);
    const pkg = ext.packageJSON as { name: string; publisher: string; browser?: string; main?: string };
    assert.equal(`${pkg.publisher}.${pkg.name}`, EXTENSION_ID);
    assert.ok(pkg.browser && pkg.main, 'package.json declares both a browser and a main entry');
  });

  test('opening the worked example (plain text) and activating: first activation time printed', async () => {
    const t0 = now();
    const editor = await showWorkspaceFile(WORKED_EXAMPLE);
    assert.equal(editor.document.languageId, 'plaintext');
    const ext = extension();
    await ext.activate();
    report('open + activate on the worked example', now() - t0);
    assert.ok(ext.isActive, 'the extension is active');
  });

  test('a document in the host is the one the runner opened: the fixture text is there', async () => {
    const editor = await showWorkspaceFile(WORKED_EXAMPLE);
    assert.match(editor.document.getText(), /Zelenskyy/);
    assert.ok(vscode.window.activeTextEditor?.document.uri.toString() === editor.document.uri.toString());
  });
});
