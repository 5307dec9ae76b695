// What a paragraph's local result says about who says what, without where: two results with the same signature
// lead the document pass to the same entities, attributions and quotes, only at moved offsets.
import type { NounPhrase } from './noun-phrase';
import type { LocalParagraph } from './paragraph-pass';

function phraseSignature(p: NounPhrase | undefined): unknown {
  if (!p) return null;
  return [p.kind, p.text, p.name, p.descriptor, p.gender, p.head, p.outletKey, p.country, p.outletTypes, p.definite, p.plural, phraseSignature(p.antecedent)];
}

export function localSignature(local: LocalParagraph): string {
  return JSON.stringify([
    local.openAtEnd,
    local.opensTurn,
    local.sentenceCount,
    local.cues.map((c) => [c.kind, c.confidence, c.sentence, c.subjectFromClause, !!c.content, phraseSignature(c.subject)]),
    local.quotes.map((q) => [q.kind, q.cue, q.sentence, q.opensParagraph, q.family, q.mark, q.openWidth, q.open < 0, q.close < 0, q.words]),
    local.names.map((n) => [n.sentence, phraseSignature(n.phrase)]),
    local.surnames.filter((_, i) => i % 3 === 2),
    local.pronouns.map((p) => p.gender),
    local.outlets.map((o) => o.key),
    local.problems.map((p) => [p.kind, p.mark]),
    local.about >= 0,
  ]);
}

/** Every offset the local result holds, in a fixed order: with the same signature, the same list lines up. */
export function localOffsets(local: LocalParagraph): number[] {
  const out: number[] = [];
  const phrase = (p: NounPhrase | undefined) => {
    if (!p) return;
    out.push(p.start, p.end);
    phrase(p.antecedent);
  };
  for (const c of local.cues) {
    out.push(c.start, c.end, c.content?.start ?? -1, c.content?.end ?? -1);
    phrase(c.subject);
  }
  for (const q of local.quotes) out.push(q.open, q.close);
  for (const n of local.names) phrase(n.phrase);
  for (let i = 0; i < local.surnames.length; i += 3) out.push(local.surnames[i], local.surnames[i + 1]);
  for (const p of local.pronouns) out.push(p.offset);
  for (const o of local.outlets) out.push(o.start, o.end);
  for (const p of local.problems) out.push(p.offset);
  out.push(local.about);
  return out;
}
