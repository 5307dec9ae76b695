/* global URL, console */
// Writes l10n/bundle.l10n.json, the English source strings that translators start from (bundle.l10n.<locale>.json
// beside it translates them), from every vscode.l10n.t('...') call in src/extension. Run: node l10n/extract.mjs
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const dir = new URL('../src/extension/', import.meta.url);
const messages = {};
for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts')).sort()) {
  const text = readFileSync(new URL(name, dir), 'utf8');
  for (const match of text.matchAll(/vscode\.l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) {
    const message = match[1].replace(/\\'/g, "'").replace(/\\\\/g, '\\');
    messages[message] = message;
  }
}
writeFileSync(new URL('./bundle.l10n.json', import.meta.url), JSON.stringify(messages, null, 2) + '\n');
console.log(`l10n/bundle.l10n.json: ${Object.keys(messages).length} messages`);
