// A trie over name tokens, built once per registry: scanning a text walks it from each word start, so the cost
// depends on the text and the longest name, not on how many outlets the registry holds.
import { isAmbiguousWordAlias } from './ambiguous-words';
import { REGISTRY_LIMITS } from './limits';
import { acceptsMatch } from './match-context';
import type { NameTraits } from './match-context';
import { GAP, isSpace, readGap, tokenEnd, tokenizeName, tokenValue } from './name-tokens';
import type { Outlet, OutletMatch } from './outlet';
import { codePointAt, isWordChar } from './text-chars';

interface Terminal extends NameTraits {
  key: string;
}

interface TrieNode {
  next: Map<string, TrieNode> | undefined;
  terminal: Terminal | undefined;
}

/** A node with both fields from the start: every node has one shape, and the walk of matchAt reads them with
 * monomorphic loads (nodes made as `{}` and filled in had three shapes, and each read was a megamorphic look-up). */
const trieNode = (): TrieNode => ({ next: undefined, terminal: undefined });

function traitsOf(outlet: Outlet, alias: string, tokens: readonly string[]): NameTraits {
  const core = tokens[0] === 'The' && tokens[1] === GAP ? tokens.slice(2) : tokens;
  return {
    guarded: (outlet.guarded?.includes(alias) ?? false) || isAmbiguousWordAlias(alias),
    singleWord: !core.includes(GAP),
  };
}

const FIRST_WORD_FILTER_SIZE = 1 << 14;

/** A slot in the first-word filter from a word's length and its first, second and last UTF-16 units. */
function firstWordKey(text: string, start: number, end: number): number {
  let key = end - start;
  key = (key * 31 + text.charCodeAt(start)) | 0;
  key = (key * 31 + text.charCodeAt(start + 1 < end ? start + 1 : start)) | 0;
  key = (key * 31 + text.charCodeAt(end - 1)) | 0;
  return key & (FIRST_WORD_FILTER_SIZE - 1);
}

/** A second slot, from every unit of the word: read only for the few words that pass the first filter, of which
 * more than half (common words such as "can" and "public") started no name. */
function wholeWordKey(text: string, start: number, end: number): number {
  let key = end - start;
  for (let i = start; i < end; i++) key = Math.imul(key ^ text.charCodeAt(i), 0x01000193);
  return (key ^ (key >>> 15)) & (FIRST_WORD_FILTER_SIZE - 1);
}

export class NameIndex {
  private readonly root: TrieNode = trieNode();
  private maxWordLength = 0;
  /** A filter over the first words of the names (see firstWordKey): most words of an article fail it, and cost no
   * string and no map look-up. */
  private readonly firstWords = new Uint8Array(FIRST_WORD_FILTER_SIZE);
  private readonly wholeFirstWords = new Uint8Array(FIRST_WORD_FILTER_SIZE);

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
    this.firstWords[firstWordKey(tokens[0], 0, tokens[0].length)] = 1;
    this.wholeFirstWords[wholeWordKey(tokens[0], 0, tokens[0].length)] = 1;
    let node = this.root;
    for (const token of tokens) {
      if (token !== GAP && isWordChar(codePointAt(token, 0))) this.maxWordLength = Math.max(this.maxWordLength, token.length);
      node.next ??= new Map();
      let child = node.next.get(token);
      if (!child) node.next.set(token, (child = trieNode()));
      node = child;
    }
    node.terminal = { key: outlet.key, ...traitsOf(outlet, alias, tokens) };
  }

  /** False when no name starts with the word text[start, end) (a whole run of word characters); true when one may. */
  mayStartWith(text: string, start: number, end: number): boolean {
    return end - start <= this.maxWordLength && this.firstWords[firstWordKey(text, start, end)] === 1 && this.wholeFirstWords[wholeWordKey(text, start, end)] === 1;
  }

  /** The longest name starting at word start `start` and ending by `to` that its context accepts. */
  matchAt(text: string, start: number, to: number): OutletMatch | null {
    // (most words asked about start no name, or only one that goes on: the list is made at the first name found)
    let hits: { end: number; terminal: Terminal }[] | undefined;
    let node: TrieNode | undefined = this.root;
    let pos = start;
    while (node?.next) {
      const end = tokenEnd(text, pos, this.maxWordLength);
      if (end < 0 || end > to) break;
      node = node.next.get(tokenValue(text, pos, end));
      if (!node) break;
      pos = end;
      if (node.terminal) (hits ??= []).push({ end: pos, terminal: node.terminal });
      if (pos < to && isSpace(text.charCodeAt(pos))) {
        const gapEnd = readGap(text, pos);
        const afterGap: TrieNode | undefined = gapEnd < 0 ? undefined : node.next?.get(GAP);
        if (!afterGap) break;
        node = afterGap;
        pos = gapEnd;
      }
    }
    if (!hits) return null;
    for (let i = hits.length - 1; i >= 0; i--) {
      const { end, terminal } = hits[i];
      if (acceptsMatch(text, start, end, terminal)) return { start, end, key: terminal.key };
    }
    return null;
  }
}
