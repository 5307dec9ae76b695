// Outline and Go to Symbol (vscode.executeDocumentSymbolProvider): sources, with their quotes as children.
import * as vscode from 'vscode';
import * as assert from '../assert';
import { hostSuite } from '../define';
import { api, gold, showWorkspaceFile, WORKED_EXAMPLE } from '../util';

hostSuite('symbols', () => {
  test('the worked example: a symbol per source, quotes as children at their spans', async () => {
    const editor = await showWorkspaceFile(WORKED_EXAMPLE);
    await (await api()).analysisFor(editor.document);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
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

  test('a document with no quotes or sources has no symbols', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'article', content: 'The river rose two metres overnight.' });
    await vscode.window.showTextDocument(document);
    await (await api()).analysisFor(document);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.equal(symbols?.length ?? 0, 0);
  });
});
