// Collects the outlets of one file or setting: a key given twice keeps the later entry, and an alias already used
// by another outlet of the same file is dropped, so a name never maps to two outlets.
import type { Outlet } from './outlet';

export interface AliasClash {
  /** Index of the alias in the entry as written. */
  index: number;
  alias: string;
  usedBy: string;
}

export class OutletCollector {
  private readonly byKey = new Map<string, Outlet>();
  private readonly aliasOwner = new Map<string, string>();

  /** Adds an outlet; returns the aliases dropped because another outlet has them, and whether a key was repeated. */
  add(outlet: Outlet): { clashes: AliasClash[]; replaced: boolean } {
    const previous = this.byKey.get(outlet.key);
    if (previous) for (const alias of previous.aliases) this.aliasOwner.delete(alias);
    const clashes: AliasClash[] = [];
    const aliases: string[] = [];
    outlet.aliases.forEach((alias, index) => {
      const owner = this.aliasOwner.get(alias);
      if (owner !== undefined && owner !== outlet.key) clashes.push({ index, alias, usedBy: owner });
      else {
        aliases.push(alias);
        this.aliasOwner.set(alias, outlet.key);
      }
    });
    const kept: Outlet = clashes.length ? { ...outlet, aliases } : outlet;
    if (clashes.length && kept.guarded) {
      const guarded = kept.guarded.filter((alias) => aliases.includes(alias));
      if (guarded.length) kept.guarded = guarded;
      else delete kept.guarded;
    }
    if (previous) this.byKey.delete(outlet.key); // re-inserted last: the later entry is the one that counts
    this.byKey.set(outlet.key, kept);
    return { clashes, replaced: previous !== undefined };
  }

  get outlets(): Outlet[] {
    return [...this.byKey.values()];
  }
}
