// Problems (vscode.languages.getDiagnostics): unclosed quotes, unattributed direct quotes and anonymous sources, each
// with a severity setting that also turns it off.
import * as vscode from 'vscode';
import * as assert from '../assert';
import { hostSuite } from '../define';
import { api, eventually, gold, setSetting, showWorkspaceFile, spanOf, untitled, WORKED_EXAMPLE } from '../util';

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => /source annotator/i.test(d.source ?? ''));
}

function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

// (the first paragraph names no one: a quote paragraph after a person's paragraph would be theirs)
const SMALL = [
  'The new bridge opened on Monday.',
  '',
  '"This is the best day this town has had in years."',
  '',
  'A council official, who asked not to be named, said the cost had doubled.',
  '',
  'Brandt said: "We will pay for it without new taxes',
].join('\n');

hostSuite('diagnostics', () => {
  test('the worked example: the anonymous spokesperson is reported where the text names them', async () => {
    const editor = await showWorkspaceFile(WORKED_EXAMPLE);
    await (await api()).analysisFor(editor.document);
    const spokesperson = (await gold()).sources.find((s) => s.kind === 'anonymous')!.mentions[0];
    const diags = ours(editor.document.uri);
    console.log(`      worked example: ${diags.map((d) => `${codeOf(d)}@${d.range.start.line + 1}`).join(', ')}`);
    const d = diags.find((d) => codeOf(d) === 'anonymous-source');
    assert.ok(d, 'an anonymous-source diagnostic');
    assert.ok(d.range.contains(editor.document.positionAt(spokesperson.start + 1)), 'at "a spokesperson"');
  });

  test('a small document: unattributed direct quote, anonymous source and unclosed quote, at their lines', async () => {
    const editor = await untitled(SMALL);
    await (await api()).analysisFor(editor.document);
    const diags = ours(editor.document.uri);
    const at = (code: string) => diags.filter((d) => codeOf(d) === code).map((d) => d.range.start.line);
    assert.deepEqual(at('unattributed-quote'), [2], 'unattributed quote on line 3');
    assert.ok(at('anonymous-source').includes(4), 'anonymous source on line 5');
    assert.ok(at('unclosed-quote').includes(6), 'unclosed quote on line 7');
    const unclosed = diags.find((d) => codeOf(d) === 'unclosed-quote')!;
    assert.equal(unclosed.severity, vscode.DiagnosticSeverity.Warning, 'unclosed quotes are warnings by default');
  });

  test('severity settings: error, then off, then back to the default', async () => {
    const editor = await untitled(SMALL);
    const a = await api();
    await a.analysisFor(editor.document);
    const anon = () => ours(editor.document.uri).filter((d) => codeOf(d) === 'anonymous-source');
    const defaultSeverity = anon()[0]?.severity;
    assert.ok(defaultSeverity !== undefined);
    let restore = await setSetting('problems.anonymousSource', 'error');
    await eventually(() => anon().length > 0 && anon().every((d) => d.severity === vscode.DiagnosticSeverity.Error), 'anonymous sources as errors');
    await restore();
    restore = await setSetting('problems.anonymousSource', 'off');
    await eventually(() => anon().length === 0, 'no anonymous-source diagnostics');
    assert.ok(ours(editor.document.uri).some((d) => codeOf(d) === 'unclosed-quote'), 'other problems stay');
    await restore();
    await eventually(() => anon().length > 0 && anon()[0].severity === defaultSeverity, 'back to the default');
  });

  test('closing a document clears its problems', async () => {
    const editor = await untitled(SMALL);
    await (await api()).analysisFor(editor.document);
    const uri = editor.document.uri;
    assert.ok(ours(uri).length > 0);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await eventually(() => ours(uri).length === 0, 'problems of the closed untitled document gone');
    assert.ok(spanOf(SMALL, 'Brandt'));
  });
});
