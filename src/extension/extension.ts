// Entry point for the desktop and the web extension (one code base, no Node API). `activate` only registers
// providers and listeners; the registry is built and documents analysed when first needed.
import * as vscode from 'vscode';
import { DECORATION_KINDS } from './api';
import type { SourceAnnotatorApi } from './api';
import { AnalysisCache } from './analysis-cache';
import { registerCommands } from './commands';
import { Highlighter } from './decorations';
import { registerDiagnostics } from './diagnostics';
import { registerHover } from './hover';
import { RegistryLoader } from './registry-loader';
import { registerReveal } from './reveal';
import { registerSemanticTokens } from './semantic-tokens';
import { registerSourcesTree } from './sources-tree';
import { registerStatusBar } from './status-bar';
import { registerSymbols } from './symbols';

export function activate(context: vscode.ExtensionContext): SourceAnnotatorApi {
  const registry = new RegistryLoader();
  const cache = new AnalysisCache(registry);
  const highlighter = new Highlighter(cache);
  context.subscriptions.push(registry, cache, highlighter);

  registerReveal(context);
  registerHover(context, cache);
  registerDiagnostics(context, cache);
  registerSymbols(context, cache);
  registerSemanticTokens(context, cache);
  registerCommands(context, cache);
  const tree = registerSourcesTree(context, cache);
  const statusBar = registerStatusBar(context, cache);
  cache.start();

  return {
    analysisFor: (document) => cache.settled(document),
    analysisStatus: (document) => cache.status(document),
    decorationsFor: (editor) => highlighter.rangesFor(editor),
    tree: {
      roots: () => tree.snapshotRoots(),
      children: async (id) => tree.snapshotChildren(id),
      selection: () => tree.snapshotSelection(),
      visible: () => tree.view.visible,
      message: () => tree.view.message,
    },
    setTreeSort: (sort) => tree.setSort(sort),
    setTreeFilter: (groups) => tree.setFilter(groups),
    statusBarText: () => statusBar.text,
    registry: () => registry.snapshot(),
    reloadRegistry: async () => {
      await registry.reload();
      return registry.snapshot();
    },
  };
}

export function deactivate(): void {}

// Keeps the list of kinds in the bundle for API users who iterate it.
void DECORATION_KINDS;
