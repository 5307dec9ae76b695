// STUB, replaced by the registry work: the API the engine and the editor build on.
export type OutletType =
  | 'wire service'
  | 'newspaper'
  | 'broadcaster'
  | 'magazine'
  | 'online'
  | 'state media'
  | 'news agency'
  | 'radio'
  | 'tv';

export interface Outlet {
  /** Stable key, lower-case with dashes ("associated-press"). */
  key: string;
  name: string;
  aliases: string[];
  type: OutletType | string;
  country: string;
  homepage?: string;
}

export interface RegistryError {
  /** The file (or "settings") the error is in, as given to parseRegistry. */
  source: string;
  /** 1-based line and column. */
  line: number;
  column: number;
  /** UTF-16 offsets of the offending text in the registry file. */
  start: number;
  end: number;
  message: string;
}

export interface OutletMatch {
  start: number;
  end: number;
  key: string;
}

export function parseRegistry(_text: string, source: string): { outlets: Outlet[]; errors: RegistryError[] } {
  void source;
  return { outlets: [], errors: [] };
}

export class OutletRegistry {
  constructor(private readonly list: Outlet[] = []) {}
  static builtIn(): OutletRegistry {
    return new OutletRegistry();
  }
  extend(outlets: readonly Outlet[]): OutletRegistry {
    return new OutletRegistry([...this.list, ...outlets]);
  }
  get outlets(): readonly Outlet[] {
    return this.list;
  }
  get(key: string): Outlet | undefined {
    return this.list.find((o) => o.key === key);
  }
  findAll(_text: string, _from = 0, _to = _text.length): OutletMatch[] {
    return [];
  }
}
