// Highlights: on the worked example each kind is decorated at the gold ranges; the toggle and the per-kind settings
// switch them off and on again.
import * as vscode from 'vscode';
import * as assert from '../assert';
import { hostSuite } from '../define';
import type { DecorationKind } from '../../../src/extension/api';
import { api, covers, eventually, gold, setSetting, showWorkspaceFile, WORKED_EXAMPLE } from '../util';

type Ranges = Record<DecorationKind, { start: number; end: number }[]>;

function near(ranges: { start: number; end: number }[], span: { start: number; end: number }, slack = 1): boolean {
  // quote highlights may or may not include the quotation marks (one character each side)
  return ranges.some((r) => covers(r, span) && r.start >= span.start - slack && r.end <= span.end + slack);
}

function count(r: Ranges): number {
  return Object.values(r).reduce((n, list) => n + list.length, 0);
}

hostSuite('highlights', () => {
  let editor: vscode.TextEditor;
  let ranges: Ranges;

  suiteSetup(async () => {
    editor = await showWorkspaceFile(WORKED_EXAMPLE);
    const a = await api();
    await a.analysisFor(editor.document);
    ranges = a.decorationsFor(editor);
    console.log(`      decorations: ${Object.entries(ranges).map(([k, v]) => `${k} ${v.length}`).join(', ')}`);
  });

  test('every direct quote of the gold file is highlighted as a direct quote', async () => {
    for (const q of (await gold()).quotes.filter((q) => q.kind === 'direct')) {
      assert.ok(near(ranges.directQuote, q), `direct quote at ${q.start}-${q.end} "${q.text.slice(0, 30)}…"`);
    }
  });

  test('partial quotes ("severely degraded") and the scare quote ("retreat") have their own kinds', async () => {
    const g = await gold();
    for (const q of g.quotes.filter((q) => q.kind === 'partial')) assert.ok(near(ranges.partialQuote, q), `partial quote "${q.text}"`);
    const retreat = g.quotes.find((q) => q.text === 'retreat');
    assert.ok(retreat);
    assert.ok(near(ranges.scareQuote, retreat), '"retreat" is highlighted as a scare quote');
    assert.ok(!near(ranges.directQuote, retreat, 0), '"retreat" is not a direct quote');
  });

  test('cues, source mentions and outlets are highlighted where the gold file has them', async () => {
    const g = await gold();
    const said = g.attributions.find((a) => a.source === 'Volodymyr Zelenskyy');
    assert.ok(said);
    assert.ok(ranges.cue.some((r) => covers(r, said.cue)), 'the cue "said" after Zelenskyy');
    const zelenskyy = g.sources.find((s) => s.name === 'Volodymyr Zelenskyy');
    assert.ok(zelenskyy);
    assert.ok(ranges.mention.some((r) => covers(r, zelenskyy.mentions[0])), 'the mention "Volodymyr Zelenskyy"');
    const bbc = g.sources.find((s) => s.name === 'BBC');
    assert.ok(bbc);
    assert.ok(ranges.outlet.some((r) => covers(r, bbc.mentions[0])), 'the outlet "BBC"');
  });

  test('Toggle Highlights switches every kind off and back on', async () => {
    const a = await api();
    const before = count(a.decorationsFor(editor));
    assert.ok(before > 0);
    await vscode.commands.executeCommand('sourceAnnotator.toggleHighlights');
    await eventually(() => count(a.decorationsFor(editor)) === 0, 'no decorations after the toggle');
    await vscode.commands.executeCommand('sourceAnnotator.toggleHighlights');
    await eventually(() => count(a.decorationsFor(editor)) === before, 'decorations back after the second toggle');
  });

  test('one kind switched off by its setting (highlights.cues) goes, the others stay', async () => {
    const a = await api();
    const restore = await setSetting('highlights.cues', false);
    try {
      await eventually(() => a.decorationsFor(editor).cue.length === 0, 'no cue decorations');
      assert.ok(a.decorationsFor(editor).directQuote.length > 0, 'quotes still highlighted');
    } finally {
      await restore();
    }
    await eventually(() => a.decorationsFor(editor).cue.length > 0, 'cue decorations back');
  });
});
