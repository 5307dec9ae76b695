import type { Analysis, DocumentFormat } from './model';
import { OutletRegistry } from './registry';

export interface AnalyzeOptions {
  /** Outlets to recognise; the built-in registry when omitted. */
  registry?: OutletRegistry;
  /** Markdown skips front matter and code blocks and treats Markdown blocks as paragraphs. */
  format?: DocumentFormat;
}

// STUB until the engine lands.
export function analyze(text: string, _options: AnalyzeOptions = {}): Analysis {
  return { length: text.length, paragraphs: [], headings: [], quotes: [], sources: [], attributions: [], outletMentions: [], diagnostics: [] };
}
