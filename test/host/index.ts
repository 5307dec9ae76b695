// Mocha entry for the web extension host (bundled by scripts/build.mjs --tests to dist/test/host/index.js, run by
// scripts/test-web.mjs). The suites are listed in all-suites.ts.
//
// mocha 12 is an ES module package; its browser build (mocha/mocha.js) is UMD and, once bundled, replaces this
// bundle's exports with the mocha instance: that is why `module.exports = { run }` comes last (see
// ../shared/notes/real-vscode-host.md). The suites register after `mocha.setup`, which `./setup` does first.
import './network-guard';
import { mocha } from './setup';
import './all-suites';

declare const module: { exports: unknown };

function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed.`)) : resolve()));
  });
}

module.exports = { run };
