// Palette commands (category "Source Annotator"): exports into a new untitled editor, next/previous quote, toggle
// highlights, open the workspace outlet registry, add the selected name to it. Files are only created or changed
// by the two registry commands, and only because the user ran them.
import * as vscode from 'vscode';
import type { AnalysisCache } from './analysis-cache';
import { displayName } from './analysis-cache';
import { COMMAND } from './command-ids';
import { toggleHighlights } from './decorations';
import { formatExport } from './export-format';
import type { ExportFormat } from './export-format';
import { parseRegistry } from '../core';
import { keyFromName } from '../core/registry';
import { RegistryLoader, WORKSPACE_REGISTRY_FILE } from './registry-loader';
import { addOutletEdit } from './registry-edit';
import { OUTLET_TYPES, REGISTRY_TEMPLATE, outletYaml } from './registry-template';
import { SECTION } from './settings';

const EXPORT_LANGUAGE: Record<ExportFormat, string> = { markdown: 'markdown', csv: 'plaintext', json: 'json' };

function analysedEditor(cache: AnalysisCache): { editor: vscode.TextEditor; analysis: NonNullable<ReturnType<AnalysisCache['get']>> } | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open an article first: Source Annotator works on the active editor.'));
    return undefined;
  }
  const analysis = cache.get(editor.document);
  if (!analysis) {
    const status = cache.status(editor.document);
    const why =
      status === 'too-large'
        ? vscode.l10n.t('it is larger than the "{0}" setting', `${SECTION}.maxDocumentSize`)
        : status === 'excluded'
          ? vscode.l10n.t('it matches "{0}" or "files.exclude"', `${SECTION}.exclude`)
          : vscode.l10n.t('its language ({0}) is not analysed; see the "{1}" setting', editor.document.languageId, `${SECTION}.languages`);
    void vscode.window.showInformationMessage(vscode.l10n.t('Source Annotator does not analyse {0}: {1}.', displayName(editor.document), why));
    return undefined;
  }
  return { editor, analysis };
}

async function exportSources(cache: AnalysisCache, format: ExportFormat): Promise<void> {
  const target = analysedEditor(cache);
  if (!target) return;
  const { editor, analysis } = target;
  const content = formatExport(format, analysis, editor.document.getText(), displayName(editor.document));
  const document = await vscode.workspace.openTextDocument({ language: EXPORT_LANGUAGE[format], content });
  cache.markOwn(document);
  await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: false });
}

function goToQuote(cache: AnalysisCache, direction: 1 | -1): void {
  const target = analysedEditor(cache);
  if (!target) return;
  const { editor, analysis } = target;
  const quotes = analysis.quotes.filter((q) => q.end > q.start);
  if (!quotes.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No quotes in {0}.', displayName(editor.document)));
    return;
  }
  const at = editor.document.offsetAt(editor.selection.active);
  const next = direction === 1 ? (quotes.find((q) => q.start > at) ?? quotes[0]) : ([...quotes].reverse().find((q) => q.start < at && !(q.start <= at && at <= q.end)) ?? quotes[quotes.length - 1]);
  const range = new vscode.Range(editor.document.positionAt(next.start), editor.document.positionAt(next.end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

async function openRegistry(): Promise<void> {
  const file = RegistryLoader.workspaceFileFor(vscode.window.activeTextEditor?.document.uri);
  if (!file) {
    // No folder (a single file, vscode.dev without a repository): the personal list lives in settings.
    await vscode.commands.executeCommand('workbench.action.openSettings', `${SECTION}.outlets`);
    return;
  }
  try {
    await vscode.workspace.fs.stat(file);
  } catch {
    const create = vscode.l10n.t('Create {0}', WORKSPACE_REGISTRY_FILE);
    const choice = await vscode.window.showInformationMessage(
      vscode.l10n.t('This workspace has no {0} yet. Create it with a commented template?', WORKSPACE_REGISTRY_FILE),
      create,
    );
    if (choice !== create) return;
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(REGISTRY_TEMPLATE));
  }
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file));
}

async function addOutlet(cache: AnalysisCache): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const selected = editor ? editor.document.getText(editor.selection).replace(/\s+/g, ' ').trim() : '';
  const name = await vscode.window.showInputBox({
    title: vscode.l10n.t('Add Outlet to Registry'),
    prompt: vscode.l10n.t('The outlet\'s name as the press writes it'),
    value: selected,
    validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('A name is required.')),
  });
  if (!name?.trim()) return;
  const type = await vscode.window.showQuickPick(OUTLET_TYPES, { title: vscode.l10n.t('Type of {0}', name.trim()), placeHolder: vscode.l10n.t('Pick the kind of outlet') });
  if (!type) return;
  const country = await vscode.window.showInputBox({
    title: vscode.l10n.t('Country of {0}', name.trim()),
    // English names, as the built-in registry writes them: "the Russian newspaper" finds its outlet by country
    prompt: vscode.l10n.t('Country in English, such as United Kingdom, United States or Ukraine (may be left empty)'),
    validateInput: (v) => (v.trim().length <= 100 ? undefined : vscode.l10n.t('A country name is at most 100 characters.')),
  });
  if (country === undefined) return;
  const outlet = { key: keyFromName(name.trim()), name: name.trim(), aliases: [] as string[], type, country: country.trim() };
  if (!outlet.key) {
    void vscode.window.showErrorMessage(vscode.l10n.t('"{0}" has no letters or digits to make a key from.', name));
    return;
  }

  const file = RegistryLoader.workspaceFileFor(editor?.document.uri);
  if (!file) {
    // No workspace folder: add it to the user's own list in settings instead.
    const config = vscode.workspace.getConfiguration(SECTION);
    const current = config.get<unknown[]>('outlets', []);
    const entry = { key: outlet.key, name: outlet.name, type: outlet.type, ...(outlet.country ? { country: outlet.country } : {}) };
    await config.update('outlets', [...(Array.isArray(current) ? current : []), entry], vscode.ConfigurationTarget.Global);
    void vscode.window.showInformationMessage(vscode.l10n.t('Added {0} to your outlets in the "{1}" setting.', outlet.name, `${SECTION}.outlets`));
    await cache.registry.reload();
    return;
  }
  const edit = new vscode.WorkspaceEdit();
  let existing: vscode.TextDocument | undefined;
  try {
    await vscode.workspace.fs.stat(file);
    existing = await vscode.workspace.openTextDocument(file);
  } catch {
    existing = undefined;
  }
  const wasDirty = existing?.isDirty ?? false;
  if (existing && parseRegistry(existing.getText(), file.toString()).outlets.some((o) => o.key === outlet.key)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('{0} already has an outlet with the key "{1}".', WORKSPACE_REGISTRY_FILE, outlet.key));
    await vscode.window.showTextDocument(existing);
    return;
  }
  if (existing) {
    const change = addOutletEdit(existing.getText(), outlet);
    if (!change) {
      const open = vscode.l10n.t('Open {0}', WORKSPACE_REGISTRY_FILE);
      const choice = await vscode.window.showErrorMessage(
        vscode.l10n.t('{0} could not be read as a registry (see Problems), so {1} was not added. Fix the file and try again.', WORKSPACE_REGISTRY_FILE, outlet.name),
        open,
      );
      if (choice === open) await vscode.window.showTextDocument(existing);
      return;
    }
    edit.replace(file, new vscode.Range(existing.positionAt(change.start), existing.positionAt(change.end)), change.text);
  } else {
    edit.createFile(file, { ignoreIfExists: true });
    const change = addOutletEdit(REGISTRY_TEMPLATE, outlet);
    const text = change ? REGISTRY_TEMPLATE.slice(0, change.start) + change.text + REGISTRY_TEMPLATE.slice(change.end) : `outlets:\n${outletYaml(outlet)}`;
    edit.insert(file, new vscode.Position(0, 0), text);
  }
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not add {0} to {1}.', outlet.name, WORKSPACE_REGISTRY_FILE));
    return;
  }
  const saved = await vscode.workspace.openTextDocument(file);
  // Save what we added, but never someone's unsaved edits of their own.
  if (!wasDirty) await saved.save();
  await cache.registry.reload();
  if (wasDirty) {
    // The registry is read from disk: the user's own unsaved edits decide when it is saved.
    await vscode.window.showTextDocument(saved);
    void vscode.window.showInformationMessage(vscode.l10n.t('Added {0} to {1}, which has unsaved changes of yours: save it to use the new outlet.', outlet.name, WORKSPACE_REGISTRY_FILE));
    return;
  }
  const open = vscode.l10n.t('Open {0}', WORKSPACE_REGISTRY_FILE);
  const choice = await vscode.window.showInformationMessage(vscode.l10n.t('Added {0} ({1}) to {2}.', outlet.name, type, WORKSPACE_REGISTRY_FILE), open);
  if (choice === open) await vscode.window.showTextDocument(saved);
}

export function registerCommands(context: vscode.ExtensionContext, cache: AnalysisCache): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMAND.exportMarkdown, () => exportSources(cache, 'markdown')),
    vscode.commands.registerCommand(COMMAND.exportCsv, () => exportSources(cache, 'csv')),
    vscode.commands.registerCommand(COMMAND.exportJson, () => exportSources(cache, 'json')),
    vscode.commands.registerCommand(COMMAND.nextQuote, () => goToQuote(cache, 1)),
    vscode.commands.registerCommand(COMMAND.previousQuote, () => goToQuote(cache, -1)),
    vscode.commands.registerCommand(COMMAND.toggleHighlights, toggleHighlights),
    vscode.commands.registerCommand(COMMAND.openRegistry, openRegistry),
    vscode.commands.registerCommand(COMMAND.addOutlet, () => addOutlet(cache)),
  );
}
