// Outline and Go to Symbol: each source with its quotes and claims, and the unattributed quotes, as document symbols.
import * as vscode from 'vscode';
import type { Span } from '../core';
import type { AnalysisCache } from './analysis-cache';
import { ANALYSABLE_SELECTOR } from './analysis-cache';
import { claimsOf, excerpt, quotesOf, unattributedQuotes } from './analysis-query';
import { groupLabel, kindLabel, quoteKindLabel } from './labels';
import { SECTION } from './settings';

const SOURCE_SYMBOL: Record<string, vscode.SymbolKind> = {
  person: vscode.SymbolKind.Object,
  organization: vscode.SymbolKind.Class,
  outlet: vscode.SymbolKind.Module,
  anonymous: vscode.SymbolKind.Variable,
};

export function registerSymbols(context: vscode.ExtensionContext, cache: AnalysisCache): void {
  // VS Code keeps a document's symbols until its text changes: when a setting turns the analysis of a document on
  // or off, or hides what is below a new minimum confidence, registering the provider again is what makes the outline
  // and breadcrumbs ask anew.
  let registration = registerProvider(cache);
  context.subscriptions.push(
    { dispose: () => registration.dispose() },
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (['languages', 'exclude', 'maxDocumentSize', 'minimumConfidence'].some((key) => e.affectsConfiguration(`${SECTION}.${key}`)) || e.affectsConfiguration('files.exclude')) {
        registration.dispose();
        registration = registerProvider(cache);
      }
    }),
  );
}

function registerProvider(cache: AnalysisCache): vscode.Disposable {
  return vscode.languages.registerDocumentSymbolProvider(
      ANALYSABLE_SELECTOR,
      {
        provideDocumentSymbols(document) {
          const analysis = cache.get(document);
          if (!analysis) return [];
          const range = (s: Span) => new vscode.Range(document.positionAt(s.start), document.positionAt(Math.max(s.end, s.start)));
          const quoteSymbol = (q: { start: number; end: number; open: number; close: number; text: string; kind: 'direct' | 'partial' | 'scare' }) => {
            const outer = { start: Math.min(q.open >= 0 ? q.open : q.start, q.start), end: q.close >= 0 ? Math.max(q.close + 1, q.end) : q.end };
            return new vscode.DocumentSymbol(`“${excerpt(q.text, 60) || ' '}”`, quoteKindLabel(q.kind), vscode.SymbolKind.String, range(outer), range(q));
          };
          const symbols: vscode.DocumentSymbol[] = [];
          for (const source of analysis.sources) {
            const children: vscode.DocumentSymbol[] = quotesOf(analysis, source).map(quoteSymbol);
            for (const claim of claimsOf(analysis, source)) {
              const content = claim.content as Span;
              const text = document.getText(range(content));
              children.push(new vscode.DocumentSymbol(excerpt(text, 60) || claim.cue.text, claim.cue.text, vscode.SymbolKind.Event, range(content), range(content)));
            }
            // A parent's range must contain its children and its selection range.
            const spans: Span[] = [...source.mentions, ...children.map((c) => ({ start: document.offsetAt(c.range.start), end: document.offsetAt(c.range.end) }))];
            if (!spans.length) continue;
            const whole = spans.reduce((w, s) => ({ start: Math.min(w.start, s.start), end: Math.max(w.end, s.end) }), spans[0]);
            const selection = source.mentions[0] ?? spans[0];
            const symbol = new vscode.DocumentSymbol(source.name, [kindLabel(source.kind), source.descriptor].filter(Boolean).join(' · '), SOURCE_SYMBOL[source.kind] ?? vscode.SymbolKind.Object, range(whole), range(selection));
            symbol.children = children.sort((a, b) => a.range.start.compareTo(b.range.start));
            symbols.push(symbol);
          }
          const orphans = unattributedQuotes(analysis).map(quoteSymbol);
          if (orphans.length) {
            const whole = new vscode.Range(orphans[0].range.start, orphans[orphans.length - 1].range.end);
            const group = new vscode.DocumentSymbol(groupLabel('unattributed'), '', vscode.SymbolKind.Namespace, whole, orphans[0].selectionRange);
            group.children = orphans;
            symbols.push(group);
          }
          return symbols.sort((a, b) => a.range.start.compareTo(b.range.start));
        },
      },
      { label: 'Source Annotator' },
    );
}
