// Entry for the desktop extension host (Node), bundled by scripts/build.mjs --tests to dist/test/desktop/suites.js and
// run by @vscode/test-cli (`npm run test:desktop`, see .vscode-test.mjs), whose own mocha provides the TDD globals.
import './network-guard';
import './all-suites';
