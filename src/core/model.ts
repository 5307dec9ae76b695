// The analysis model: plain data, UTF-16 offsets (JavaScript string indices, end exclusive), the same in the CLI's
// JSON, in the editor and in tests. Nothing here knows about VS Code.

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

export type QuoteKind = 'direct' | 'partial' | 'scare';
export type SourceKind = 'person' | 'organization' | 'outlet' | 'anonymous';
export type Gender = 'female' | 'male' | 'neuter' | 'plural' | 'unknown';

/** How a mention names its entity. */
export type MentionForm = 'name' | 'surname' | 'pronoun' | 'description' | 'anonymous' | 'outlet';

export interface Paragraph extends Span {
  /** A short line with no closing punctuation. */
  heading: boolean;
}

export interface Quote extends Span {
  id: string;
  /** Text between the marks. */
  text: string;
  /** Offsets of the opening and closing marks (the closing one is -1 when the quote never closes). */
  open: number;
  close: number;
  kind: QuoteKind;
  sourceId: string | null;
  /** The attribution that ties this quote to its source, if any. */
  attributionId: string | null;
  confidence: number;
}

export interface Mention extends TextSpan {
  form: MentionForm;
}

export interface OutletFacts {
  /** Registry key of the outlet. */
  key: string;
  name: string;
  type: string;
  country: string;
  homepage?: string;
  aliases: string[];
}

export interface Source {
  id: string;
  /** Canonical name: the fullest proper name met, or the anonymous phrase ("a spokesperson"). */
  name: string;
  kind: SourceKind;
  /** Role or title met with the name ("regional governor", "the head of ..."). */
  descriptor?: string;
  gender?: Gender;
  /** Registry facts for outlets. */
  outlet?: OutletFacts;
  /** Every mention of this entity in the article, in order, including pronouns that refer to it. */
  mentions: Mention[];
  quoteIds: string[];
  attributionIds: string[];
  confidence: number;
}

export type CueKind = 'speech' | 'phrase' | 'belief' | 'hearsay' | 'colon';

export interface Attribution {
  id: string;
  sourceId: string | null;
  cue: TextSpan;
  cueKind: CueKind;
  /** The mention of the source that this cue goes with (may be a pronoun). */
  mention: Span | null;
  /** What is attributed: a quote or reported speech. */
  content: Span | null;
  confidence: number;
}

export type DiagnosticCode = 'unclosed-quote' | 'unbalanced-quote' | 'unattributed-quote' | 'anonymous-source';

export interface Diagnostic extends Span {
  code: DiagnosticCode;
  message: string;
  severity: 'error' | 'warning' | 'information' | 'hint';
}

/** A place in the document where a registry outlet is named (attributed or not). */
export interface OutletMention extends TextSpan {
  outletKey: string;
}

export interface Analysis {
  /** Length of the analysed text (UTF-16 code units). */
  length: number;
  paragraphs: Paragraph[];
  headings: TextSpan[];
  quotes: Quote[];
  sources: Source[];
  attributions: Attribution[];
  outletMentions: OutletMention[];
  diagnostics: Diagnostic[];
}

export type DocumentFormat = 'plain' | 'markdown';
