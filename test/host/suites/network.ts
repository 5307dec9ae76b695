// No network: the extension makes no request. The runner (scripts/test-web.mjs) logs every request of the page, its
// frames and workers, and fails the run if one goes beyond the local test server. This suite drives the extension
// through its features on the worked example so that any request it made would be in that log, and sends one marked
// request to the local server so the runner can check that its log does see requests from the extension host.
// The guard in ../network-guard.ts also writes down calls that the page's CSP stops before they reach the network.
import * as vscode from 'vscode';
import * as assert from '../assert';
import { hostSuite } from '../define';
import { networkAttempts } from '../network-guard';
import { closeAllEditors, extension, hostKind, showWorkspaceFile, WORKED_EXAMPLE } from '../util';

export const NETWORK_PROBE = 'source-annotator-network-probe';

hostSuite('network', () => {
  test('the extension at work on the worked example (hover, symbols, the commands that need no prompt)', async () => {
    const editor = await showWorkspaceFile(WORKED_EXAMPLE);
    await extension().activate();
    const text = editor.document.getText();
    const at = editor.document.positionAt(text.indexOf('Zelenskyy'));
    await vscode.commands.executeCommand('vscode.executeHoverProvider', editor.document.uri, at);
    await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', editor.document.uri);
    const available = new Set(await vscode.commands.getCommands(true));
    // every command that runs without a prompt (Add outlet and Open registry prompt; commands.ts drives those)
    const contributed = [
      'sourceAnnotator.nextQuote',
      'sourceAnnotator.previousQuote',
      'sourceAnnotator.toggleHighlights',
      'sourceAnnotator.toggleHighlights',
      'sourceAnnotator.refreshTree',
      'sourceAnnotator.sortByCount',
      'sourceAnnotator.sortByAppearance',
      'sourceAnnotator.exportMarkdown',
      'sourceAnnotator.exportCsv',
      'sourceAnnotator.exportJson',
      'sourceAnnotator.sources.focus',
    ].filter((id) => available.has(id));
    for (const id of contributed) {
      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand(id);
    }
    await closeAllEditors();
  });

  test('no network call from the extension host went anywhere but the local test server', () => {
    const local = hostKind() === 'web' ? new URL(extension().extensionUri.toString(true)).origin : undefined;
    const elsewhere = networkAttempts().filter((a) => {
      try {
        return local === undefined || new URL(a.url, local).origin !== local;
      } catch {
        return true;
      }
    });
    console.log(`      network calls seen in the extension host: ${networkAttempts().length}, elsewhere: ${elsewhere.length}`);
    assert.deepEqual(elsewhere, [], 'calls beyond the local server');
  });

  test('a marked request from the extension host reaches the local server (proves the runner sees such requests)', async function () {
    if (hostKind() !== 'web') return this.skip();
    const uri = vscode.Uri.joinPath(extension().extensionUri, 'package.json');
    assert.match(uri.scheme, /^https?$/, 'in the web host the extension is served by the test server');
    const response = await fetch(`${uri.toString(true)}?${NETWORK_PROBE}=1`);
    assert.equal(response.ok, true, `GET ${uri.toString(true)}`);
    const pkg = (await response.json()) as { name: string };
    assert.equal(pkg.name, 'source-annotator');
  });
});
