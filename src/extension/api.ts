// The small API that `activate` returns, for the host tests (and for other extensions that want the analysis).
// Plain data out: offsets are UTF-16 string offsets in the document (end exclusive), the same as the engine's model,
// so a test can compare them with the gold file; URIs are strings.
import type * as vscode from 'vscode';
import type { Analysis, RegistryError } from '../core';

/** The highlight kinds, one decoration type each. */
export type DecorationKind = 'directQuote' | 'partialQuote' | 'scareQuote' | 'cue' | 'mention' | 'outlet';
export const DECORATION_KINDS: readonly DecorationKind[] = ['directQuote', 'partialQuote', 'scareQuote', 'cue', 'mention', 'outlet'];

export interface OffsetRange {
  start: number;
  end: number;
}

/** Why a document is or is not analysed. */
export type AnalysisStatus = 'analysed' | 'language-off' | 'excluded' | 'too-large' | 'export';

/** Top-level groups of the Sources tree. */
export type TreeGroup = 'person' | 'organization' | 'outlet' | 'anonymous' | 'unattributed';
export const TREE_GROUPS: readonly TreeGroup[] = ['person', 'organization', 'outlet', 'anonymous', 'unattributed'];

/** Order of the sources inside a group: first appearance in the article, or most quotes and claims first. */
export type TreeSort = 'appearance' | 'count';

export interface TreeItemSnapshot {
  /** Stable within one tree; pass it to `tree.children`. */
  id: string;
  label: string;
  description?: string;
  tooltip?: string;
  contextValue?: string;
  /** ThemeIcon id ("person", "organization", "quote", ...). */
  icon?: string;
  collapsible: boolean;
  /** The command a click runs (arguments are plain data: the document URI as a string and offsets). */
  command?: { command: string; arguments: unknown[] };
  /** The span a click selects and reveals, when the item is a quote or a claim. */
  range?: OffsetRange;
}

export interface RegistrySnapshot {
  outlets: { key: string; name: string; type: string; country: string; homepage?: string; aliases: string[] }[];
  /** Workspace registry files that were read (URIs as strings). */
  files: string[];
  /** Errors from settings and files; `source` is "settings" or the file's URI. */
  errors: RegistryError[];
}

export interface SourceAnnotatorApi {
  /** The analysis of the document's current version (computed now if a debounced one is pending), as the editor shows
   * it: without what is below `sourceAnnotator.minimumConfidence`. Undefined when the document is not analysed (see
   * `analysisStatus`). Every feature has been updated when the promise resolves. */
  analysisFor(document: vscode.TextDocument): Promise<Analysis | undefined>;
  analysisStatus(document: vscode.TextDocument): AnalysisStatus;
  /** Ranges currently applied per highlight kind in that editor (empty arrays when highlights are off). */
  decorationsFor(editor: vscode.TextEditor): Record<DecorationKind, OffsetRange[]>;
  tree: {
    /** Top-level items for the active editor's article. */
    roots(): Promise<TreeItemSnapshot[]>;
    /** Children of an item from `roots` or `children`; [] for an unknown id. */
    children(id: string): Promise<TreeItemSnapshot[]>;
    /** Items selected in the view (the cursor in a quote selects its item when the view is visible). */
    selection(): TreeItemSnapshot[];
    visible(): boolean;
    /** The line above the tree that says what it leaves out (a kind filter, a minimum confidence), if any. */
    message(): string | undefined;
  };
  setTreeSort(sort: TreeSort): void;
  /** Show only these groups; undefined shows all. */
  setTreeFilter(groups: readonly TreeGroup[] | undefined): void;
  /** The status bar item's text, undefined when it is hidden. */
  statusBarText(): string | undefined;
  /** The outlets in use (built-in, settings and workspace files), after pending loads have finished. */
  registry(): Promise<RegistrySnapshot>;
  /** Reads settings and workspace registry files again and re-analyses open documents. */
  reloadRegistry(): Promise<RegistrySnapshot>;
}
