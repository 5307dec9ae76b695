// Activation on each language: an `.article` file opens with the `article` language and is analysed; plain text is
// analysed by default, Markdown only once `sourceAnnotator.languages` says so; untitled documents are analysed.
import * as assert from '../assert';
import { hostSuite } from '../define';
import { api, closeAllEditors, eventually, extension, EXTENSION_ID, now, report, setSetting, showWorkspaceFile, untitled, WORKED_EXAMPLE } from '../util';

hostSuite('activation', () => {
  test('the extension is installed in the host under its publisher.name, with both entries', () => {
    const ext = extension();
    assert.equal(ext.id, EXTENSION_ID);
    const pkg = ext.packageJSON as { name: string; publisher: string; browser?: string; main?: string };
    assert.equal(`${pkg.publisher}.${pkg.name}`, EXTENSION_ID);
    assert.ok(pkg.browser && pkg.main, 'package.json declares both a browser and a main entry');
  });

  test('opening an .article file: the `article` language, and the extension activates by itself', async () => {
    const t0 = now();
    const editor = await showWorkspaceFile('harbour-bridge.article');
    assert.equal(editor.document.languageId, 'article');
    await eventually(() => extension().isActive);
    report('open an .article file → extension active', now() - t0);
  });

  test('activation events cover the article language and plain text, and nothing at start-up', () => {
    const events = (extension().packageJSON as { activationEvents?: string[] }).activationEvents ?? [];
    assert.ok(!events.includes('*'), 'no activation at start-up');
    assert.ok(events.includes('onLanguage:plaintext'), `onLanguage:plaintext in ${JSON.stringify(events)}`);
  });

  test('the worked example (plain text) is analysed: open + first analysis time printed', async () => {
    const a = await api();
    const t0 = now();
    const editor = await showWorkspaceFile(WORKED_EXAMPLE);
    assert.equal(editor.document.languageId, 'plaintext');
    const analysis = await a.analysisFor(editor.document);
    report('open the worked example → first analysis settled (every feature updated)', now() - t0);
    assert.equal(a.analysisStatus(editor.document), 'analysed');
    assert.ok(analysis && analysis.quotes.length > 0, 'the worked example has quotes');
  });

  test('an .article file is analysed', async () => {
    const editor = await showWorkspaceFile('harbour-bridge.article');
    const a = await api();
    const analysis = await a.analysisFor(editor.document);
    assert.equal(a.analysisStatus(editor.document), 'analysed');
    assert.ok(analysis && analysis.quotes.length >= 2, `quotes: ${analysis?.quotes.length}`);
  });

  test('untitled documents are analysed (article and plain text)', async () => {
    const a = await api();
    for (const language of ['article', 'plaintext']) {
      const editor = await untitled('"We will rebuild," said Mayor Ada Brandt.', language);
      assert.equal(editor.document.isUntitled, true);
      const analysis = await a.analysisFor(editor.document);
      assert.equal(a.analysisStatus(editor.document), 'analysed', language);
      assert.equal(analysis?.quotes.length, 1, language);
    }
    await closeAllEditors();
  });

  test('Markdown is off by default and on with sourceAnnotator.languages', async () => {
    const a = await api();
    const editor = await showWorkspaceFile('notes.md');
    assert.equal(editor.document.languageId, 'markdown');
    assert.equal(a.analysisStatus(editor.document), 'language-off');
    assert.equal(await a.analysisFor(editor.document), undefined);
    const restore = await setSetting('languages', { plaintext: true, markdown: true });
    try {
      await eventually(() => a.analysisStatus(editor.document) === 'analysed');
      const analysis = await a.analysisFor(editor.document);
      assert.equal(analysis?.quotes.length, 1);
    } finally {
      await restore();
    }
    await eventually(() => a.analysisStatus(editor.document) === 'language-off');
  });

  test('plain text can be switched off with sourceAnnotator.languages', async () => {
    const a = await api();
    const editor = await showWorkspaceFile(WORKED_EXAMPLE);
    const restore = await setSetting('languages', { plaintext: false, markdown: false });
    try {
      await eventually(() => a.analysisStatus(editor.document) === 'language-off');
    } finally {
      await restore();
    }
    await eventually(() => a.analysisStatus(editor.document) === 'analysed');
    await closeAllEditors();
  });
});
