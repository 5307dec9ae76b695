// The Sources tree, in its own activity-bar container: the active article's sources grouped by kind (People,
// Organizations, Outlets, Anonymous, Unattributed quotes), with counts, icons and tooltips; children are the quotes and
// claims with their line, and a click selects the span. It follows the active editor, updates with the analysis, sorts
// by appearance or count, filters by group, and reveals the quote under the cursor while the view is visible.
// Labels and descriptions carry names and quote text, so the view's own find works on them.
import * as vscode from 'vscode';
import type { Analysis, Attribution, Quote, Source } from '../core';
import { TREE_GROUPS } from './api';
import type { AnalysisStatus, TreeGroup, TreeItemSnapshot, TreeSort } from './api';
import type { AnalysisCache } from './analysis-cache';
import { claimsOf, excerpt, firstAppearance, quoteAt, quotesOf, unattributedQuotes } from './analysis-query';
import { COMMAND, SOURCES_VIEW } from './command-ids';
import { claimCount, groupLabel, kindLabel, quoteCount, quoteKindLabel, sourceCount } from './labels';
import { minimumConfidence, treeSortDefault } from './settings';

type GroupNode = { type: 'group'; id: string; group: TreeGroup; children: Node[] };
type SourceNode = { type: 'source'; id: string; source: Source; parent: GroupNode; children: Node[]; count: number; first: number };
type QuoteNode = { type: 'quote'; id: string; quote: Quote; parent: GroupNode | SourceNode };
type ClaimNode = { type: 'claim'; id: string; attribution: Attribution; content: { start: number; end: number }; parent: SourceNode };
type Node = GroupNode | SourceNode | QuoteNode | ClaimNode;

const GROUP_ICON: Record<TreeGroup, string> = {
  person: 'person',
  organization: 'organization',
  outlet: 'radio-tower',
  anonymous: 'eye-closed',
  unattributed: 'question',
};

export class SourcesTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<Node>;
  private document: vscode.TextDocument | undefined;
  private roots: GroupNode[] = [];
  private readonly byId = new Map<string, Node>();
  private readonly quoteNodes = new Map<Quote, QuoteNode>();
  private builtFor: Analysis | undefined;
  private sort: TreeSort = treeSortDefault();
  private filter: ReadonlySet<TreeGroup> | undefined;
  private cursorTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly cache: AnalysisCache) {
    this.view = vscode.window.createTreeView(SOURCES_VIEW, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        // Focus moving to a panel or a webview leaves the last article in place.
        if (editor) this.follow(editor.document);
      }),
      cache.onDidChange((document) => {
        if (document === this.document) this.rebuild();
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        // The article was closed (not merely hidden behind a panel): show the welcome content again.
        if (document === this.document) {
          this.document = vscode.window.activeTextEditor?.document;
          this.rebuild(true);
        }
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor.document === this.document && this.view.visible) this.revealCursorSoon(e.textEditor);
      }),
      this.view.onDidChangeVisibility((e) => {
        if (e.visible) {
          const editor = vscode.window.activeTextEditor;
          if (editor) this.follow(editor.document);
        }
      }),
    );
    void this.setContext();
    const editor = vscode.window.activeTextEditor;
    if (editor) this.follow(editor.document);
  }

  // ---- state

  setSort(sort: TreeSort): void {
    this.sort = sort;
    void vscode.commands.executeCommand('setContext', 'sourceAnnotator.treeSort', sort);
    this.rebuild(true);
  }

  setFilter(groups: readonly TreeGroup[] | undefined): void {
    this.filter = groups && groups.length < TREE_GROUPS.length ? new Set(groups) : undefined;
    void vscode.commands.executeCommand('setContext', 'sourceAnnotator.treeFiltered', this.filter !== undefined);
    this.rebuild(true);
  }

  get currentFilter(): readonly TreeGroup[] {
    return this.filter ? [...this.filter] : [...TREE_GROUPS];
  }

  refresh(): void {
    if (this.document) this.cache.get(this.document);
    this.rebuild(true);
  }

  private follow(document: vscode.TextDocument): void {
    if (document === this.document) return;
    this.document = document;
    if (this.cache.status(document) === 'analysed' && !this.cache.peek(document)) {
      // Analyse now only if someone is looking; otherwise the cache's own scheduling will tell us.
      if (this.view.visible) this.cache.get(document);
    }
    this.rebuild();
  }

  private status(): AnalysisStatus | 'none' {
    return this.document ? this.cache.status(this.document) : 'none';
  }

  /** The minimum confidence the shown article is filtered by (0: nothing hidden). */
  private minimumConfidence(): number {
    return this.document && this.status() === 'analysed' ? minimumConfidence(this.document) : 0;
  }

  /** Says above the tree what it leaves out, so a short list is not taken for all the article has. */
  private updateMessage(): void {
    const parts: string[] = [];
    if (this.filter) parts.push(vscode.l10n.t('Showing only: {0}', [...this.filter].map(groupLabel).join(', ')));
    const minimum = this.minimumConfidence();
    if (minimum > 0) parts.push(vscode.l10n.t('Hiding what is below confidence {0}', minimum));
    this.view.message = parts.length ? parts.join(' · ') : undefined;
  }

  private async setContext(): Promise<void> {
    this.updateMessage();
    await vscode.commands.executeCommand('setContext', 'sourceAnnotator.confidenceFiltered', this.minimumConfidence() > 0);
    await vscode.commands.executeCommand('setContext', 'sourceAnnotator.activeState', this.status());
    await vscode.commands.executeCommand('setContext', 'sourceAnnotator.treeSort', this.sort);
  }

  private rebuild(force = false): void {
    const analysis = this.document ? this.cache.peek(this.document) : undefined;
    if (!force && analysis && analysis === this.builtFor) return;
    this.builtFor = analysis;
    this.byId.clear();
    this.quoteNodes.clear();
    this.roots = analysis ? this.build(analysis) : [];
    void this.setContext();
    this.changed.fire(undefined);
  }

  // ---- model

  private add<T extends Node>(node: T): T {
    let id = node.id;
    for (let n = 2; this.byId.has(id); n++) id = `${node.id}#${n}`;
    node.id = id;
    this.byId.set(id, node);
    if (node.type === 'quote' && !this.quoteNodes.has(node.quote)) this.quoteNodes.set(node.quote, node);
    return node;
  }

  private build(analysis: Analysis): GroupNode[] {
    const groups: GroupNode[] = [];
    for (const group of TREE_GROUPS) {
      if (this.filter && !this.filter.has(group)) continue;
      const node = this.add<GroupNode>({ type: 'group', id: `group:${group}`, group, children: [] });
      if (group === 'unattributed') {
        node.children = unattributedQuotes(analysis).map((quote) => this.add<QuoteNode>({ type: 'quote', id: `${node.id}/quote:${quote.start}`, quote, parent: node }));
      } else {
        const sources = analysis.sources
          .filter((s) => s.kind === group)
          .map((source) => {
            const sourceNode = this.add<SourceNode>({ type: 'source', id: `source:${source.kind}:${source.name}`, source, parent: node, children: [], count: 0, first: firstAppearance(analysis, source) });
            const quotes = quotesOf(analysis, source).map((quote) => ({ at: quote.start, node: this.add<QuoteNode>({ type: 'quote', id: `${sourceNode.id}/quote:${quote.start}`, quote, parent: sourceNode }) }));
            const claims = claimsOf(analysis, source).map((attribution) => {
              const content = attribution.content as { start: number; end: number };
              return { at: content.start, node: this.add<ClaimNode>({ type: 'claim', id: `${sourceNode.id}/claim:${content.start}`, attribution, content, parent: sourceNode }) };
            });
            sourceNode.children = [...quotes, ...claims].sort((a, b) => a.at - b.at).map((c) => c.node);
            sourceNode.count = sourceNode.children.length;
            return sourceNode;
          });
        sources.sort((a, b) => (this.sort === 'count' ? b.count - a.count : 0) || a.first - b.first);
        node.children = sources;
      }
      if (node.children.length) groups.push(node);
    }
    return groups;
  }

  // ---- TreeDataProvider

  getChildren(element?: Node): Node[] {
    if (!element) return this.roots;
    return element.type === 'group' || element.type === 'source' ? element.children : [];
  }

  getParent(element: Node): Node | undefined {
    return element.type === 'group' ? undefined : element.parent;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const document = this.document;
    const line = (offset: number) => (document ? document.positionAt(offset).line + 1 : 0);
    const reveal = (start: number, end: number): vscode.Command | undefined =>
      document && { command: COMMAND.revealRange, title: vscode.l10n.t('Reveal in Editor'), arguments: [document.uri.toString(), start, end] };
    switch (node.type) {
      case 'group': {
        const item = new vscode.TreeItem(groupLabel(node.group), vscode.TreeItemCollapsibleState.Expanded);
        item.id = node.id;
        item.iconPath = new vscode.ThemeIcon(GROUP_ICON[node.group]);
        item.description = node.group === 'unattributed' ? quoteCount(node.children.length) : sourceCount(node.children.length);
        item.contextValue = 'group';
        item.tooltip = `${groupLabel(node.group)} — ${item.description}`;
        return item;
      }
      case 'source': {
        const { source } = node;
        const item = new vscode.TreeItem(source.name, node.children.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
        item.id = node.id;
        item.iconPath = new vscode.ThemeIcon(GROUP_ICON[source.kind]);
        const quotes = node.children.filter((c) => c.type === 'quote').length;
        const claims = node.children.length - quotes;
        const counts = [quotes ? quoteCount(quotes) : '', claims ? claimCount(claims) : ''].filter(Boolean).join(', ');
        item.description = [source.descriptor, counts].filter(Boolean).join(' · ');
        const tooltip = new vscode.MarkdownString();
        tooltip.appendMarkdown(`**${escape(source.name)}** · ${escape(kindLabel(source.kind))}`);
        if (source.descriptor) tooltip.appendMarkdown(`\n\n*${escape(source.descriptor)}*`);
        if (source.outlet) tooltip.appendMarkdown(`\n\n${escape([source.outlet.type, source.outlet.country, source.outlet.homepage].filter(Boolean).join(' · '))}`);
        if (counts) tooltip.appendMarkdown(`\n\n${escape(counts)}`);
        item.tooltip = tooltip;
        item.contextValue = `source.${source.kind}`;
        const first = source.mentions[0];
        if (first) item.command = reveal(first.start, first.end);
        return item;
      }
      case 'quote': {
        const { quote } = node;
        const item = new vscode.TreeItem(`“${excerpt(quote.text, 100)}”`, vscode.TreeItemCollapsibleState.None);
        item.id = node.id;
        item.iconPath = new vscode.ThemeIcon('quote');
        item.description = quote.kind === 'direct' ? vscode.l10n.t('line {0}', line(quote.start)) : `${vscode.l10n.t('line {0}', line(quote.start))} · ${quoteKindLabel(quote.kind)}`;
        item.tooltip = `${quoteKindLabel(quote.kind)}: “${quote.text}”`;
        item.contextValue = 'quote';
        item.command = reveal(quote.start, quote.end);
        return item;
      }
      case 'claim': {
        const text = document ? document.getText(new vscode.Range(document.positionAt(node.content.start), document.positionAt(node.content.end))) : '';
        const item = new vscode.TreeItem(excerpt(text, 100), vscode.TreeItemCollapsibleState.None);
        item.id = node.id;
        item.iconPath = new vscode.ThemeIcon('comment');
        item.description = `${vscode.l10n.t('line {0}', line(node.content.start))} · ${vscode.l10n.t('claim')} (${node.attribution.cue.text})`;
        item.tooltip = vscode.l10n.t('Claim, cue “{0}”: {1}', node.attribution.cue.text, text);
        item.contextValue = 'claim';
        item.command = reveal(node.content.start, node.content.end);
        return item;
      }
    }
  }

  // ---- editor ↔ tree

  private revealCursorSoon(editor: vscode.TextEditor): void {
    if (this.cursorTimer) clearTimeout(this.cursorTimer);
    this.cursorTimer = setTimeout(() => {
      this.cursorTimer = undefined;
      void this.revealAt(editor.document, editor.document.offsetAt(editor.selection.active));
    }, 120);
  }

  private async revealAt(document: vscode.TextDocument, offset: number): Promise<void> {
    const analysis = this.cache.peek(document);
    if (!analysis || document !== this.document || analysis !== this.builtFor) return;
    const quote = quoteAt(analysis, offset);
    const node = quote && this.quoteNodes.get(quote);
    if (node) await this.view.reveal(node, { select: true, focus: false, expand: true });
  }

  /** Reveals and selects a source of the document (hover link "Show in Sources"). */
  async revealSource(uri: string, sourceId: string): Promise<void> {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    if (!document) return;
    if (document !== this.document) {
      this.document = document;
      this.rebuild(true);
    }
    const analysis = this.cache.get(document);
    if (analysis !== this.builtFor) this.rebuild(true);
    let node = [...this.byId.values()].find((n) => n.type === 'source' && n.source.id === sourceId);
    if (!node && this.filter) {
      this.setFilter(undefined);
      node = [...this.byId.values()].find((n) => n.type === 'source' && n.source.id === sourceId);
    }
    if (node) await this.view.reveal(node, { select: true, focus: true, expand: true });
  }

  // ---- test API and Copy

  textOf(node: Node): string {
    switch (node.type) {
      case 'group':
        return groupLabel(node.group);
      case 'source':
        return node.source.descriptor ? `${node.source.name}, ${node.source.descriptor}` : node.source.name;
      case 'quote': {
        const source = node.parent.type === 'source' ? ` — ${node.parent.source.name}` : '';
        return `“${node.quote.text}”${source}`;
      }
      case 'claim': {
        const d = this.document;
        const text = d ? d.getText(new vscode.Range(d.positionAt(node.content.start), d.positionAt(node.content.end))) : '';
        return `${text} — ${node.parent.source.name}`;
      }
    }
  }

  snapshot(node: Node): TreeItemSnapshot {
    const item = this.getTreeItem(node);
    const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
    const tooltip = typeof item.tooltip === 'string' ? item.tooltip : item.tooltip?.value;
    const range = node.type === 'quote' ? { start: node.quote.start, end: node.quote.end } : node.type === 'claim' ? { ...node.content } : undefined;
    return {
      id: node.id,
      label,
      ...(typeof item.description === 'string' ? { description: item.description } : {}),
      ...(tooltip !== undefined ? { tooltip } : {}),
      ...(item.contextValue ? { contextValue: item.contextValue } : {}),
      ...(item.iconPath instanceof vscode.ThemeIcon ? { icon: item.iconPath.id } : {}),
      collapsible: item.collapsibleState !== undefined && item.collapsibleState !== vscode.TreeItemCollapsibleState.None,
      ...(item.command ? { command: { command: item.command.command, arguments: [...(item.command.arguments ?? [])] } } : {}),
      ...(range ? { range } : {}),
    };
  }

  async snapshotRoots(): Promise<TreeItemSnapshot[]> {
    const editor = vscode.window.activeTextEditor;
    if (editor) this.follow(editor.document);
    if (this.document) await this.cache.settled(this.document);
    this.rebuild();
    return this.roots.map((n) => this.snapshot(n));
  }

  snapshotChildren(id: string): TreeItemSnapshot[] {
    const node = this.byId.get(id);
    return node ? this.getChildren(node).map((n) => this.snapshot(n)) : [];
  }

  snapshotSelection(): TreeItemSnapshot[] {
    return this.view.selection.map((n) => this.snapshot(n));
  }

  dispose(): void {
    if (this.cursorTimer) clearTimeout(this.cursorTimer);
    for (const d of this.disposables) d.dispose();
  }
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~$]/g, '\\$&');
}

export function registerSourcesTree(context: vscode.ExtensionContext, cache: AnalysisCache): SourcesTree {
  const tree = new SourcesTree(cache);
  context.subscriptions.push(
    tree,
    vscode.commands.registerCommand(COMMAND.refreshTree, () => tree.refresh()),
    vscode.commands.registerCommand(COMMAND.sortByAppearance, () => tree.setSort('appearance')),
    vscode.commands.registerCommand(COMMAND.sortByCount, () => tree.setSort('count')),
    vscode.commands.registerCommand(COMMAND.filterTree, async () => {
      const current = new Set(tree.currentFilter);
      const picks = await vscode.window.showQuickPick(
        TREE_GROUPS.map((group) => ({ label: groupLabel(group), group, picked: current.has(group) })),
        { canPickMany: true, title: vscode.l10n.t('Show these groups in Sources'), placeHolder: vscode.l10n.t('Pick the groups to show') },
      );
      if (picks) tree.setFilter(picks.length ? picks.map((p) => p.group) : undefined);
    }),
    vscode.commands.registerCommand(COMMAND.copyItem, async (node?: Node) => {
      const target = node ?? tree.view.selection[0];
      if (target) await vscode.env.clipboard.writeText(tree.textOf(target));
    }),
    vscode.commands.registerCommand(COMMAND.revealSource, (uri: string, sourceId: string) => tree.revealSource(uri, sourceId)),
  );
  return tree;
}
