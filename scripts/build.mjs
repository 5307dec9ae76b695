// One build for every face of the project, with esbuild:
//   dist/web/extension.js   the extension, desktop and web alike: it uses no Node API, so one CommonJS bundle
//                           built for the browser serves package.json's `main` and `browser` (half the download)
//   dist/cli.js             command line
//   out/test/unit/*.js      unit tests for Node's test runner   (--tests)
//   dist/test/host/*.js     host test suites for the web extension host (--tests, when present)
//   dist/test/desktop/suites.js  the same suites for the desktop extension host (--tests, when present)
// Flags: --watch rebuilds on change, --tests also builds the tests, --production minifies without source maps.
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const args = new Set(process.argv.slice(2));
const watch = args.has('--watch');
const production = args.has('--production') || process.env.NODE_ENV === 'production';
const withTests = args.has('--tests');

const shared = {
  bundle: true,
  target: 'es2022',
  loader: { '.yaml': 'text' },
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

function filesUnder(dir, suffix) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full, suffix) : full.endsWith(suffix) ? [full] : [];
  });
}

const builds = [
  {
    ...shared,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    external: ['vscode'],
    mainFields: ['browser', 'module', 'main'],
  },
  {
    ...shared,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
  },
];

if (withTests) {
  builds.push({
    ...shared,
    sourcemap: 'inline',
    entryPoints: filesUnder('test/unit', '.test.ts'),
    outdir: 'out/test/unit',
    outbase: 'test/unit',
    platform: 'node',
    format: 'cjs',
    // test-only libraries (fast-check, ...) load from node_modules; the code under test is bundled in
    packages: 'external',
  });
  const hostEntries = filesUnder('test/host', '.ts').filter((f) => path.basename(f) === 'index.ts');
  if (hostEntries.length) {
    builds.push({
      ...shared,
      sourcemap: 'inline',
      entryPoints: hostEntries,
      outdir: 'dist/test/host',
      outbase: 'test/host',
      platform: 'browser',
      format: 'cjs',
      external: ['vscode'],
      mainFields: ['browser', 'module', 'main'],
    });
  }
  // the same suites for the desktop extension host (Node), run by @vscode/test-cli, whose mocha provides the globals
  if (existsSync('test/host/desktop.ts')) {
    builds.push({
      ...shared,
      sourcemap: 'inline',
      entryPoints: ['test/host/desktop.ts'],
      outfile: 'dist/test/desktop/suites.js',
      platform: 'node',
      format: 'cjs',
      external: ['vscode'],
    });
  }
}

if (watch) {
  for (const options of builds) {
    const context = await esbuild.context(options);
    await context.watch();
  }
  console.log('watching for changes...');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
