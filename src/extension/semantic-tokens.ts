// Semantic tokens for the `article` language, so themes can colour quotes, cues, sources and outlets by the analysis
// (package.json maps each token type to TextMate scopes as a fallback for themes without semantic colouring).
import * as vscode from 'vscode';
import type { AnalysisCache } from './analysis-cache';
import { TOKEN_MODIFIERS, TOKEN_TYPES, semanticSpans } from './semantic-spans';

export const LEGEND = new vscode.SemanticTokensLegend([...TOKEN_TYPES], [...TOKEN_MODIFIERS]);

export function registerSemanticTokens(context: vscode.ExtensionContext, cache: AnalysisCache): void {
  const changed = new vscode.EventEmitter<void>();
  context.subscriptions.push(
    changed,
    cache.onDidChange((document) => {
      if (document.languageId === 'article') changed.fire();
    }),
    vscode.languages.registerDocumentSemanticTokensProvider(
      { language: 'article' },
      {
        onDidChangeSemanticTokens: changed.event,
        provideDocumentSemanticTokens(document) {
          const builder = new vscode.SemanticTokensBuilder(LEGEND);
          const analysis = cache.get(document);
          if (!analysis) return builder.build();
          for (const span of semanticSpans(analysis)) {
            const type = TOKEN_TYPES.indexOf(span.type);
            const modifiers = span.modifier ? 1 << TOKEN_MODIFIERS.indexOf(span.modifier) : 0;
            // Tokens may not cross lines: one per line piece.
            const start = document.positionAt(span.start);
            const end = document.positionAt(span.end);
            for (let line = start.line; line <= end.line; line++) {
              const from = line === start.line ? start.character : 0;
              const to = line === end.line ? end.character : document.lineAt(line).range.end.character;
              if (to > from) builder.push(line, from, to - from, type, modifiers);
            }
          }
          return builder.build();
        },
      },
      LEGEND,
    ),
  );
}
