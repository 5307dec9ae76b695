// One pass over text[from, to): at each word start, the longest accepted name; matches never overlap.
import type { NameIndex } from './name-index';
import { wordEnd } from './name-tokens';
import type { OutletMatch } from './outlet';
import { charLength, codePointAt, codePointBefore, isWordChar } from './text-chars';

export function findOutlets(index: NameIndex, text: string, from: number, to: number): OutletMatch[] {
  const end = Math.min(Math.max(to, 0), text.length);
  const matches: OutletMatch[] = [];
  let i = Math.min(Math.max(from, 0), end);
  while (i < end) {
    const code = text.charCodeAt(i);
    const cp = code < 0x80 ? code : codePointAt(text, i); // ASCII first: this runs on every character of a text
    if (!isWordChar(cp)) {
      i += charLength(cp);
      continue;
    }
    const runEnd = wordEnd(text, i);
    if (index.mayStartWith(text, i, runEnd) && !isWordChar(codePointBefore(text, i))) {
      const match = index.matchAt(text, i, end);
      if (match) {
        matches.push(match);
        i = match.end;
        continue;
      }
    }
    i = runEnd;
  }
  return matches;
}
