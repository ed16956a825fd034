/**
 * Where each value of a plan came from. Plans are merged from several files (plan.yaml
 * and section Markdown files), so a location carries its file.
 */
import type { SourceLocation } from '../problems';
import { pathKey, type PathSegment } from './field-path';

export interface SourceEntry {
  /** Where the value starts. */
  value: SourceLocation;
  /** Where the mapping key starts, for values that sit under a key. */
  key?: SourceLocation;
}

export class SourceMap {
  private readonly entries = new Map<string, SourceEntry>();

  constructor(readonly rootFile: string) {}

  has(path: readonly PathSegment[]): boolean {
    return this.entries.has(pathKey(path));
  }

  set(path: readonly PathSegment[], entry: SourceEntry): void {
    this.entries.set(pathKey(path), entry);
  }

  /** Copies every entry of `other` under `prefix`. */
  mount(prefix: readonly PathSegment[], other: SourceMap, only?: (path: string) => boolean): void {
    const base = pathKey(prefix);
    for (const [key, entry] of other.entries) {
      if (only && !only(key)) continue;
      this.entries.set(key === '' ? base : base === '' ? key : `${base}\u0000${key}`, entry);
    }
  }

  /**
   * The location of `path`, or of its nearest ancestor that has one. `preferKey` points
   * at the key (for unknown or misspelt keys) rather than at the value.
   */
  locate(path: readonly PropertyKey[], preferKey = false): SourceLocation {
    for (let length = path.length; length >= 0; length--) {
      const entry = this.entries.get(pathKey(path.slice(0, length)));
      if (entry) return (preferKey && length === path.length && entry.key) || entry.value;
    }
    return { file: this.rootFile, line: 1, column: 1 };
  }
}
