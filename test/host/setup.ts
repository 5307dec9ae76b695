// Loads mocha's browser build and sets up the TDD interface (suite/test/suiteSetup...) as globals, before any suite
// file is evaluated: index.ts imports this module first and esbuild keeps import order.
import 'mocha/mocha.js';

interface BrowserMocha {
  setup(options: { ui: 'tdd'; reporter: undefined; timeout: number; color: boolean }): void;
  run(done: (failures: number) => void): unknown;
  grep(re: RegExp): unknown;
}

export const mocha = (globalThis as unknown as { mocha: BrowserMocha }).mocha;
// No time limits inside tests (team standard): the runner has one overall limit and the suites print their timings.
mocha.setup({ ui: 'tdd', reporter: undefined, timeout: 0, color: false });
