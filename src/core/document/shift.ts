// The fast path of an edit that changes no one's role: the analysis of the text before it, with every offset after
// the edit moved by the edit's length. A span wholly after the edit keeps its text (the same characters); a span that
// holds the edit is sliced again. Bails out (undefined) where a span starts or ends inside or at the edge of the
// edited range, since only a full pass can tell which side of the edit such a boundary belongs to.
import type { Analysis, Diagnostic, Mention, OutletMention, Paragraph, Source, TextSpan } from '../model';

export interface Edit {
  /** The edited range in the old text: [from, to); the new text has `to + delta` where the old had `to`. */
  from: number;
  to: number;
  delta: number;
}

class Boundary extends Error {}

interface Spanned {
  start: number;
  end: number;
}

export function shiftAnalysis(old: Analysis, text: string, edit: Edit): Analysis | undefined {
  const { from, to, delta } = edit;
  const at = (x: number): number => {
    if (x < from) return x;
    if (x > to) return x + delta;
    throw new Boundary();
  };
  /** The new [start, end) of a span; spans wholly before the edit are kept as they are by the callers. */
  const startOf = (s: Spanned): number => (s.start > to ? s.start + delta : s.start < from ? s.start : at(s.start));
  const endOf = (s: Spanned): number => (s.start > to || s.start < from && s.end > to ? s.end + delta : at(s.end));
  /** Whether a moved span holds the edit, and so reads new text. */
  const holds = (s: Spanned): boolean => s.start <= to && s.end >= from;
  // Explicit object literals, one per shape: much cheaper than spreading thousands of small objects.
  const moveSpan = (s: Spanned): Spanned => (s.end < from ? s : { start: startOf(s), end: endOf(s) });
  const moveTextSpan = (s: TextSpan): TextSpan => {
    if (s.end < from) return s;
    const start = startOf(s);
    const end = endOf(s);
    return { start, end, text: holds(s) ? text.slice(start, end) : s.text };
  };
  const moveMention = (m: Mention): Mention => {
    if (m.end < from) return m;
    const start = startOf(m);
    const end = endOf(m);
    return { start, end, text: holds(m) ? text.slice(start, end) : m.text, form: m.form };
  };
  const moveParagraph = (p: Paragraph): Paragraph => (p.end < from ? p : { start: startOf(p), end: endOf(p), heading: p.heading });
  const moveOutlet = (o: OutletMention): OutletMention => {
    if (o.end < from) return o;
    const start = startOf(o);
    const end = endOf(o);
    return { start, end, text: holds(o) ? text.slice(start, end) : o.text, outletKey: o.outletKey };
  };
  const moveDiagnostic = (d: Diagnostic): Diagnostic =>
    d.end < from ? d : { start: startOf(d), end: endOf(d), code: d.code, severity: d.severity, message: d.message };
  const all = <T>(items: readonly T[], f: (item: T) => T): T[] => {
    const out = new Array<T>(items.length);
    for (let i = 0; i < items.length; i++) out[i] = f(items[i]);
    return out;
  };
  try {
    const quotes = all(old.quotes, (q) => {
      if (q.end < from && q.close < from) return q;
      if (q.open > to) {
        return { id: q.id, text: q.text, start: q.start + delta, end: q.end + delta, open: q.open + delta, close: q.close + delta, kind: q.kind, sourceId: q.sourceId, attributionId: q.attributionId, confidence: q.confidence };
      }
      const open = q.open < from ? q.open : at(q.open);
      // a closing mark at the edit's end is the first character after it: the edit stands inside the quote
      const close = q.close < 0 || q.close < from ? q.close : q.close >= to && q.open < from ? q.close + delta : at(q.close);
      const start = q.start < from ? q.start : at(q.start);
      const end = q.close >= 0 && q.end === q.close ? close : q.end < from ? q.end : q.start < from && q.end > to ? q.end + delta : at(q.end);
      return { ...q, start, end, open, close, text: text.slice(start, end) };
    });
    const sources = all(old.sources, (s): Source => {
      const mentions = s.mentions;
      let last = -1;
      for (const m of mentions) if (m.end > last) last = m.end;
      return last < from ? s : { ...s, mentions: all(mentions, moveMention) };
    });
    const attributions = all(old.attributions, (a) => {
      const last = Math.max(a.cue.end, a.mention?.end ?? -1, a.content?.end ?? -1);
      if (last < from) return a;
      return {
        id: a.id,
        sourceId: a.sourceId,
        cue: moveTextSpan(a.cue),
        cueKind: a.cueKind,
        mention: a.mention && moveSpan(a.mention),
        content: a.content && moveSpan(a.content),
        confidence: a.confidence,
      };
    });
    return {
      length: old.length + delta,
      paragraphs: all(old.paragraphs, moveParagraph),
      headings: all(old.headings, moveTextSpan),
      quotes,
      sources,
      attributions,
      outletMentions: all(old.outletMentions, moveOutlet),
      diagnostics: all(old.diagnostics, moveDiagnostic),
    };
  } catch (e) {
    if (e instanceof Boundary) return undefined;
    throw e;
  }
}
