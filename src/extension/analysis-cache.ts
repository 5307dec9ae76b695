// One analysis per document version, shared by every feature (highlights, hover, tree, problems, symbols, status bar).
// Typing is debounced (setting `sourceAnnotator.debounce`); a provider that needs the current version (hover, symbols)
// gets it at once with `get`. Documents are analysed only when their language is on, they are not excluded, and they
// are not larger than `sourceAnnotator.maxDocumentSize`. Entries go when documents close. What the features get is the
// analysis seen through `sourceAnnotator.minimumConfidence` (confidence-filter.ts); changing that setting re-filters the
// analyses in hand without analysing again.
import * as vscode from 'vscode';
import { Analyzer } from '../core';
import type { Analysis } from '../core';
import type { AnalysisStatus } from './api';
import { withMinimumConfidence } from './confidence-filter';
import type { RegistryLoader } from './registry-loader';
import { SECTION, debounceMs, excludeGlobs, languages, maxDocumentSize, minimumConfidence } from './settings';

/** Languages the extension can analyse; `article` is always on, the others follow `sourceAnnotator.languages`. */
export const ANALYSABLE_LANGUAGES = ['article', 'plaintext', 'markdown'] as const;
export const ANALYSABLE_SELECTOR: vscode.DocumentFilter[] = ANALYSABLE_LANGUAGES.map((language) => ({ language }));

// Schemes of editor-internal documents (output panels, diffs' git side, SCM input, comments) that are never articles.
const IGNORED_SCHEMES = new Set(['output', 'git', 'gitfs', 'vscode-scm', 'comment', 'debug', 'vscode-notebook-cell-output', 'vscode-settings']);

interface Entry {
  version: number;
  status: AnalysisStatus;
  /** The engine's analysis, kept so a new threshold needs no new analysis. */
  analysis: Analysis | undefined;
  /** The analysis without what is below the minimum confidence: what every feature is given. */
  shown: Analysis | undefined;
}

/** Document length in UTF-16 code units without copying its text. */
export function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

export class AnalysisCache implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  /** One incremental analyzer per document: an edit redoes only the paragraphs it touched. */
  private readonly analyzers = new Map<string, Analyzer>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Documents the extension made itself (exports): never analysed. */
  private readonly ownDocuments = new Set<string>();
  private readonly toldTooLarge = new Set<string>();
  private readonly toldFailed = new Set<string>();
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fires when a document's analysis or status changed (new version analysed, settings or registry changed, closed). */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(readonly registry: RegistryLoader) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length && this.isWatched(e.document)) this.schedule(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.evict(document)),
      // A language change closes and reopens the document under the same editor.
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (vscode.window.visibleTextEditors.some((e) => e.document === document)) this.refreshSoon(document);
      }),
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        for (const editor of editors) this.refreshSoon(editor.document);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (
          ['languages', 'exclude', 'maxDocumentSize'].some((key) => e.affectsConfiguration(`${SECTION}.${key}`)) ||
          e.affectsConfiguration('files.exclude')
        ) {
          this.invalidateAll();
        } else if (e.affectsConfiguration(`${SECTION}.minimumConfidence`)) {
          this.refilterAll();
        }
      }),
      registry.onDidChange(() => this.invalidateAll()),
    );
  }

  /** Analyse the documents already on screen (called once the features are registered). */
  start(): void {
    for (const editor of vscode.window.visibleTextEditors) this.refreshSoon(editor.document);
  }

  /** Marks an untitled document the extension created (an export) so it is never analysed. */
  markOwn(document: vscode.TextDocument): void {
    this.evict(document);
    this.ownDocuments.add(document.uri.toString());
  }

  status(document: vscode.TextDocument): AnalysisStatus {
    const entry = this.entries.get(document.uri.toString());
    if (entry && entry.version === document.version) return entry.status;
    return this.computeStatus(document);
  }

  /** The analysis of the current version if it is already computed (never computes: typing stays debounced). */
  peek(document: vscode.TextDocument): Analysis | undefined {
    const entry = this.entries.get(document.uri.toString());
    return entry && entry.version === document.version ? entry.shown : undefined;
  }

  /** The analysis of the document's current version, computed now if needed; undefined when not analysed. */
  get(document: vscode.TextDocument): Analysis | undefined {
    if (document.isClosed) return undefined;
    const key = document.uri.toString();
    const entry = this.entries.get(key);
    if (entry && entry.version === document.version) return entry.shown;
    this.cancelTimer(key);
    const status = this.computeStatus(document);
    let analysis: Analysis | undefined;
    if (status === 'analysed') {
      try {
        const registry = this.registry.current();
        let analyzer = this.analyzers.get(key);
        if (!analyzer || analyzer.registry !== registry) {
          analyzer = new Analyzer(registry);
          this.analyzers.set(key, analyzer);
        }
        analysis = analyzer.analyze(document.getText(), document.languageId === 'markdown' ? 'markdown' : 'plain');
      } catch (cause) {
        // An engine bug must not take the editor down: say so once per document and show nothing.
        if (!this.toldFailed.has(key)) {
          this.toldFailed.add(key);
          const message = cause instanceof Error ? cause.message : String(cause);
          void vscode.window.showErrorMessage(vscode.l10n.t('Source Annotator could not analyse {0}: {1}', displayName(document), message));
        }
      }
    } else if (status === 'too-large') {
      this.tellTooLarge(document);
    }
    const shown = analysis && withMinimumConfidence(analysis, minimumConfidence(document));
    this.entries.set(key, { version: document.version, status, analysis, shown });
    this.changed.fire(document);
    return shown;
  }

  /** Like `get`, after the workspace registry files have been read. */
  async settled(document: vscode.TextDocument): Promise<Analysis | undefined> {
    await this.registry.ready();
    return this.get(document);
  }

  private isWatched(document: vscode.TextDocument): boolean {
    return this.entries.has(document.uri.toString()) || vscode.window.visibleTextEditors.some((e) => e.document === document);
  }

  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.cancelTimer(key);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.get(document);
      }, debounceMs()),
    );
  }

  /** Soon rather than now: opening an editor should paint first. */
  private refreshSoon(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const entry = this.entries.get(key);
    if (entry && entry.version === document.version) return;
    if (this.timers.has(key) || IGNORED_SCHEMES.has(document.uri.scheme)) return;
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.get(document);
      }, 0),
    );
  }

  private cancelTimer(key: string): void {
    const timer = this.timers.get(key);
    if (timer) {
      clearTimeout(timer);
      this.timers.delete(key);
    }
  }

  private invalidateAll(): void {
    const documents = vscode.workspace.textDocuments.filter((d) => this.entries.has(d.uri.toString()));
    this.entries.clear();
    this.analyzers.clear();
    for (const document of documents) this.get(document);
    for (const editor of vscode.window.visibleTextEditors) this.refreshSoon(editor.document);
  }

  /** The threshold changed: filter the analyses in hand again and tell every feature. */
  private refilterAll(): void {
    for (const document of vscode.workspace.textDocuments) {
      const entry = this.entries.get(document.uri.toString());
      if (!entry?.analysis) continue;
      entry.shown = withMinimumConfidence(entry.analysis, minimumConfidence(document));
      this.changed.fire(document);
    }
  }

  private evict(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.cancelTimer(key);
    this.analyzers.delete(key);
    this.toldFailed.delete(key);
    // Untitled URIs are reused (Untitled-1 again after it closes): an export's mark must not outlive it.
    this.ownDocuments.delete(key);
    if (this.entries.delete(key)) this.changed.fire(document);
  }

  private computeStatus(document: vscode.TextDocument): AnalysisStatus {
    const key = document.uri.toString();
    if (this.ownDocuments.has(key)) return 'export';
    if (IGNORED_SCHEMES.has(document.uri.scheme)) return 'language-off';
    const language = document.languageId;
    const on = languages(document);
    if (!(language === 'article' || (language === 'plaintext' && on.plaintext) || (language === 'markdown' && on.markdown))) return 'language-off';
    if (!document.isUntitled && isExcluded(document)) return 'excluded';
    if (documentLength(document) > maxDocumentSize(document)) return 'too-large';
    return 'analysed';
  }

  private tellTooLarge(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (this.toldTooLarge.has(key)) return;
    this.toldTooLarge.add(key);
    const openSettings = vscode.l10n.t('Change the Limit');
    void vscode.window
      .showInformationMessage(
        vscode.l10n.t(
          'Source Annotator does not analyse {0}: it has {1} characters, more than the {2} set in "{3}", to keep the editor responsive.',
          displayName(document),
          documentLength(document).toLocaleString(),
          maxDocumentSize(document).toLocaleString(),
          `${SECTION}.maxDocumentSize`,
        ),
        openSettings,
      )
      .then((choice) => {
        if (choice === openSettings) void vscode.commands.executeCommand('workbench.action.openSettings', `${SECTION}.maxDocumentSize`);
      });
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.entries.clear();
    for (const d of this.disposables) d.dispose();
  }
}

export function displayName(document: vscode.TextDocument): string {
  const path = document.uri.path;
  return path.slice(path.lastIndexOf('/') + 1) || document.uri.toString(true);
}

/** `sourceAnnotator.exclude` and `files.exclude`, matched the way VS Code matches them: relative to the document's
 * workspace folder, or against the whole path for a document outside any folder. */
function isExcluded(document: vscode.TextDocument): boolean {
  const globs = excludeGlobs(document);
  if (!globs.length) return false;
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  return globs.some((glob) => {
    const pattern = folder ? new vscode.RelativePattern(folder, glob) : glob.startsWith('**/') || glob.startsWith('/') ? glob : `**/${glob}`;
    return vscode.languages.match({ pattern }, document) > 0;
  });
}
