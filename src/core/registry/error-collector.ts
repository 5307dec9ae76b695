// Gathers RegistryErrors for one source, with positions, up to a limit: a file of 20,000 broken entries should
// not flood the Problems panel.
import { REGISTRY_LIMITS } from './limits';
import type { RegistryError } from './outlet';

export type PositionOf = (offset: number) => { line: number; column: number };

/** For sources without text positions (JSON settings): line and column 0. */
export const NO_POSITION: PositionOf = () => ({ line: 0, column: 0 });

export class ErrorCollector {
  private readonly errors: RegistryError[] = [];
  private dropped = 0;

  constructor(
    private readonly source: string,
    private readonly positionOf: PositionOf,
  ) {}

  add(start: number, end: number, message: string): void {
    if (this.errors.length >= REGISTRY_LIMITS.maxErrors) {
      this.dropped++;
      return;
    }
    const { line, column } = this.positionOf(start);
    this.errors.push({ source: this.source, line, column, start, end: Math.max(start, end), message });
  }

  /** The errors, sorted by position, with one closing error counting those left out. */
  finish(): RegistryError[] {
    const errors = [...this.errors].sort((a, b) => a.start - b.start || a.end - b.end);
    if (this.dropped > 0) {
      const last = errors[errors.length - 1];
      errors.push({ ...last, message: `${this.dropped} more errors not shown` });
    }
    return errors;
  }
}
