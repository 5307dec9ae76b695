// Mocha entry for the web extension host (bundled by scripts/build.mjs --tests to dist/test/host/index.js, run by
// scripts/test-web.mjs). The suites are listed in all-suites.ts and registered by define.ts.
//
// mocha 12 is an ES module package; its browser build (mocha/mocha.js) is UMD and, once bundled, replaces this
// bundle's exports with the mocha instance: that is why `module.exports = { run }` comes last (see
// ../shared/notes/real-vscode-host.md). The suites register after `mocha.setup`, which `./setup` does first.
import * as vscode from 'vscode';
import './network-guard';
import { mocha } from './setup';
import './all-suites';
import { registerSuites } from './define';
import type { RunOptions } from './define';

declare const module: { exports: unknown };

/** The runner writes its options (grep, pending suites) into the workspace it opens; there is no other channel. */
const RUN_OPTIONS_FILE = '.host-test-run.json';

async function readOptions(): Promise<RunOptions> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return {};
  try {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, RUN_OPTIONS_FILE));
    return JSON.parse(new TextDecoder().decode(bytes)) as RunOptions;
  } catch {
    return {};
  }
}

async function run(): Promise<void> {
  const options = await readOptions();
  registerSuites(options);
  if (options.grep) mocha.grep(new RegExp(options.grep));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed.`)) : resolve()));
  });
}

module.exports = { run };
