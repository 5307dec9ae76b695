// Problems: the engine's diagnostics (unclosed or unbalanced marks, unattributed direct quotes, anonymous sources),
// each code with its own severity setting, or off.
import * as vscode from 'vscode';
import type { Analysis } from '../core';
import type { AnalysisCache } from './analysis-cache';
import { SECTION, problemSeverity } from './settings';
import type { ProblemSeverity } from './settings';

const SEVERITY: Record<Exclude<ProblemSeverity, 'off'>, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

function toDiagnostics(document: vscode.TextDocument, analysis: Analysis): vscode.Diagnostic[] {
  const result: vscode.Diagnostic[] = [];
  for (const d of analysis.diagnostics) {
    const severity = problemSeverity(d.code, document);
    if (severity === 'off') continue;
    const end = Math.max(d.end, d.start + 1);
    const diagnostic = new vscode.Diagnostic(new vscode.Range(document.positionAt(d.start), document.positionAt(end)), d.message, SEVERITY[severity]);
    diagnostic.source = 'Source Annotator';
    diagnostic.code = d.code;
    result.push(diagnostic);
  }
  return result;
}

export function registerDiagnostics(context: vscode.ExtensionContext, cache: AnalysisCache): void {
  const collection = vscode.languages.createDiagnosticCollection('sourceAnnotator');
  const update = (document: vscode.TextDocument) => {
    const analysis = cache.peek(document);
    if (analysis) collection.set(document.uri, toDiagnostics(document, analysis));
    else if (document.isClosed || cache.status(document) !== 'analysed') collection.delete(document.uri);
    // else: a new version is pending; the current problems stay until it is analysed
  };
  context.subscriptions.push(
    collection,
    cache.onDidChange(update),
    vscode.workspace.onDidCloseTextDocument((document) => collection.delete(document.uri)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${SECTION}.problems`)) for (const document of vscode.workspace.textDocuments) update(document);
    }),
  );
}
