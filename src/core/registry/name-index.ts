// A trie over name tokens, built once per registry: scanning a text walks it from each word start, so the cost
// depends on the text and the longest name, not on how many outlets the registry holds.
import { isAmbiguousWordAlias } from './ambiguous-words';
import { REGISTRY_LIMITS } from './limits';
import { acceptsMatch } from './match-context';
import type { NameTraits } from './match-context';
import { GAP, isSpace, readGap, readToken, tokenizeName } from './name-tokens';
import type { Outlet, OutletMatch } from './outlet';
import { codePointAt, isWordChar } from './text-chars';

interface Terminal extends NameTraits {
  key: string;
}

interface TrieNode {
  next?: Map<string, TrieNode>;
  terminal?: Terminal;
}

function traitsOf(outlet: Outlet, alias: string, tokens: readonly string[]): NameTraits {
  const core = tokens[0] === 'The' && tokens[1] === GAP ? tokens.slice(2) : tokens;
  return {
    guarded: (outlet.guarded?.includes(alias) ?? false) || isAmbiguousWordAlias(alias),
    singleWord: !core.includes(GAP),
  };
}

export class NameIndex {
  private readonly root: TrieNode = {};
  private maxWordLength = 0;
  /** First UTF-16 units of every name: most words of an article start with none of them and cost one look-up. */
  private readonly firstUnits = new Set<number>();

  /** Outlets in order of precedence: when two give the same name, the later one gets it. */
  constructor(outlets: Iterable<Outlet>) {
    for (const outlet of outlets) {
      const names = outlet.aliases.length ? outlet.aliases : [outlet.name];
      for (const alias of names) this.add(outlet, alias);
    }
  }

  private add(outlet: Outlet, alias: string): void {
    // The parser enforces these; outlets handed to the registry directly are checked here too.
    if (typeof alias !== 'string' || alias.length === 0 || alias.length > REGISTRY_LIMITS.maxNameLength) return;
    const tokens = tokenizeName(alias);
    if (tokens.length === 0 || !isWordChar(codePointAt(tokens[0], 0))) return;
    this.firstUnits.add(tokens[0].charCodeAt(0));
    let node = this.root;
    for (const token of tokens) {
      if (token !== GAP && isWordChar(codePointAt(token, 0))) this.maxWordLength = Math.max(this.maxWordLength, token.length);
      node.next ??= new Map();
      let child = node.next.get(token);
      if (!child) node.next.set(token, (child = {}));
      node = child;
    }
    node.terminal = { key: outlet.key, ...traitsOf(outlet, alias, tokens) };
  }

  /** The longest name starting at word start `start` and ending by `to` that its context accepts. */
  matchAt(text: string, start: number, to: number): OutletMatch | null {
    if (!this.firstUnits.has(text.charCodeAt(start))) return null;
    const hits: { end: number; terminal: Terminal }[] = [];
    let node: TrieNode | undefined = this.root;
    let pos = start;
    while (node?.next) {
      const token = readToken(text, pos, this.maxWordLength);
      if (!token || token.end > to) break;
      node = node.next.get(token.value);
      if (!node) break;
      pos = token.end;
      if (node.terminal) hits.push({ end: pos, terminal: node.terminal });
      if (pos < to && isSpace(text.charCodeAt(pos))) {
        const gapEnd = readGap(text, pos);
        const afterGap: TrieNode | undefined = gapEnd < 0 ? undefined : node.next?.get(GAP);
        if (!afterGap) break;
        node = afterGap;
        pos = gapEnd;
      }
    }
    for (let i = hits.length - 1; i >= 0; i--) {
      const { end, terminal } = hits[i];
      if (acceptsMatch(text, start, end, terminal)) return { start, end, key: terminal.key };
    }
    return null;
  }
}
