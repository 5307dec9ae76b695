// Commands: each export into a new untitled editor, checked for content; Next/Previous quote; Open outlet registry;
// Add outlet to registry from a selection. (Toggle highlights: see highlights.ts.)
import * as vscode from 'vscode';
import * as assert from '../assert';
import { hostSuite } from '../define';

import { api, closeAllEditors, eventually, gold, showWorkspaceFile, WORKED_EXAMPLE, workspaceFile } from '../util';

/** Run an export command on the worked example and return the new editor it opens. */
async function exportWith(command: string): Promise<vscode.TextDocument> {
  const editor = await showWorkspaceFile(WORKED_EXAMPLE);
  await (await api()).analysisFor(editor.document);
  const before = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
  await vscode.commands.executeCommand(command);
  const created = await eventually(
    () => vscode.workspace.textDocuments.find((d) => d.isUntitled && !before.has(d.uri.toString())),
    `a new untitled document from ${command}`,
  );
  assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), created.uri.toString(), 'the export is shown');
  return created;
}

async function closeWithoutSaving(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

hostSuite('commands', () => {
  test('Export as JSON: every source of the worked example, Zelenskyy with his direct quote', async () => {
    const doc = await exportWith('sourceAnnotator.exportJson');
    assert.equal(doc.languageId, 'json');
    const data = JSON.parse(doc.getText()) as { quotes: number; sources: { name: string; kind: string; items: { type: string; kind: string; text: string }[] }[] };
    const zelenskyy = data.sources.find((s) => s.name === 'Volodymyr Zelenskyy');
    assert.ok(zelenskyy, 'Zelenskyy is in the export');
    assert.equal(zelenskyy.kind, 'person');
    assert.ok(zelenskyy.items.some((i) => i.type === 'quote' && i.kind === 'direct' && i.text.startsWith('From the beginning of September')));
    const analysis = (await (await api()).analysisFor(await vscode.workspace.openTextDocument(workspaceFile(WORKED_EXAMPLE))))!;
    assert.equal(data.sources.length, analysis.sources.length);
    await closeWithoutSaving();
  });

  test('Export as CSV: a header row and a row for Zelenskyy\'s quote', async () => {
    const doc = await exportWith('sourceAnnotator.exportCsv');
    const lines = doc.getText().trim().split(/\r?\n/);
    console.log(`      CSV header: ${lines[0]}`);
    assert.match(lines[0], /source/i);
    assert.ok(lines.length > 5, `${lines.length} lines`);
    assert.ok(lines.some((l) => l.includes('Volodymyr Zelenskyy') && l.includes('From the beginning of September')), 'a row for the quote');
    await closeWithoutSaving();
  });

  test('Export as Markdown: headings per kind and the sources by name', async () => {
    const doc = await exportWith('sourceAnnotator.exportMarkdown');
    assert.equal(doc.languageId, 'markdown');
    const text = doc.getText();
    assert.match(text, /^# /m);
    assert.match(text, /People/);
    for (const name of ['Volodymyr Zelenskyy', 'Philip Breedlove', 'BBC']) assert.ok(text.includes(name), name);
    await closeWithoutSaving();
  });

  test('Next / Previous quote select the quotes in order and wrap around', async () => {
    const editor = await showWorkspaceFile(WORKED_EXAMPLE);
    await (await api()).analysisFor(editor.document);
    const quotes = (await gold()).quotes;
    const start = editor.document.positionAt(0);
    editor.selection = new vscode.Selection(start, start);
    const selected = () => ({ start: editor.document.offsetAt(editor.selection.start), end: editor.document.offsetAt(editor.selection.end) });
    await vscode.commands.executeCommand('sourceAnnotator.nextQuote');
    assert.deepEqual(selected(), { start: quotes[0].start, end: quotes[0].end }, 'first quote');
    await vscode.commands.executeCommand('sourceAnnotator.nextQuote');
    assert.deepEqual(selected(), { start: quotes[1].start, end: quotes[1].end }, 'second quote');
    await vscode.commands.executeCommand('sourceAnnotator.previousQuote');
    assert.deepEqual(selected(), { start: quotes[0].start, end: quotes[0].end }, 'back to the first');
    await vscode.commands.executeCommand('sourceAnnotator.previousQuote');
    const last = quotes[quotes.length - 1];
    assert.deepEqual(selected(), { start: last.start, end: last.end }, 'wraps to the last');
  });

  // The entry it writes has `aliases: []`, and the registry then matches no name for it (src/core/registry: the name
  // is added as an alias only when `aliases` is absent), so the new outlet is never recognised.
  test('Add outlet to registry: the selected name goes into .sources.yaml and is recognised', async () => {
    const a = await api();
    const editor = await showWorkspaceFile('harbour-bridge.article');
    await a.analysisFor(editor.document);
    const text = editor.document.getText();
    // a made-up outlet named in a fresh untitled document, selected as a user would
    const doc = await vscode.workspace.openTextDocument({ language: 'article', content: `${text}\nThe Harbour Ledger reported the vote.\n` });
    const ed = await vscode.window.showTextDocument(doc);
    const at = doc.getText().indexOf('Harbour Ledger');
    ed.selection = new vscode.Selection(doc.positionAt(at), doc.positionAt(at + 'Harbour Ledger'.length));
    const registryFile = workspaceFile('.sources.yaml');
    const running = vscode.commands.executeCommand('sourceAnnotator.addOutlet');
    // name (pre-filled from the selection) → type (first in the list) → country (empty): accept each prompt
    await eventually(async () => {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return (await a.registry()).outlets.some((o) => o.name === 'Harbour Ledger');
    }, 'the outlet in the registry');
    void running;
    const yaml = new TextDecoder().decode(await vscode.workspace.fs.readFile(registryFile));
    assert.match(yaml, /Harbour Ledger/);
    const analysis = (await a.analysisFor(doc))!;
    assert.ok(analysis.outletMentions.some((m) => m.outletKey === 'harbour-ledger'), 'recognised as an outlet in the article');
    await vscode.workspace.fs.delete(registryFile);
    await a.reloadRegistry();
    await closeAllEditors();
  });

  test('Open outlet registry opens the workspace .sources.yaml', async () => {
    const file = workspaceFile('.sources.yaml');
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode('outlets: []\n'));
    await showWorkspaceFile(WORKED_EXAMPLE);
    await vscode.commands.executeCommand('sourceAnnotator.openRegistry');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), file.toString());
    await closeAllEditors();
    await vscode.workspace.fs.delete(file);
    await (await api()).reloadRegistry();
  });
});
