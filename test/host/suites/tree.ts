// The Sources tree: groups by kind, children with counts, quotes as grandchildren with their span; sorting by
// appearance and by count; filtering by kind; a click reveals the span; the cursor in a quote reveals its item.
import * as vscode from 'vscode';
import * as assert from '../assert';
import { hostSuite } from '../define';
import type { TreeItemSnapshot } from '../../../src/extension/api';
import { api, covers, eventually, gold, showWorkspaceFile, WORKED_EXAMPLE } from '../util';

async function find(items: TreeItemSnapshot[], label: RegExp): Promise<TreeItemSnapshot> {
  const item = items.find((i) => label.test(i.label));
  assert.ok(item, `an item ${label} among ${JSON.stringify(items.map((i) => i.label))}`);
  return item;
}

hostSuite('tree', () => {
  let editor: vscode.TextEditor;

  suiteSetup(async () => {
    editor = await showWorkspaceFile(WORKED_EXAMPLE);
    const a = await api();
    await a.analysisFor(editor.document);
    a.setTreeFilter(undefined);
    a.setTreeSort('appearance');
  });

  suiteTeardown(async () => {
    const a = await api();
    a.setTreeFilter(undefined);
    a.setTreeSort('appearance');
  });

  test('top level: the groups of the worked example, each with a count', async () => {
    const roots = await (await api()).tree.roots();
    console.log(`      roots: ${roots.map((r) => `${r.label} (${r.description ?? ''})`).join(', ')}`);
    for (const label of [/people/i, /organi[sz]ations/i, /outlets/i, /anonymous/i]) {
      const item = await find(roots, label);
      assert.ok(item.collapsible, `${item.label} can expand`);
    }
  });

  test('People holds Zelenskyy, whose children are his quote with its span and line', async () => {
    const a = await api();
    const people = await a.tree.children((await find(await a.tree.roots(), /people/i)).id);
    const zelenskyy = await find(people, /Volodymyr Zelenskyy/);
    assert.ok(zelenskyy.description, 'a description (count and descriptor)');
    const children = await a.tree.children(zelenskyy.id);
    const quote = (await gold()).quotes[0];
    const item = children.find((c) => c.range && covers({ start: c.range.start - 1, end: c.range.end + 1 }, quote));
    assert.ok(item, `a child item at the quote ${quote.start}-${quote.end}: ${JSON.stringify(children)}`);
    assert.ok(item.command, 'a click runs a command');
  });

  test('Outlets holds the outlets of the gold file', async () => {
    const a = await api();
    const outlets = await a.tree.children((await find(await a.tree.roots(), /outlets/i)).id);
    for (const name of [/AP News/, /BBC/]) await find(outlets, name);
  });

  test('sorting: by appearance Zelenskyy is the first person; by count the one with most quotes and claims leads', async () => {
    const a = await api();
    const people = async () => a.tree.children((await find(await a.tree.roots(), /people/i)).id);
    a.setTreeSort('appearance');
    assert.match((await people())[0].label, /Zelenskyy/);
    a.setTreeSort('count');
    const analysis = (await a.analysisFor(editor.document))!;
    const persons = analysis.sources.filter((s) => s.kind === 'person');
    const score = (s: (typeof persons)[number]) => new Set([...s.quoteIds, ...s.attributionIds]).size;
    const top = Math.max(...persons.map(score));
    const first = (await people())[0];
    const leader = persons.find((s) => first.label.includes(s.name));
    assert.ok(leader, first.label);
    console.log(`      by count: ${first.label} (${first.description ?? ''})`);
    assert.ok(score(leader) >= top - 1, `${leader.name} leads with ${score(leader)}; the most is ${top}`);
    a.setTreeSort('appearance');
  });

  test('filtering by kind: only Outlets, then all again', async () => {
    const a = await api();
    a.setTreeFilter(['outlet']);
    const roots = await a.tree.roots();
    assert.equal(roots.length, 1, JSON.stringify(roots.map((r) => r.label)));
    assert.match(roots[0].label, /outlets/i);
    a.setTreeFilter(undefined);
    assert.ok((await a.tree.roots()).length >= 4);
  });

  test('a click on a quote item selects and reveals its span in the editor', async () => {
    const a = await api();
    const people = await a.tree.children((await find(await a.tree.roots(), /people/i)).id);
    const breedlove = await find(people, /Breedlove/);
    const item = (await a.tree.children(breedlove.id)).find((c) => c.range && c.command)!;
    assert.ok(item);
    await vscode.commands.executeCommand(item.command!.command, ...item.command!.arguments);
    const active = vscode.window.activeTextEditor!;
    assert.equal(active.document.uri.toString(), editor.document.uri.toString());
    const sel = { start: active.document.offsetAt(active.selection.start), end: active.document.offsetAt(active.selection.end) };
    assert.deepEqual(sel, item.range, 'the selection is the item\'s span');
    const visible = active.visibleRanges.some((r) => r.contains(active.selection.start));
    assert.ok(visible, 'the span is scrolled into view');
  });

  test('the cursor in a quote reveals its item in the visible tree', async () => {
    const a = await api();
    await vscode.commands.executeCommand('sourceAnnotator.sources.focus');
    await eventually(() => a.tree.visible(), 'the Sources view is visible');
    const ed = await vscode.window.showTextDocument(editor.document);
    const q = (await gold()).quotes.find((q) => q.text.startsWith('They didn'))!;
    const pos = ed.document.positionAt(q.start + 5);
    ed.selection = new vscode.Selection(pos, pos);
    const selected = await eventually(() => a.tree.selection().find((s) => s.range && covers({ start: s.range.start - 1, end: s.range.end + 1 }, q)), 'the tree selects the quote under the cursor');
    assert.ok(selected.range);
  });
});
