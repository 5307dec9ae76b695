// The outlet registry in use: built-in outlets, the `sourceAnnotator.outlets` setting, and workspace registry files
// (`.sources.yaml` at each folder's root and `sourceAnnotator.registryFiles`). Files are read with
// `vscode.workspace.fs`, so this works on vscode.dev and in virtual workspaces; they are watched and reloaded when they
// change. A broken file reports its errors in Problems at the line, and everything else keeps working.
import * as vscode from 'vscode';
import { OutletRegistry, parseRegistry } from '../core';
import { outletsFromJson } from '../core/registry';
import type { Outlet, RegistryError } from '../core';
import type { RegistrySnapshot } from './api';
import { SECTION, outletsSetting, registryFiles } from './settings';

export const WORKSPACE_REGISTRY_FILE = '.sources.yaml';

function positionAt(text: string, offset: number): vscode.Position {
  let line = 0;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return new vscode.Position(line, end - lineStart);
}

function errorRange(text: string, error: RegistryError): vscode.Range {
  if (error.end > error.start) return new vscode.Range(positionAt(text, error.start), positionAt(text, error.end));
  const line = Math.max(error.line - 1, 0);
  const column = Math.max(error.column - 1, 0);
  return new vscode.Range(line, column, line, column + 1);
}

function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(path);
}

export class RegistryLoader implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after the registry changed (a file or the setting); documents must be analysed again. */
  readonly onDidChange = this.changed.event;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('sourceAnnotator.registry');
  private readonly disposables: vscode.Disposable[] = [this.changed, this.diagnostics];
  private watchers: vscode.Disposable[] = [];
  private registry: OutletRegistry | undefined;
  private settingsOutlets: Outlet[] = [];
  private fileOutlets: Outlet[] = [];
  private files: string[] = [];
  private errors: RegistryError[] = [];
  private loading: Promise<void> | undefined;
  private reloadTimer: ReturnType<typeof setTimeout> | undefined;
  private lastSettingsWarning = '';
  /** Each load's number: a slow older load never overwrites a newer one. */
  private generation = 0;

  constructor() {
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${SECTION}.outlets`) || e.affectsConfiguration(`${SECTION}.registryFiles`)) this.scheduleReload();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.scheduleReload()),
    );
  }

  /** The registry to analyse with now. Built on first use (nothing at activation); workspace files arrive later
   * through `onDidChange`. */
  current(): OutletRegistry {
    if (!this.registry) {
      this.readSettings();
      this.rebuild();
      this.loading ??= this.loadFiles();
    }
    return this.registry as OutletRegistry;
  }

  /** Resolves when the workspace files have been read. */
  async ready(): Promise<void> {
    this.current();
    await this.loading;
  }

  async reload(): Promise<void> {
    this.readSettings();
    this.loading = this.loadFiles();
    await this.loading;
  }

  async snapshot(): Promise<RegistrySnapshot> {
    await this.ready();
    const registry = this.current();
    return {
      outlets: registry.outlets.map((o) => ({ key: o.key, name: o.name, type: o.type, country: o.country, aliases: [...o.aliases], ...(o.homepage ? { homepage: o.homepage } : {}) })),
      files: [...this.files],
      errors: this.errors.map((e) => ({ ...e })),
    };
  }

  /** The workspace registry file of the folder a document belongs to (or the first folder). */
  static workspaceFileFor(uri: vscode.Uri | undefined): vscode.Uri | undefined {
    const folder = (uri && vscode.workspace.getWorkspaceFolder(uri)) ?? vscode.workspace.workspaceFolders?.[0];
    return folder ? vscode.Uri.joinPath(folder.uri, WORKSPACE_REGISTRY_FILE) : undefined;
  }

  private scheduleReload(): void {
    if (!this.registry) return; // never used yet: nothing to refresh
    if (this.reloadTimer) clearTimeout(this.reloadTimer);
    this.reloadTimer = setTimeout(() => {
      this.reloadTimer = undefined;
      void this.reload();
    }, 150);
  }

  private readSettings(): void {
    const { outlets, errors } = outletsFromJson(outletsSetting(), 'settings');
    this.settingsOutlets = outlets;
    this.errors = [...errors, ...this.errors.filter((e) => e.source !== 'settings')];
    const warning = errors.map((e) => e.message).join('; ');
    if (warning && warning !== this.lastSettingsWarning) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Source Annotator: the setting {0} has errors: {1}', `${SECTION}.outlets`, warning));
    }
    this.lastSettingsWarning = warning;
  }

  private rebuild(): void {
    // Later entries override earlier ones with the same key: settings, then workspace files.
    const byKey = new Map<string, Outlet>();
    for (const outlet of [...this.settingsOutlets, ...this.fileOutlets]) byKey.set(outlet.key, outlet);
    this.registry = OutletRegistry.builtIn().extend([...byKey.values()]);
  }

  private candidateFiles(): { uri: vscode.Uri; required: boolean }[] {
    const result: { uri: vscode.Uri; required: boolean }[] = [];
    const seen = new Set<string>();
    const add = (uri: vscode.Uri, required: boolean) => {
      if (!seen.has(uri.toString())) {
        seen.add(uri.toString());
        result.push({ uri, required });
      }
    };
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      add(vscode.Uri.joinPath(folder.uri, WORKSPACE_REGISTRY_FILE), false);
      for (const path of registryFiles(folder)) add(isAbsolutePath(path) ? vscode.Uri.file(path) : vscode.Uri.joinPath(folder.uri, path), true);
    }
    return result;
  }

  private watch(files: { uri: vscode.Uri }[]): void {
    for (const watcher of this.watchers) watcher.dispose();
    this.watchers = files.map(({ uri }) => {
      const slash = uri.path.lastIndexOf('/');
      const pattern = new vscode.RelativePattern(uri.with({ path: uri.path.slice(0, slash) || '/' }), uri.path.slice(slash + 1));
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      watcher.onDidCreate(() => this.scheduleReload());
      watcher.onDidChange(() => this.scheduleReload());
      watcher.onDidDelete(() => this.scheduleReload());
      return watcher;
    });
  }

  private async loadFiles(): Promise<void> {
    const generation = ++this.generation;
    const candidates = this.candidateFiles();
    this.watch(candidates);
    const decoder = new TextDecoder('utf-8');
    const outlets: Outlet[] = [];
    const files: string[] = [];
    const errors: RegistryError[] = this.errors.filter((e) => e.source === 'settings');
    const fileDiagnostics: [vscode.Uri, vscode.Diagnostic[]][] = [];
    for (const { uri, required } of candidates) {
      let text: string;
      try {
        text = decoder.decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        if (required) {
          const message = vscode.l10n.t('Registry file not found: {0}', uri.toString(true));
          errors.push({ source: uri.toString(), line: 1, column: 1, start: 0, end: 0, message });
          void vscode.window.showWarningMessage(vscode.l10n.t('Source Annotator: {0} (from the setting {1})', message, `${SECTION}.registryFiles`));
        }
        continue;
      }
      files.push(uri.toString());
      try {
        const parsed = parseRegistry(text, uri.toString());
        outlets.push(...parsed.outlets);
        errors.push(...parsed.errors);
        fileDiagnostics.push([
          uri,
          parsed.errors.map((e) => {
            const diagnostic = new vscode.Diagnostic(errorRange(text, e), e.message, vscode.DiagnosticSeverity.Error);
            diagnostic.source = 'Source Annotator';
            return diagnostic;
          }),
        ]);
      } catch (cause) {
        // The parser reports errors as data; this is a last guard so one file can never stop the others.
        const message = cause instanceof Error ? cause.message : String(cause);
        errors.push({ source: uri.toString(), line: 1, column: 1, start: 0, end: 0, message });
        fileDiagnostics.push([uri, [new vscode.Diagnostic(new vscode.Range(0, 0, 0, 1), message, vscode.DiagnosticSeverity.Error)]]);
      }
    }
    if (generation !== this.generation) return;
    this.diagnostics.clear();
    for (const [uri, list] of fileDiagnostics) this.diagnostics.set(uri, list);
    this.fileOutlets = outlets;
    this.files = files;
    this.errors = errors;
    this.rebuild();
    this.changed.fire();
  }

  dispose(): void {
    if (this.reloadTimer) clearTimeout(this.reloadTimer);
    for (const d of [...this.watchers, ...this.disposables]) d.dispose();
  }
}
