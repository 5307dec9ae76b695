// A large document (about 1 MB: the worked example many times over) stays responsive: figures are printed, not
// asserted against a clock (team standard). What is asserted: it is analysed, highlights follow the visible part
// after scrolling, and a size over sourceAnnotator.maxDocumentSize is politely not analysed.
import * as vscode from 'vscode';
import * as assert from '../assert';
import { hostSuite } from '../define';
import { api, eventually, now, report, setSetting, workspaceFile, WORKED_EXAMPLE } from '../util';

hostSuite('large document', () => {
  let big: string;
  let editor: vscode.TextEditor;

  suiteSetup(async () => {
    const one = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile(WORKED_EXAMPLE)));
    const copies = Math.ceil(1_000_000 / (one.length + 2));
    big = Array.from({ length: copies }, () => one).join('\n\n');
    console.log(`      a ${(big.length / 1e6).toFixed(2)} MB article (${copies} copies of the worked example)`);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('it is analysed; timings of the first analysis printed', async () => {
    const a = await api();
    const t0 = now();
    const document = await vscode.workspace.openTextDocument({ language: 'article', content: big });
    editor = await vscode.window.showTextDocument(document);
    report('open and show', now() - t0);
    const analysis = (await a.analysisFor(editor.document))!;
    report('open → first analysis settled (every feature updated)', now() - t0);
    assert.equal(a.analysisStatus(editor.document), 'analysed');
    assert.ok(analysis.quotes.length > 1000, `${analysis.quotes.length} quotes`);
    const d = a.decorationsFor(editor);
    const applied = Object.values(d).reduce((n, r) => n + r.length, 0);
    console.log(`      ${analysis.quotes.length} quotes, ${analysis.sources.length} sources; decorations applied now: ${applied}`);
  });

  test('typing in the middle: per-keystroke and settle times printed', async () => {
    const a = await api();
    const middle = editor.document.positionAt(Math.floor(big.length / 2));
    const keystrokes: number[] = [];
    let at = middle;
    for (const ch of 'Typing here. ') {
      const t0 = now();
      await editor.edit((e) => e.insert(at, ch), { undoStopBefore: false, undoStopAfter: false });
      keystrokes.push(now() - t0);
      at = at.translate(0, 1);
    }
    const t1 = now();
    await a.analysisFor(editor.document);
    report('settle after the last keystroke', now() - t1);
    keystrokes.sort((x, y) => x - y);
    report(`keystroke (edit applied), median of ${keystrokes.length}`, keystrokes[Math.floor(keystrokes.length / 2)]);
    report('keystroke, slowest', keystrokes[keystrokes.length - 1]);
    const t2 = now();
    await vscode.commands.executeCommand('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(editor.document.getText().indexOf('Zelenskyy') + 2));
    report('hover', now() - t2);
  });

  test('highlights follow scrolling to the end of the document', async () => {
    const a = await api();
    const end = editor.document.positionAt(editor.document.getText().length - 10);
    const t0 = now();
    editor.revealRange(new vscode.Range(end, end), vscode.TextEditorRevealType.InCenter);
    const endOffset = editor.document.getText().length - 4100;
    await eventually(() => a.decorationsFor(editor).directQuote.some((r) => r.start > endOffset), 'quote highlights near the end after scrolling');
    report('scroll to the end → highlights there', now() - t0);
  });

  test('over sourceAnnotator.maxDocumentSize it is not analysed', async () => {
    const a = await api();
    const restore = await setSetting('maxDocumentSize', 100_000);
    try {
      await eventually(() => a.analysisStatus(editor.document) === 'too-large', 'status too-large');
      assert.equal(await a.analysisFor(editor.document), undefined);
    } finally {
      await restore();
    }
    await eventually(() => a.analysisStatus(editor.document) === 'analysed', 'analysed again');
  });
});
