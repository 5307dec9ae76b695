// Hover cards on a quote, a cue, a mention or an outlet name: who the source is, registry facts for outlets, every
// quote and claim attributed to that source as links that jump to it, and a link to the source in the Sources tree.
// Only our own navigation commands are trusted in the Markdown.
import * as vscode from 'vscode';
import type { Analysis, OutletFacts, Quote, Source } from '../core';
import type { AnalysisCache } from './analysis-cache';
import { ANALYSABLE_SELECTOR } from './analysis-cache';
import { claimsOf, excerpt, hitAt, quotesOf } from './analysis-query';
import { COMMAND, commandLink } from './command-ids';
import { kindLabel, quoteKindLabel } from './labels';

const TRUSTED_COMMANDS = [COMMAND.revealRange, COMMAND.revealSource];
const MAX_LISTED = 12;

/** Backslash-escapes Markdown punctuation so article text shows as written. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~$]/g, '\\$&');
}

function outletLines(facts: Pick<OutletFacts, 'type' | 'country' | 'homepage'>): string {
  const parts = [facts.type, facts.country].filter(Boolean).map(escapeMarkdown);
  // A plain link the user may follow; the extension itself fetches nothing.
  if (facts.homepage && /^https?:\/\//i.test(facts.homepage)) parts.push(`[${escapeMarkdown(facts.homepage.replace(/^https?:\/\//i, ''))}](${facts.homepage})`);
  return parts.join(' · ');
}

export function hoverMarkdown(document: vscode.TextDocument, analysis: Analysis, offset: number, outletFacts: (key: string) => OutletFacts | undefined): vscode.MarkdownString | undefined {
  const hit = hitAt(analysis, offset);
  if (!hit) return undefined;
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: TRUSTED_COMMANDS };
  const uri = document.uri.toString();
  const line = (at: number) => document.positionAt(at).line + 1;
  const jump = (start: number, end: number, label: string) => `[${escapeMarkdown(label)}](${commandLink(COMMAND.revealRange, [uri, start, end])})`;

  if (hit.kind === 'quote') {
    const kind = quoteKindLabel(hit.quote.kind);
    md.appendMarkdown(
      hit.source
        ? `$(quote) ${escapeMarkdown(vscode.l10n.t('{0}, attributed to', kind))} **${escapeMarkdown(hit.source.name)}**\n\n`
        : `$(question) ${escapeMarkdown(vscode.l10n.t('{0} with no source found in the article', kind))}\n\n`,
    );
  } else if (hit.kind === 'cue') {
    md.appendMarkdown(`$(megaphone) ${escapeMarkdown(vscode.l10n.t('Attribution cue “{0}”', hit.attribution.cue.text))}\n\n`);
  }

  const source: Source | undefined = hit.source;
  if (!source) {
    if (hit.kind === 'outlet') {
      const facts = outletFacts(hit.outlet.outletKey);
      md.appendMarkdown(`$(radio-tower) **${escapeMarkdown(facts?.name ?? hit.outlet.text)}** — ${escapeMarkdown(vscode.l10n.t('outlet named, nothing attributed to it'))}\n\n`);
      if (facts) md.appendMarkdown(`${outletLines(facts)}\n\n`);
    }
    return md;
  }

  const title = [`**${escapeMarkdown(source.name)}**`, escapeMarkdown(kindLabel(source.kind))];
  if (source.descriptor) title.push(`*${escapeMarkdown(source.descriptor)}*`);
  md.appendMarkdown(`${title.join(' · ')}\n\n`);
  const facts = source.outlet ?? (hit.kind === 'outlet' ? outletFacts(hit.outlet.outletKey) : undefined);
  if (facts) md.appendMarkdown(`$(radio-tower) ${outletLines(facts)}\n\n`);

  const quotes: Quote[] = quotesOf(analysis, source);
  if (quotes.length) {
    md.appendMarkdown(`${escapeMarkdown(vscode.l10n.t('Quotes ({0})', quotes.length))}\n\n`);
    for (const q of quotes.slice(0, MAX_LISTED)) md.appendMarkdown(`- ${jump(q.start, q.end, `“${excerpt(q.text, 90)}”`)} ${escapeMarkdown(vscode.l10n.t('line {0}', line(q.start)))}\n`);
    if (quotes.length > MAX_LISTED) md.appendMarkdown(`- ${escapeMarkdown(vscode.l10n.t('and {0} more', quotes.length - MAX_LISTED))}\n`);
    md.appendMarkdown('\n');
  }
  const claims = claimsOf(analysis, source);
  if (claims.length) {
    md.appendMarkdown(`${escapeMarkdown(vscode.l10n.t('Claims ({0})', claims.length))}\n\n`);
    for (const a of claims.slice(0, MAX_LISTED)) {
      const content = a.content as { start: number; end: number };
      const text = document.getText(new vscode.Range(document.positionAt(content.start), document.positionAt(content.end)));
      md.appendMarkdown(`- ${jump(content.start, content.end, excerpt(text, 90))} ${escapeMarkdown(vscode.l10n.t('line {0}', line(content.start)))}\n`);
    }
    if (claims.length > MAX_LISTED) md.appendMarkdown(`- ${escapeMarkdown(vscode.l10n.t('and {0} more', claims.length - MAX_LISTED))}\n`);
    md.appendMarkdown('\n');
  }
  md.appendMarkdown(`[$(list-tree) ${escapeMarkdown(vscode.l10n.t('Show in Sources'))}](${commandLink(COMMAND.revealSource, [uri, source.id])})`);
  return md;
}

export function registerHover(context: vscode.ExtensionContext, cache: AnalysisCache): void {
  context.subscriptions.push(
    vscode.languages.registerHoverProvider(ANALYSABLE_SELECTOR, {
      provideHover(document, position) {
        const analysis = cache.get(document);
        if (!analysis) return undefined;
        const offset = document.offsetAt(position);
        const contents = hoverMarkdown(document, analysis, offset, (key) => {
          const outlet = cache.registry.current().get(key);
          return outlet && { key: outlet.key, name: outlet.name, type: outlet.type, country: outlet.country, homepage: outlet.homepage, aliases: outlet.aliases };
        });
        if (!contents) return undefined;
        const span = hitAt(analysis, offset)?.span;
        return new vscode.Hover(contents, span && new vscode.Range(document.positionAt(span.start), document.positionAt(span.end)));
      },
    }),
  );
}
