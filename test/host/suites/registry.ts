// The outlet registry: built-in outlets, outlets from settings, a workspace .sources.yaml reloaded when it changes,
// and an error in Problems, at the line, for a broken file.
import * as vscode from 'vscode';
import * as assert from '../assert';
import { hostSuite } from '../define';
import { api, closeAllEditors, eventually, setSetting, untitled, workspaceFile } from '../util';

const ARTICLE = 'The vote was close, the Tidewater Courier reported on Monday.';
const registryFile = () => workspaceFile('.sources.yaml');

async function write(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

/** Registry keys of the outlets the analysis finds named in the document (attributed or not). */
async function outletsNamed(doc: vscode.TextDocument): Promise<string[]> {
  const analysis = await (await api()).analysisFor(doc);
  return (analysis?.outletMentions ?? []).map((m) => m.outletKey);
}

hostSuite('registry', () => {
  suiteTeardown(async () => {
    try {
      await vscode.workspace.fs.delete(registryFile());
    } catch {
      // not there
    }
    await (await api()).reloadRegistry();
  });

  test('the built-in registry is there, with facts for each outlet', async () => {
    const snapshot = await (await api()).registry();
    console.log(`      built-in + settings + files: ${snapshot.outlets.length} outlets, ${snapshot.errors.length} errors`);
    assert.ok(snapshot.outlets.length >= 10, `${snapshot.outlets.length} outlets`);
    assert.ok(snapshot.outlets.some((o) => /BBC/.test(o.name)), 'BBC');
    for (const o of snapshot.outlets) assert.ok(o.key && o.name && o.type, JSON.stringify(o));
  });

  test('a workspace .sources.yaml is read when it appears and re-read when it changes', async () => {
    const a = await api();
    const editor = await untitled(ARTICLE);
    assert.ok(!(await outletsNamed(editor.document)).includes('tidewater-courier'), 'unknown before');
    await write(registryFile(), 'outlets:\n  - key: tidewater-courier\n    name: Tidewater Courier\n    type: newspaper\n    country: US\n');
    await eventually(async () => (await a.registry()).outlets.some((o) => o.key === 'tidewater-courier'), 'the file\'s outlet in the registry (file watcher)');
    await eventually(async () => (await outletsNamed(editor.document)).includes('tidewater-courier'), 'the open article re-analysed with it');
    const snapshot = await a.registry();
    assert.ok(snapshot.files.some((f) => f.endsWith('.sources.yaml')), JSON.stringify(snapshot.files));
    await write(registryFile(), 'outlets:\n  - key: tidewater-courier\n    name: Tidewater Courier\n    type: newspaper\n    country: CA\n');
    await eventually(async () => (await a.registry()).outlets.find((o) => o.key === 'tidewater-courier')?.country === 'CA', 'the change read');
  });

  test('a broken file: an error in Problems on that file, at the line', async () => {
    const a = await api();
    await write(registryFile(), 'outlets:\n  - key: ok-outlet\n    name: OK Outlet\n    type: newspaper\n    country: US\n  - key: [broken\n');
    const diags = await eventually(() => {
      const list = vscode.languages.getDiagnostics(registryFile());
      return list.length > 0 && list;
    }, 'a diagnostic on .sources.yaml');
    console.log(`      ${diags.map((d) => `line ${d.range.start.line + 1}: ${d.message}`).join('; ')}`);
    assert.ok(diags.some((d) => d.severity === vscode.DiagnosticSeverity.Error), 'an error');
    assert.ok(diags.some((d) => d.range.start.line >= 5), 'at the broken line (6), not at the top');
    assert.ok((await a.registry()).errors.length > 0, 'the error is in the snapshot');
    await write(registryFile(), 'outlets: []\n');
    await eventually(() => vscode.languages.getDiagnostics(registryFile()).length === 0, 'the error gone once the file is fixed');
  });

  test('outlets from settings (sourceAnnotator.outlets) are recognised with no file', async () => {
    const a = await api();
    const editor = await untitled('Turnout was low, the Quarry Bay Herald said.');
    const restore = await setSetting('outlets', [{ key: 'quarry-bay-herald', name: 'Quarry Bay Herald', type: 'newspaper', country: 'HK' }]);
    try {
      await eventually(async () => (await outletsNamed(editor.document)).includes('quarry-bay-herald'), 'the settings outlet recognised');
    } finally {
      await restore();
    }
    await eventually(async () => !(await a.registry()).outlets.some((o) => o.key === 'quarry-bay-herald'), 'gone when the setting is removed');
    await closeAllEditors();
  });
});
