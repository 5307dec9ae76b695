// The suites use mocha's TDD globals (suite, test, suiteSetup, ...), set up by setup.ts in the web host and by
// @vscode/test-cli on the desktop. tsconfig.web.json lists no global types, so name mocha's here.
/// <reference types="mocha" />
