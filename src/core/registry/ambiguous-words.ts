// Common English (and a few German) words that are also the name of some outlet. An alias that is one of them,
// alone or after "The" ("Guardian", "The Hill", "TIME"), is matched only in a guarded context (see
// match-context.ts), in any registry, built-in or a user's.
const AMBIGUOUS_WORDS = new Set(
  `
  age atlantic australian beacon bee blaze bulletin caller chronicle citizen conversation courier daily dawn
  dispatch economist examiner express federalist fortune fox gazette globe guardian herald hill hindu independent
  inquirer insider intercept journal mail mercury metro mint mirror money monitor nation national news observer
  post press print province punch quartz reason record register republic reporter review salon sentinel sky slate
  source spectator standard star statesman stuff sun telegraph telegram time times today tribune vanguard verge
  vice voice vox week wire wired world bild welt spiegel zeit stern
`
    .split(/\s+/)
    .filter(Boolean),
);

/** True for an alias that is a single ambiguous word, possibly after "The": it needs a guarded context. */
export function isAmbiguousWordAlias(alias: string): boolean {
  const core = alias.startsWith('The ') ? alias.slice(4) : alias;
  if (core.length === 0 || core.length > 20 || /\s/.test(core)) return false;
  return AMBIGUOUS_WORDS.has(core.toLowerCase());
}
