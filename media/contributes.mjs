/* global URL */
// Writes the keys of package.json that the editor work owns (contributes, activationEvents, capabilities, icon,
// galleryBanner, repository, homepage, bugs), leaving every other key and the key order as they are.
// Run: node media/contributes.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package.json', import.meta.url);
const pkg = JSON.parse(readFileSync(file, 'utf8'));

const cmd = (command, title, extra = {}) => ({ command, title: `%command.${command.split('.')[1]}%`, category: '%category%', ...extra, _t: title });
const commands = [
  cmd('sourceAnnotator.exportMarkdown', 'Export Sources as Markdown'),
  cmd('sourceAnnotator.exportCsv', 'Export Sources as CSV'),
  cmd('sourceAnnotator.exportJson', 'Export Sources as JSON'),
  cmd('sourceAnnotator.nextQuote', 'Go to Next Quote'),
  cmd('sourceAnnotator.previousQuote', 'Go to Previous Quote'),
  cmd('sourceAnnotator.toggleHighlights', 'Toggle Highlights', { icon: '$(symbol-color)' }),
  cmd('sourceAnnotator.openRegistry', 'Open Outlet Registry', { icon: '$(book)' }),
  cmd('sourceAnnotator.addOutlet', 'Add Outlet to Registry'),
  cmd('sourceAnnotator.refreshTree', 'Refresh', { icon: '$(refresh)' }),
  cmd('sourceAnnotator.sortByAppearance', 'Sort by Order of Appearance', { icon: '$(list-ordered)' }),
  cmd('sourceAnnotator.sortByCount', 'Sort by Number of Quotes and Claims', { icon: '$(list-filter)' }),
  cmd('sourceAnnotator.filterTree', 'Filter by Kind…', { icon: '$(filter)' }),
  cmd('sourceAnnotator.copyItem', 'Copy', { icon: '$(copy)' }),
  cmd('sourceAnnotator.revealRange', 'Reveal in Editor'),
  cmd('sourceAnnotator.revealSource', 'Show in Sources'),
];
const nls = JSON.parse(readFileSync(new URL('../package.nls.json', import.meta.url), 'utf8'));
for (const c of commands) {
  nls[`command.${c.command.split('.')[1]}`] = c._t;
  delete c._t;
}

const articleEditor = 'sourceAnnotator.activeState == analysed';
const bool = (description, def = true) => ({ type: 'boolean', default: def, markdownDescription: description });
const severity = (key, def) => ({
  type: 'string',
  enum: ['error', 'warning', 'information', 'hint', 'off'],
  enumDescriptions: ['%severity.error%', '%severity.warning%', '%severity.information%', '%severity.hint%', '%severity.off%'],
  default: def,
  markdownDescription: `%config.problems.${key}%`,
});

const color = (id, dark, light, hc, hcLight = hc) => ({ id: `sourceAnnotator.${id}`, description: `%color.${id}%`, defaults: { dark, light, highContrast: hc, highContrastLight: hcLight } });

const contributes = {
  languages: [
    {
      id: 'article',
      aliases: ['%language.article%', 'article'],
      extensions: ['.article', '.news'],
      filenamePatterns: ['*.article.txt', '*.news.txt'],
      configuration: './media/language-configuration.json',
      icon: { light: './media/article-file.svg', dark: './media/article-file.svg' },
    },
  ],
  grammars: [{ language: 'article', scopeName: 'text.article', path: './syntaxes/article.tmLanguage.json' }],
  semanticTokenTypes: [
    { id: 'quote', superType: 'string', description: '%semantic.quote%' },
    { id: 'cue', superType: 'keyword', description: '%semantic.cue%' },
    { id: 'source', superType: 'variable', description: '%semantic.source%' },
    { id: 'outlet', superType: 'type', description: '%semantic.outlet%' },
  ],
  semanticTokenModifiers: [
    { id: 'direct', description: '%semantic.direct%' },
    { id: 'partial', description: '%semantic.partial%' },
    { id: 'scare', description: '%semantic.scare%' },
  ],
  semanticTokenScopes: [
    {
      language: 'article',
      scopes: {
        quote: ['string.quoted.double.article'],
        'quote.partial': ['string.quoted.partial.article'],
        'quote.scare': ['string.quoted.scare.article', 'markup.italic.article'],
        cue: ['keyword.other.cue.article'],
        source: ['entity.name.source.article', 'variable.other.source.article'],
        outlet: ['entity.name.type.outlet.article'],
      },
    },
  ],
  colors: [
    color('directQuoteBackground', '#3fb95026', '#2da44e1f', '#00000000', '#00000000'),
    color('partialQuoteBackground', '#39c5cf1f', '#0598bc17', '#00000000', '#00000000'),
    color('scareQuoteUnderline', '#d29922', '#9a6700', '#ffd700', '#7f5a00'),
    color('cueForeground', '#d2a8ff', '#8250df', '#ff79ff', '#6f00a8'),
    color('mentionBackground', '#388bfd1f', '#0969da14', '#00000000', '#00000000'),
    color('mentionBorder', '#388bfd80', '#0969da66', '#6fc3ff', '#0f4a85'),
    color('outletBackground', '#f7816626', '#cf222e14', '#00000000', '#00000000'),
    color('outletBorder', '#f7816680', '#cf222e66', '#ff8f8f', '#b5200d'),
    color('quoteOverviewRuler', '#3fb950b3', '#2da44eb3', '#3fb950', '#1a7f37'),
  ],
  viewsContainers: {
    activitybar: [{ id: 'sourceAnnotator', title: '%viewContainer.title%', icon: 'media/activity-bar.svg' }],
  },
  views: {
    sourceAnnotator: [{ id: 'sourceAnnotator.sources', name: '%view.sources%', icon: 'media/activity-bar.svg', contextualTitle: '%viewContainer.title%' }],
  },
  viewsWelcome: [
    { view: 'sourceAnnotator.sources', contents: '%welcome.noArticle%', when: '!sourceAnnotator.activeState || sourceAnnotator.activeState == none || sourceAnnotator.activeState == language-off || sourceAnnotator.activeState == export' },
    { view: 'sourceAnnotator.sources', contents: '%welcome.empty%', when: 'sourceAnnotator.activeState == analysed && !sourceAnnotator.treeFiltered' },
    { view: 'sourceAnnotator.sources', contents: '%welcome.filtered%', when: 'sourceAnnotator.activeState == analysed && sourceAnnotator.treeFiltered' },
    { view: 'sourceAnnotator.sources', contents: '%welcome.tooLarge%', when: 'sourceAnnotator.activeState == too-large' },
    { view: 'sourceAnnotator.sources', contents: '%welcome.excluded%', when: 'sourceAnnotator.activeState == excluded' },
  ],
  commands,
  menus: {
    'view/title': [
      { command: 'sourceAnnotator.sortByCount', when: 'view == sourceAnnotator.sources && sourceAnnotator.treeSort != count', group: 'navigation@1' },
      { command: 'sourceAnnotator.sortByAppearance', when: 'view == sourceAnnotator.sources && sourceAnnotator.treeSort == count', group: 'navigation@1' },
      { command: 'sourceAnnotator.filterTree', when: 'view == sourceAnnotator.sources', group: 'navigation@2' },
      { command: 'sourceAnnotator.refreshTree', when: 'view == sourceAnnotator.sources', group: 'navigation@3' },
      { command: 'sourceAnnotator.toggleHighlights', when: 'view == sourceAnnotator.sources', group: '1_actions@1' },
      { command: 'sourceAnnotator.exportMarkdown', when: 'view == sourceAnnotator.sources', group: '2_export@1' },
      { command: 'sourceAnnotator.exportCsv', when: 'view == sourceAnnotator.sources', group: '2_export@2' },
      { command: 'sourceAnnotator.exportJson', when: 'view == sourceAnnotator.sources', group: '2_export@3' },
      { command: 'sourceAnnotator.openRegistry', when: 'view == sourceAnnotator.sources', group: '3_registry@1' },
    ],
    'view/item/context': [
      { command: 'sourceAnnotator.copyItem', when: 'view == sourceAnnotator.sources', group: 'inline' },
      { command: 'sourceAnnotator.copyItem', when: 'view == sourceAnnotator.sources', group: '9_cutcopypaste' },
    ],
    'editor/context': [{ command: 'sourceAnnotator.addOutlet', when: `editorHasSelection && ${articleEditor}`, group: '9_sourceAnnotator@1' }],
    commandPalette: [
      { command: 'sourceAnnotator.copyItem', when: 'false' },
      { command: 'sourceAnnotator.revealRange', when: 'false' },
      { command: 'sourceAnnotator.revealSource', when: 'false' },
      { command: 'sourceAnnotator.sortByAppearance', when: 'sourceAnnotator.treeSort == count' },
      { command: 'sourceAnnotator.sortByCount', when: 'sourceAnnotator.treeSort != count' },
      { command: 'sourceAnnotator.nextQuote', when: articleEditor },
      { command: 'sourceAnnotator.previousQuote', when: articleEditor },
    ],
  },
  keybindings: [
    { command: 'sourceAnnotator.nextQuote', key: 'ctrl+alt+]', mac: 'cmd+alt+]', when: `editorTextFocus && ${articleEditor}` },
    { command: 'sourceAnnotator.previousQuote', key: 'ctrl+alt+[', mac: 'cmd+alt+[', when: `editorTextFocus && ${articleEditor}` },
    { command: 'sourceAnnotator.toggleHighlights', key: 'ctrl+alt+h', mac: 'cmd+alt+h', when: `editorTextFocus && ${articleEditor}` },
  ],
  configuration: {
    title: '%config.title%',
    properties: {
      'sourceAnnotator.languages': {
        type: 'object',
        properties: { plaintext: { type: 'boolean', default: true }, markdown: { type: 'boolean', default: false } },
        additionalProperties: false,
        default: { plaintext: true, markdown: false },
        markdownDescription: '%config.languages%',
        order: 1,
      },
      'sourceAnnotator.exclude': { type: 'array', items: { type: 'string' }, default: [], markdownDescription: '%config.exclude%', order: 2 },
      'sourceAnnotator.maxDocumentSize': { type: 'integer', minimum: 1000, default: 2000000, markdownDescription: '%config.maxDocumentSize%', order: 3 },
      'sourceAnnotator.debounce': { type: 'integer', minimum: 0, maximum: 5000, default: 300, markdownDescription: '%config.debounce%', order: 4 },
      'sourceAnnotator.highlights.enabled': { ...bool('%config.highlights.enabled%'), order: 10 },
      'sourceAnnotator.highlights.directQuotes': { ...bool('%config.highlights.directQuotes%'), order: 11 },
      'sourceAnnotator.highlights.partialQuotes': { ...bool('%config.highlights.partialQuotes%'), order: 12 },
      'sourceAnnotator.highlights.scareQuotes': { ...bool('%config.highlights.scareQuotes%'), order: 13 },
      'sourceAnnotator.highlights.cues': { ...bool('%config.highlights.cues%'), order: 14 },
      'sourceAnnotator.highlights.mentions': { ...bool('%config.highlights.mentions%'), order: 15 },
      'sourceAnnotator.highlights.outlets': { ...bool('%config.highlights.outlets%'), order: 16 },
      'sourceAnnotator.problems.unclosedQuote': { ...severity('unclosedQuote', 'warning'), order: 20 },
      'sourceAnnotator.problems.unbalancedQuote': { ...severity('unbalancedQuote', 'warning'), order: 21 },
      'sourceAnnotator.problems.unattributedQuote': { ...severity('unattributedQuote', 'information'), order: 22 },
      'sourceAnnotator.problems.anonymousSource': { ...severity('anonymousSource', 'information'), order: 23 },
      'sourceAnnotator.tree.sortBy': {
        type: 'string',
        enum: ['appearance', 'count'],
        enumDescriptions: ['%config.tree.sortBy.appearance%', '%config.tree.sortBy.count%'],
        default: 'appearance',
        markdownDescription: '%config.tree.sortBy%',
        order: 30,
      },
      'sourceAnnotator.outlets': {
        type: 'array',
        default: [],
        markdownDescription: '%config.outlets%',
        items: {
          type: 'object',
          required: ['name'],
          properties: {
            key: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', description: '%config.outlets.key%' },
            name: { type: 'string', description: '%config.outlets.name%' },
            aliases: { type: 'array', items: { type: 'string' }, description: '%config.outlets.aliases%' },
            type: { type: 'string', examples: ['wire service', 'newspaper', 'broadcaster', 'magazine', 'online', 'state media', 'news agency', 'radio', 'tv'], description: '%config.outlets.type%' },
            country: { type: 'string', description: '%config.outlets.country%' },
            homepage: { type: 'string', format: 'uri', description: '%config.outlets.homepage%' },
          },
        },
        order: 40,
      },
      'sourceAnnotator.registryFiles': { type: 'array', items: { type: 'string' }, default: [], scope: 'resource', markdownDescription: '%config.registryFiles%', order: 41 },
    },
  },
};

const mine = {
  icon: 'media/icon.png',
  galleryBanner: { color: '#1d2433', theme: 'dark' },
  repository: { type: 'git', url: 'https://github.com/source-annotator/source-annotator.git' },
  homepage: 'https://github.com/source-annotator/source-annotator#readme',
  bugs: { url: 'https://github.com/source-annotator/source-annotator/issues' },
  activationEvents: ['onLanguage:article', 'onLanguage:plaintext', 'onLanguage:markdown'],
  capabilities: {
    untrustedWorkspaces: { supported: 'limited', description: '%capabilities.untrusted%', restrictedConfigurations: ['sourceAnnotator.registryFiles'] },
    virtualWorkspaces: true,
  },
  l10n: './l10n',
  contributes,
};
const out = {};
for (const [key, value] of Object.entries(pkg)) {
  if (key in mine) continue;
  out[key] = value;
  if (key === 'browser') Object.assign(out, mine);
}
writeFileSync(file, JSON.stringify(out, null, 2) + '\n');
writeFileSync(new URL('../package.nls.json', import.meta.url), JSON.stringify(nls, null, 2) + '\n');
