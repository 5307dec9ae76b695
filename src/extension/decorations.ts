// Highlights: quotes by kind, cues, source mentions and outlet names, coloured with contributed theme colours, with
// overview-ruler marks for quotes. Each kind can be switched off, and all of them toggled with one command. On long
// documents only the visible lines plus a margin are decorated, following scrolling, so big files stay smooth.
import * as vscode from 'vscode';
import type { Analysis, Span } from '../core';
import { DECORATION_KINDS } from './api';
import type { DecorationKind, OffsetRange } from './api';
import type { AnalysisCache } from './analysis-cache';
import { highlightSpans, spansInWindow } from './analysis-query';
import { SECTION, highlightKindEnabled, highlightsEnabled } from './settings';

/** Documents with more lines than this are decorated around the visible ranges only. */
export const LARGE_DOCUMENT_LINES = 1000;
const MARGIN_LINES = 150;
const SCROLL_DELAY_MS = 40;

function color(id: string): vscode.ThemeColor {
  return new vscode.ThemeColor(`sourceAnnotator.${id}`);
}

function quoteRuler(): vscode.DecorationRenderOptions {
  return { overviewRulerColor: color('quoteOverviewRuler'), overviewRulerLane: vscode.OverviewRulerLane.Left };
}

const STYLES: Record<DecorationKind, vscode.DecorationRenderOptions> = {
  directQuote: { backgroundColor: color('directQuoteBackground'), ...quoteRuler() },
  partialQuote: { backgroundColor: color('partialQuoteBackground'), ...quoteRuler() },
  // Scare quotes are not speech: an underline, not a block of colour.
  scareQuote: { borderStyle: 'none none dotted none', borderWidth: '0 0 2px 0', borderColor: color('scareQuoteUnderline'), ...quoteRuler() },
  cue: { color: color('cueForeground'), fontStyle: 'italic' },
  mention: { backgroundColor: color('mentionBackground'), border: '1px solid', borderColor: color('mentionBorder'), borderRadius: '3px' },
  outlet: { backgroundColor: color('outletBackground'), border: '1px solid', borderColor: color('outletBorder'), borderRadius: '3px' },
};

export class Highlighter implements vscode.Disposable {
  private readonly types = new Map<DecorationKind, vscode.TextEditorDecorationType>();
  /** What is applied per editor, for the test API and to skip needless work while scrolling. */
  private readonly applied = new WeakMap<vscode.TextEditor, { window: Span | undefined; ranges: Record<DecorationKind, OffsetRange[]> }>();
  private readonly spansByAnalysis = new WeakMap<Analysis, Record<DecorationKind, Span[]>>();
  private readonly scrollTimers = new Map<vscode.TextEditor, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly cache: AnalysisCache) {
    for (const kind of DECORATION_KINDS) this.types.set(kind, vscode.window.createTextEditorDecorationType(STYLES[kind]));
    this.disposables.push(
      cache.onDidChange((document) => {
        for (const editor of vscode.window.visibleTextEditors) if (editor.document === document) this.apply(editor);
      }),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.apply(e))),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.onScroll(e.textEditor)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${SECTION}.highlights`)) this.applyAll();
      }),
    );
  }

  applyAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.apply(editor);
  }

  /** Ranges applied per kind in that editor (offsets). */
  rangesFor(editor: vscode.TextEditor): Record<DecorationKind, OffsetRange[]> {
    const ranges = this.applied.get(editor)?.ranges;
    return Object.fromEntries(DECORATION_KINDS.map((kind) => [kind, (ranges?.[kind] ?? []).map((r) => ({ ...r }))])) as Record<DecorationKind, OffsetRange[]>;
  }

  private spans(analysis: Analysis): Record<DecorationKind, Span[]> {
    let spans = this.spansByAnalysis.get(analysis);
    if (!spans) {
      spans = highlightSpans(analysis);
      this.spansByAnalysis.set(analysis, spans);
    }
    return spans;
  }

  /** The offsets to decorate: everything, or on a long document the visible lines plus a margin. */
  private windowFor(editor: vscode.TextEditor): Span | undefined {
    const document = editor.document;
    if (document.lineCount <= LARGE_DOCUMENT_LINES || !editor.visibleRanges.length) return undefined;
    const first = Math.min(...editor.visibleRanges.map((r) => r.start.line));
    const last = Math.max(...editor.visibleRanges.map((r) => r.end.line));
    const from = Math.max(first - MARGIN_LINES, 0);
    const to = Math.min(last + MARGIN_LINES, document.lineCount - 1);
    return { start: document.offsetAt(new vscode.Position(from, 0)), end: document.offsetAt(document.lineAt(to).range.end) };
  }

  private apply(editor: vscode.TextEditor): void {
    const document = editor.document;
    const enabled = highlightsEnabled();
    const analysis = this.cache.peek(document);
    // While a debounced analysis is pending, keep what is applied: VS Code moves it along with the edits, whereas
    // stale offsets would land in the wrong place.
    if (enabled && !analysis && this.applied.has(editor) && this.cache.status(document) === 'analysed') return;
    const window = analysis ? this.windowFor(editor) : undefined;
    const spans = analysis && enabled ? this.spans(analysis) : undefined;
    const ranges = {} as Record<DecorationKind, OffsetRange[]>;
    for (const kind of DECORATION_KINDS) {
      const all = spans && highlightKindEnabled(kind) ? spans[kind] : [];
      const shown = window ? spansInWindow(all, window.start, window.end) : all;
      ranges[kind] = shown.map(({ start, end }) => ({ start, end }));
      editor.setDecorations(
        this.types.get(kind) as vscode.TextEditorDecorationType,
        shown.map((s) => new vscode.Range(document.positionAt(s.start), document.positionAt(s.end))),
      );
    }
    this.applied.set(editor, { window, ranges });
  }

  private onScroll(editor: vscode.TextEditor): void {
    const document = editor.document;
    if (document.lineCount <= LARGE_DOCUMENT_LINES || !editor.visibleRanges.length) return;
    const window = this.applied.get(editor)?.window;
    if (window) {
      // Still well inside the decorated window (or at the document's edge): nothing to do.
      const first = document.offsetAt(editor.visibleRanges[0].start);
      const last = document.offsetAt(editor.visibleRanges[editor.visibleRanges.length - 1].end);
      const slack = (window.end - window.start) / 6;
      const roomAbove = window.start === 0 || first - window.start > slack;
      const roomBelow = window.end >= documentEnd(document) || window.end - last > slack;
      if (first >= window.start && last <= window.end && roomAbove && roomBelow) return;
    }
    const timer = this.scrollTimers.get(editor);
    if (timer) clearTimeout(timer);
    this.scrollTimers.set(
      editor,
      setTimeout(() => {
        this.scrollTimers.delete(editor);
        if (this.cache.peek(editor.document)) this.apply(editor);
      }, SCROLL_DELAY_MS),
    );
  }

  dispose(): void {
    for (const timer of this.scrollTimers.values()) clearTimeout(timer);
    for (const type of this.types.values()) type.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

function documentEnd(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

/** Flips `sourceAnnotator.highlights.enabled` where it is set (workspace if set there, else user settings). */
export async function toggleHighlights(): Promise<void> {
  const config = vscode.workspace.getConfiguration(SECTION);
  const inspected = config.inspect<boolean>('highlights.enabled');
  const target = inspected?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await config.update('highlights.enabled', !highlightsEnabled(), target);
}
