// How the suites register. Each suite file calls `hostSuite(title, body)` when it is loaded; the entry then calls
// `registerSuites(options)`: the web entry after reading the runner's options, the desktop one at once.
// A suite that tests a feature not landed yet passes `{ awaiting: '...' }`: it is registered as skipped with that
// reason in its title (so `npm test` stays green), unless the run asks for pending suites too
// (TEST_WEB_PENDING=1 npm run test:web) to see how far the feature has come.

import { closeAllEditors } from './util';

export interface RunOptions {
  /** Only tests whose full title matches this regular expression. */
  grep?: string;
  /** Also run suites marked as awaiting a feature. */
  includePending?: boolean;
}

interface Definition {
  title: string;
  awaiting?: string;
  body: (this: Mocha.Suite) => void;
}

const definitions: Definition[] = [];
let current: RunOptions = {};

/** What the pending marks say a feature is awaiting, in one place. */
export const ENGINE = 'the analysis engine (src/core/analyze.ts)';

/**
 * A test that needs a feature not landed yet: skipped with the reason in its title, unless the run includes pending
 * tests. Remove the mark (use plain `test`) once it passes.
 */
export function testAwaiting(awaiting: string, title: string, fn: Mocha.Func): void {
  if (current.includePending) test(`${title} (pending: awaiting ${awaiting})`, fn);
  else test.skip(`${title} (skipped: awaiting ${awaiting})`, fn);
}

export function hostSuite(title: string, body: (this: Mocha.Suite) => void): void;
export function hostSuite(title: string, options: { awaiting?: string }, body: (this: Mocha.Suite) => void): void;
export function hostSuite(title: string, a: { awaiting?: string } | ((this: Mocha.Suite) => void), b?: (this: Mocha.Suite) => void): void {
  const body = typeof a === 'function' ? a : (b as (this: Mocha.Suite) => void);
  const awaiting = typeof a === 'function' ? undefined : a.awaiting;
  definitions.push({ title, awaiting, body });
}

export function registerSuites(options: RunOptions): void {
  current = options;
  for (const d of definitions) {
    // each suite leaves no editor open behind it, so the next one starts from the same state
    const body = function (this: Mocha.Suite) {
      suiteTeardown(closeAllEditors);
      d.body.call(this);
    };
    if (d.awaiting && !options.includePending) suite.skip(`${d.title} (skipped: awaiting ${d.awaiting})`, body);
    else suite(d.awaiting ? `${d.title} (pending: awaiting ${d.awaiting})` : d.title, body);
  }
}
