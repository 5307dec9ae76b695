// Entry for the desktop extension host (Node), bundled by scripts/build.mjs --tests to dist/test/desktop/suites.js and
// run by @vscode/test-cli (`npm run test:desktop`, see .vscode-test.mjs), whose own mocha provides the TDD globals
// and takes --grep. TEST_PENDING=1 also runs the suites that await a feature.
import './network-guard';
import './all-suites';
import { registerSuites } from './define';

const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};
registerSuites({ includePending: env.TEST_PENDING === '1' });
