// A document edit updates everything: the analysis, highlights, tree, problems, symbols and status bar follow the
// text as it changes.
import * as vscode from 'vscode';
import * as assert from '../assert';
import { hostSuite } from '../define';
import { api, eventually, untitled } from '../util';

const START = 'Mayor Ada Brandt said: "We will rebuild the bridge."\n';
const ADDED = '\nCouncillor Tom Reyes disagreed. "It is too late," he said.\n\n"Nobody asked us," a resident said.\n';

hostSuite('document edit', () => {
  test('adding paragraphs with quotes: every feature follows', async () => {
    const a = await api();
    const editor = await untitled(START);
    const before = (await a.analysisFor(editor.document))!;
    assert.equal(before.quotes.length, 1);
    const decoBefore = a.decorationsFor(editor);
    const roots = async () => (await a.tree.roots()).map((r) => `${r.label}:${r.description ?? ''}`).join('|');
    const treeBefore = await roots();

    const t0 = performance.now();
    await editor.edit((e) => e.insert(editor.document.positionAt(editor.document.getText().length), ADDED));
    const after = (await a.analysisFor(editor.document))!;
    console.log(`      edit → analysis settled: ${(performance.now() - t0).toFixed(1)} ms`);
    assert.equal(after.quotes.length, 3);
    assert.ok(after.sources.some((s) => /Tom Reyes/.test(s.name)), 'the new speaker');
    assert.ok(after.sources.some((s) => s.kind === 'anonymous'), 'the anonymous resident');

    const quotesHighlighted = () => {
      const d = a.decorationsFor(editor);
      return d.directQuote.length + d.partialQuote.length + d.scareQuote.length;
    };
    assert.equal(decoBefore.directQuote.length + decoBefore.partialQuote.length + decoBefore.scareQuote.length, 1);
    await eventually(() => quotesHighlighted() === 3, 'three quotes highlighted');
    await eventually(async () => (await roots()) !== treeBefore, 'the tree changed');
    assert.match(await roots(), /anonymous/i);
    await eventually(() => /\b3 quotes\b/.test(a.statusBarText() ?? ''), 'status bar says 3 quotes');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    assert.ok(symbols.some((s) => /Tom Reyes/.test(s.name)), 'a symbol for the new speaker');
    assert.ok(
      vscode.languages.getDiagnostics(editor.document.uri).some((d) => d.range.start.line >= 3),
      'problems for the new text (anonymous source)',
    );
  });

  test('deleting the text clears everything', async () => {
    const a = await api();
    const editor = await untitled(START + ADDED);
    await a.analysisFor(editor.document);
    await editor.edit((e) => e.delete(new vscode.Range(editor.document.positionAt(0), editor.document.positionAt(editor.document.getText().length))));
    const analysis = (await a.analysisFor(editor.document))!;
    assert.equal(analysis.quotes.length, 0);
    await eventually(() => Object.values(a.decorationsFor(editor)).every((r) => r.length === 0), 'no decorations');
    await eventually(() => vscode.languages.getDiagnostics(editor.document.uri).length === 0, 'no problems');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
