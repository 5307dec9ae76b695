// Hover cards (vscode.executeHoverProvider) on a quote, a cue, an outlet and a pronoun: the source's name and kind,
// outlet facts, the source's quotes as links, and only the extension's own commands in links.
import * as vscode from 'vscode';
import * as assert from '../assert';
import { hostSuite } from '../define';
import { api, gold, hoverText, showWorkspaceFile, WORKED_EXAMPLE } from '../util';

async function hoverAt(editor: vscode.TextEditor, offset: number): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(offset));
  return hoverText(hovers);
}

function commandLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\(command:([\w.]+)/g)].map((m) => m[1]);
}

hostSuite('hover', () => {
  let editor: vscode.TextEditor;

  suiteSetup(async () => {
    editor = await showWorkspaceFile(WORKED_EXAMPLE);
    await (await api()).analysisFor(editor.document);
  });

  test('on a direct quote: the speaker, their descriptor, their quotes as links', async () => {
    const q = (await gold()).quotes[0];
    const text = await hoverAt(editor, q.start + 10);
    console.log(`      hover on Zelenskyy's quote:\n${text.replace(/^/gm, '        │ ')}`);
    assert.match(text, /Volodymyr Zelenskyy/);
    assert.match(text, /Ukrainian President/i);
    assert.ok(commandLinks(text).length > 0, 'links that jump to the quotes');
  });

  test('on the cue "said": the same source', async () => {
    const g = await gold();
    const cue = g.attributions.find((a) => a.source === 'Volodymyr Zelenskyy')!.cue;
    assert.match(await hoverAt(editor, cue.start + 1), /Volodymyr Zelenskyy/);
  });

  test('on an outlet (BBC): its name and registry facts', async () => {
    const bbc = (await gold()).sources.find((s) => s.name === 'BBC')!.mentions[0];
    const text = await hoverAt(editor, bbc.start + 1);
    console.log(`      hover on BBC:\n${text.replace(/^/gm, '        │ ')}`);
    assert.match(text, /BBC/);
    assert.match(text, /outlet|broadcaster|news/i);
  });

  test('on a pronoun ("She"): the person it refers to', async () => {
    const she = (await gold()).sources.find((s) => s.name === 'Natalia Humeniuk')!.mentions.find((m) => m.text === 'She')!;
    assert.match(await hoverAt(editor, she.start + 1), /Natalia Humeniuk/);
  });

  test('links run only the extension\'s own commands', async () => {
    const q = (await gold()).quotes[0];
    const links = commandLinks(await hoverAt(editor, q.start + 10));
    for (const id of links) assert.match(id, /^sourceAnnotator\./, 'command link');
  });

  test('no hover on plain narration', async () => {
    const text = editor.document.getText();
    const offset = text.indexOf('nuclear facility') + 3;
    assert.equal(await hoverAt(editor, offset), '');
  });
});
