// Status bar: "N quotes · M sources" for the active article, or why it is not analysed; a click focuses the tree.
import * as vscode from 'vscode';
import type { AnalysisCache } from './analysis-cache';
import { COMMAND } from './command-ids';
import { quoteCount, sourceCount } from './labels';
import { SECTION } from './settings';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('sourceAnnotator.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];
  private shown = false;

  constructor(private readonly cache: AnalysisCache) {
    this.item.name = vscode.l10n.t('Source Annotator');
    this.item.command = COMMAND.focusTree;
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      cache.onDidChange((document) => {
        if (document === vscode.window.activeTextEditor?.document) this.update();
      }),
    );
    this.update();
  }

  /** The text shown, undefined when hidden (for the test API). */
  get text(): string | undefined {
    return this.shown ? this.item.text : undefined;
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const status = document ? this.cache.status(document) : 'language-off';
    if (!document || (status !== 'analysed' && status !== 'too-large')) return this.hide();
    if (status === 'too-large') {
      this.item.text = vscode.l10n.t('Not analysed: too large');
      this.item.tooltip = vscode.l10n.t('Source Annotator skips documents larger than the "{0}" setting, to keep the editor responsive.', `${SECTION}.maxDocumentSize`);
      this.item.command = { title: vscode.l10n.t('Open Settings'), command: 'workbench.action.openSettings', arguments: [`${SECTION}.maxDocumentSize`] };
      return this.show();
    }
    const analysis = this.cache.peek(document);
    if (!analysis) return; // the debounced analysis will call back; keep the last numbers meanwhile
    this.item.text = `${quoteCount(analysis.quotes.length)} · ${sourceCount(analysis.sources.length)}`;
    this.item.tooltip = vscode.l10n.t('Source Annotator: show the Sources view');
    this.item.command = COMMAND.focusTree;
    this.show();
  }

  private show(): void {
    this.shown = true;
    this.item.show();
  }

  private hide(): void {
    this.shown = false;
    this.item.hide();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

export function registerStatusBar(context: vscode.ExtensionContext, cache: AnalysisCache): StatusBar {
  const statusBar = new StatusBar(cache);
  context.subscriptions.push(statusBar);
  return statusBar;
}
