// sourceAnnotator.minimumConfidence on the worked example: raising it hides the sources and attributions the engine is
// less sure of, live, in every feature (analysis, status bar, highlights, tree, hover, outline, problems), and putting
// it back brings them back. What is low is read from the engine's own figures, not written down here.
import * as vscode from 'vscode';
import type { Analysis, Source } from '../../../src/core';
import * as assert from '../assert';
import { hostSuite } from '../define';
import { api, eventually, hoverText, setSetting, showWorkspaceFile, WORKED_EXAMPLE } from '../util';

const MINIMUM = 0.9;

function symbolNames(document: vscode.TextDocument): Thenable<string[]> {
  const flat = (list: vscode.DocumentSymbol[]): string[] => list.flatMap((s) => [s.name, ...flat(s.children ?? [])]);
  return vscode.commands
    .executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', document.uri)
    .then((symbols) => flat(symbols ?? []));
}

async function hoverAt(document: vscode.TextDocument, offset: number): Promise<string> {
  return hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset)));
}

/** Every label in the Sources tree, two levels down (groups and their sources). */
async function treeLabels(): Promise<{ sources: string[]; unattributed: string[] }> {
  const a = await api();
  const sources: string[] = [];
  let unattributed: string[] = [];
  for (const root of await a.tree.roots()) {
    const children = (await a.tree.children(root.id)).map((c) => c.label);
    if (/unattributed/i.test(root.label)) unattributed = children;
    else sources.push(...children);
  }
  return { sources, unattributed };
}

function problemsAt(document: vscode.TextDocument, code: string): vscode.Range[] {
  return vscode.languages
    .getDiagnostics(document.uri)
    .filter((d) => /source annotator/i.test(d.source ?? '') && String(typeof d.code === 'object' ? d.code.value : d.code) === code)
    .map((d) => d.range);
}

hostSuite('minimum confidence', () => {
  let editor: vscode.TextEditor;
  let all: Analysis;
  /** A person below the minimum, with a direct quote that is itself above it: hidden, and the quote left unattributed. */
  let low: Source;
  let lowQuote: { start: number; end: number };

  suiteSetup(async () => {
    editor = await showWorkspaceFile(WORKED_EXAMPLE);
    const a = await api();
    a.setTreeFilter(undefined);
    all = (await a.analysisFor(editor.document))!;
    const quoted = all.sources.filter(
      (s) => s.kind === 'person' && s.confidence < MINIMUM && all.quotes.some((q) => q.sourceId === s.id && q.kind === 'direct' && q.confidence >= MINIMUM),
    );
    assert.ok(quoted.length > 0, `a person below ${MINIMUM} with a direct quote above it, among ${all.sources.map((s) => `${s.name} ${s.confidence}`).join(', ')}`);
    low = quoted[0];
    lowQuote = all.quotes.find((q) => q.sourceId === low.id && q.kind === 'direct' && q.confidence >= MINIMUM)!;
    console.log(`      below ${MINIMUM}: ${all.sources.filter((s) => s.confidence < MINIMUM).map((s) => `${s.name} (${s.confidence})`).join(', ')}`);
  });

  test('at the default (0) everything is shown', async () => {
    const a = await api();
    assert.ok(all.sources.some((s) => s.id === low.id));
    assert.ok((await treeLabels()).sources.some((l) => l.includes(low.name)), `${low.name} in the tree`);
    assert.match(await hoverAt(editor.document, lowQuote.start + 5), new RegExp(low.name));
    await eventually(() => a.statusBarText()?.includes(`${all.quotes.length} quotes · ${all.sources.length} sources`), 'status bar with every source');
  });

  test(`raised to ${MINIMUM}: what is below disappears everywhere, without a reload; reset, it comes back`, async () => {
    const a = await api();
    const restore = await setSetting('minimumConfidence', MINIMUM);
    try {
      const shown = await eventually(async () => {
        const analysis = (await a.analysisFor(editor.document))!;
        return analysis.sources.length < all.sources.length && analysis;
      }, 'fewer sources in the analysis');
      // the analysis the API gives is the filtered one
      assert.ok(!shown.sources.some((s) => s.id === low.id), `${low.name} is hidden`);
      for (const item of [...shown.sources, ...shown.attributions, ...shown.quotes]) assert.ok(item.confidence >= MINIMUM, `${item.id} (${item.confidence})`);
      assert.equal(shown.quotes.find((q) => q.start === lowQuote.start)?.sourceId, null, `${low.name}'s quote is kept, unattributed`);

      await eventually(() => a.statusBarText()?.includes(`${shown.quotes.length} quotes · ${shown.sources.length} sources`), 'status bar counts what is shown');
      await eventually(() => a.tree.message()?.includes(String(MINIMUM)), 'the Sources view says what it hides');

      const lowCues = all.attributions.filter((x) => x.confidence < MINIMUM).map((x) => x.cue.start);
      assert.ok(lowCues.length > 0, 'some cues are below the minimum');
      await eventually(() => {
        const ranges = a.decorationsFor(editor);
        return !ranges.cue.some((r) => lowCues.includes(r.start)) && !ranges.mention.some((r) => low.mentions.some((m) => m.start === r.start));
      }, 'no highlight on the hidden cues and mentions');

      const tree = await treeLabels();
      assert.ok(!tree.sources.some((l) => l.includes(low.name)), `${low.name} not in the tree: ${tree.sources.join(', ')}`);
      assert.ok(tree.unattributed.length > 0, 'an Unattributed group holds the quotes left with no source');

      const hover = await hoverAt(editor.document, lowQuote.start + 5);
      assert.ok(!hover.includes(low.name), `the hover no longer names ${low.name}: ${hover}`);

      await eventually(async () => !(await symbolNames(editor.document)).some((n) => n.includes(low.name)), `${low.name} not in the outline`);

      const at = editor.document.positionAt(lowQuote.start);
      await eventually(() => problemsAt(editor.document, 'unattributed-quote').some((r) => r.contains(at)), 'the quote left with no source is reported');
    } finally {
      await restore();
    }

    await eventually(async () => (await a.analysisFor(editor.document))!.sources.length === all.sources.length, 'every source back in the analysis');
    await eventually(() => a.statusBarText()?.includes(`${all.quotes.length} quotes · ${all.sources.length} sources`), 'status bar counts everything again');
    await eventually(() => a.tree.message() === undefined, 'the Sources view hides nothing');
    await eventually(async () => (await treeLabels()).sources.some((l) => l.includes(low.name)), `${low.name} back in the tree`);
    await eventually(() => a.decorationsFor(editor).mention.some((r) => r.start === low.mentions[0].start), `${low.name} highlighted again`);
    await eventually(async () => (await symbolNames(editor.document)).some((n) => n.includes(low.name)), `${low.name} back in the outline`);
    assert.match(await hoverAt(editor.document, lowQuote.start + 5), new RegExp(low.name));
    const at = editor.document.positionAt(lowQuote.start);
    await eventually(() => !problemsAt(editor.document, 'unattributed-quote').some((r) => r.contains(at)), 'the quote is attributed again');
  });
});
