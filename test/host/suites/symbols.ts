// Outline and Go to Symbol (vscode.executeDocumentSymbolProvider): sources, with their quotes as children.
import * as vscode from 'vscode';
import * as assert from '../assert';
import { hostSuite } from '../define';
import { api, eventually, gold, setSetting, untitled, WORKED_EXAMPLE, workspaceFile } from '../util';


function symbolsOf(document: vscode.TextDocument): Thenable<vscode.DocumentSymbol[] | undefined> {
  return vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', document.uri);
}

hostSuite('symbols', () => {
  // A fresh untitled copy of the worked example rather than the file: VS Code caches a document's symbols per text
  // version, and earlier suites switch plain text off and on without an edit (see the last test below).
  test('the worked example: a symbol per source, quotes as children at their spans', async () => {
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile(WORKED_EXAMPLE)));
    const editor = await untitled(text, 'plaintext');
    await (await api()).analysisFor(editor.document);
    const symbols = await symbolsOf(editor.document);
    assert.ok(symbols && symbols.length > 0, 'symbols');
    const flat = (list: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] => list.flatMap((s) => [s, ...flat(s.children ?? [])]);
    const all = flat(symbols);
    console.log(`      ${symbols.length} top-level symbols: ${symbols.map((s) => s.name).join(', ')}`);
    const g = await gold();
    for (const name of ['Volodymyr Zelenskyy', 'Natalia Humeniuk', 'Philip Breedlove']) {
      assert.ok(all.some((s) => s.name.includes(name)), `a symbol for ${name}`);
    }
    const zelenskyy = all.find((s) => s.name.includes('Volodymyr Zelenskyy'))!;
    const quote = g.quotes[0];
    const inside = editor.document.positionAt(quote.start + 5);
    assert.ok(
      (zelenskyy.children ?? []).some((c) => c.range.contains(inside)),
      `a child of Zelenskyy's symbol covers his quote: ${JSON.stringify(zelenskyy.children?.map((c) => c.name))}`,
    );
  });

  // VS Code keeps a document's symbols per text version: symbols asked for while plain text is off (the breadcrumbs
  // and Outline do that) stay empty after it is switched on again, until the text changes. Seen in about one full run
  // in eight as an empty Outline for the worked example. The extension needs to make VS Code ask again (for example by
  // re-registering its symbol provider when the set of analysed documents changes).
  test('symbols come back when plain text is switched off and on again, with no edit between', async () => {
    const a = await api();
    const restore = await setSetting('languages', { plaintext: false, markdown: false });
    let editor: vscode.TextEditor;
    try {
      editor = await untitled('"We will rebuild the bridge," said Mayor Ada Brandt.', 'plaintext');
      await eventually(() => a.analysisStatus(editor.document) === 'language-off', 'plain text off');
      assert.equal((await symbolsOf(editor.document))?.length ?? 0, 0, 'no symbols while plain text is off');
    } finally {
      await restore();
    }
    await eventually(() => a.analysisStatus(editor.document) === 'analysed', 'plain text on again');
    await a.analysisFor(editor.document);
    assert.ok((await symbolsOf(editor.document))?.length, 'symbols once plain text is back on');
  });

  test('a document with no quotes or sources has no symbols', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'article', content: 'The river rose two metres overnight.' });
    await vscode.window.showTextDocument(document);
    await (await api()).analysisFor(document);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.equal(symbols?.length ?? 0, 0);
  });
});
