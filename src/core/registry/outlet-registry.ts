// An immutable set of outlets: the built-in ones, extended by a user's files and settings.
import { builtInOutlets } from './built-in';
import { findOutlets } from './find-outlets';
import { NameIndex } from './name-index';
import type { Outlet, OutletMatch } from './outlet';

let builtInRegistry: OutletRegistry | undefined;

export class OutletRegistry {
  /** Every outlet given, in order; later ones override earlier ones with the same key. */
  private readonly definitions: readonly Outlet[];
  private byKey?: Map<string, Outlet>;
  private list?: readonly Outlet[];
  private index?: NameIndex;

  constructor(outlets: readonly Outlet[] = []) {
    this.definitions = outlets;
  }

  /** The outlets bundled with the extension, read once on first use. */
  static builtIn(): OutletRegistry {
    builtInRegistry ??= new OutletRegistry(builtInOutlets());
    return builtInRegistry;
  }

  /** A new registry with these outlets added: one with a key already present replaces that outlet (in place), and
   * a name both give now belongs to the later one. */
  extend(outlets: readonly Outlet[]): OutletRegistry {
    return new OutletRegistry([...this.definitions, ...outlets]);
  }

  /** One outlet per key, in the order keys were first given. */
  get outlets(): readonly Outlet[] {
    this.list ??= [...this.keyed().values()];
    return this.list;
  }

  get(key: string): Outlet | undefined {
    return this.keyed().get(key);
  }

  /** Every place text[from, to) names an outlet, sorted by start, not overlapping. */
  findAll(text: string, from = 0, to = text.length): OutletMatch[] {
    return findOutlets(this.nameIndex(), text, from, to);
  }

  /**
   * The name findAll would find at `start`, where the run of word characters text[start, runEnd) begins (with no word
   * character before it), or null: for a caller that already knows where the words are, and need not have every
   * character looked at again.
   */
  matchAtWord(text: string, start: number, runEnd: number): OutletMatch | null {
    const index = this.nameIndex();
    return index.mayStartWith(text, start, runEnd) ? index.matchAt(text, start, text.length) : null;
  }

  private nameIndex(): NameIndex {
    this.index ??= new NameIndex(this.byPrecedence());
    return this.index;
  }

  private keyed(): Map<string, Outlet> {
    if (!this.byKey) {
      this.byKey = new Map();
      for (const outlet of this.definitions) this.byKey.set(outlet.key, outlet);
    }
    return this.byKey;
  }

  /** The current outlets in the order they were last given, so later definitions win name clashes. */
  private byPrecedence(): Outlet[] {
    const current = this.keyed();
    const lastIndex = new Map<string, number>();
    this.definitions.forEach((outlet, i) => lastIndex.set(outlet.key, i));
    return this.definitions.filter((outlet, i) => lastIndex.get(outlet.key) === i && current.get(outlet.key) === outlet);
  }
}
