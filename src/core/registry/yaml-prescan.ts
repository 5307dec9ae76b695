// One cheap pass of yaml's lexer before composing a document: the composer recurses once per nesting level and
// throws (or worse) on a file of 100,000 "[", so such a file is refused here with a clear message.
import { CST, Lexer } from 'yaml';

export interface YamlPrescan {
  /** Offset where nesting first goes beyond the limit, or -1. */
  tooDeepAt: number;
  /** Offset of the first alias (*name), or -1: without aliases there is nothing to expand. */
  firstAliasAt: number;
}

const MARKERS = new Set([CST.DOCUMENT, CST.SCALAR, CST.FLOW_END]);

function isIndentation(token: string): boolean {
  for (let i = 0; i < token.length; i++) if (token[i] !== ' ') return false;
  return token.length > 0;
}

/**
 * An upper bound on nesting: flow brackets, plus on each line its indentation and the "-" and "?" indicators that
 * open a nested collection without new indentation ("- - - x").
 */
export function prescanYaml(text: string, maxDepth: number): YamlPrescan {
  let offset = 0;
  let flowDepth = 0;
  let flowBase = 0;
  let lineIndent = 0;
  let indicators = 0;
  let atLineStart = true;
  let firstAliasAt = -1;
  for (const token of new Lexer().lex(text)) {
    if (MARKERS.has(token)) {
      if (token === CST.FLOW_END) flowDepth = 0;
      continue;
    }
    const start = offset;
    offset += token.length;
    const type = CST.tokenType(token);
    if (type === 'newline') {
      atLineStart = true;
      indicators = 0;
      if (flowDepth === 0) lineIndent = 0;
      continue;
    }
    if (atLineStart && isIndentation(token)) {
      if (flowDepth === 0) lineIndent = token.length;
      atLineStart = false;
      continue;
    }
    atLineStart = false;
    switch (type) {
      case 'flow-seq-start':
      case 'flow-map-start':
        if (flowDepth === 0) flowBase = lineIndent + indicators;
        flowDepth++;
        break;
      case 'flow-seq-end':
      case 'flow-map-end':
        flowDepth = Math.max(0, flowDepth - 1);
        break;
      case 'seq-item-ind':
      case 'explicit-key-ind':
        if (flowDepth === 0) indicators++;
        break;
      case 'doc-start':
      case 'doc-end':
        flowDepth = 0;
        break;
      case 'alias':
        if (firstAliasAt < 0) firstAliasAt = start;
        break;
    }
    const depth = flowDepth > 0 ? flowBase + flowDepth : lineIndent + indicators;
    if (depth > maxDepth) return { tooDeepAt: start, firstAliasAt };
  }
  return { tooDeepAt: -1, firstAliasAt };
}
