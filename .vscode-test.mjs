// `npm run test:desktop`: the host suites (test/host/, bundled for Node to dist/test/desktop/suites.js by
// `node scripts/build.mjs --tests`) in desktop VS Code, run by @vscode/test-cli / @vscode/test-electron.
// This downloads VS Code from Microsoft's update servers on first use (into .vscode-test/), so it needs the internet
// and is not part of `npm test`; `npm run test:web` runs the same suites in VS Code for the Web with no download.
import { defineConfig } from '@vscode/test-cli';
import { prepareTestWorkspace } from './scripts/vscode-web.mjs';

export default defineConfig({
  label: 'desktop',
  files: 'dist/test/desktop/suites.js',
  version: process.env.VSCODE_VERSION ?? 'stable',
  // the same folder of fixtures the web runner opens, copied fresh to the temp folder
  workspaceFolder: prepareTestWorkspace(),
  launchArgs: ['--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  mocha: {
    ui: 'tdd',
    // no time limits inside tests (team standard): tests print their timings
    timeout: 0,
    color: true,
  },
});
