/**
 * Where each value of a plan came from. Plans are merged from several files (plan.yaml
 * and section Markdown files), so a location carries its file. Locations are looked up
 * lazily in the parsed YAML documents: a valid plan never pays for them.
 */
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { SourceLocation } from '../problems';
import { pathKey, type PathSegment } from './field-path';

export interface SourceEntry {
  /** Where the value starts. */
  value: SourceLocation;
  /** Where the mapping key starts, for values that sit under a key. */
  key?: SourceLocation;
}

export interface YamlSource {
  doc: Document;
  lineCounter: LineCounter;
  lineOffset: number;
}

export class SourceMap {
  private readonly explicit = new Map<string, SourceEntry>();
  private readonly mounts: { prefix: PathSegment[]; map: SourceMap }[] = [];
  private yaml?: YamlSource;
  private lazyYaml?: () => YamlSource;

  constructor(readonly rootFile: string) {}

  /** Serves locations from a parsed YAML document. */
  attachYaml(doc: Document, lineCounter: LineCounter, lineOffset = 0): void {
    this.yaml = { doc, lineCounter, lineOffset };
  }

  /** Parses the YAML document only when a location is first asked for. */
  attachLazy(parse: () => YamlSource): void {
    this.lazyYaml = parse;
  }

  set(path: readonly PathSegment[], entry: SourceEntry): void {
    this.explicit.set(pathKey(path), entry);
  }

  /** Serves locations under `prefix` from `other` (a section file's front matter). */
  mount(prefix: readonly PathSegment[], other: SourceMap): void {
    this.mounts.push({ prefix: [...prefix], map: other });
  }

  /** The location of exactly `path`, if known. */
  entry(path: readonly PropertyKey[]): SourceEntry | undefined {
    const explicit = this.explicit.get(pathKey(path));
    if (explicit) return explicit;
    for (const { prefix, map } of this.mounts) {
      if (path.length > prefix.length && prefix.every((segment, i) => String(segment) === String(path[i]))) {
        const found = map.entry(path.slice(prefix.length));
        if (found) return found;
      }
    }
    if (!this.yaml && this.lazyYaml) {
      this.yaml = this.lazyYaml();
      this.lazyYaml = undefined;
    }
    return this.yaml ? this.yamlEntry(this.yaml, path) : undefined;
  }

  /**
   * The location of `path`, or of its nearest ancestor that has one. `preferKey` points
   * at the key (for unknown or misspelt keys) rather than at the value.
   */
  locate(path: readonly PropertyKey[], preferKey = false): SourceLocation {
    for (let length = path.length; length >= 0; length--) {
      const entry = this.entry(path.slice(0, length));
      if (entry) return (preferKey && length === path.length && entry.key) || entry.value;
    }
    return { file: this.rootFile, line: 1, column: 1 };
  }

  private yamlEntry({ doc, lineCounter, lineOffset }: YamlSource, path: readonly PropertyKey[]): SourceEntry | undefined {
    const at = (node: unknown): SourceLocation | undefined => {
      const range = (node as Node | null | undefined)?.range;
      if (!range) return undefined;
      const { line, col } = lineCounter.linePos(range[0]);
      return { file: this.rootFile, line: line + lineOffset, column: col };
    };
    let node: unknown = doc.contents;
    let keyNode: unknown;
    for (const segment of path) {
      keyNode = undefined;
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && (isScalar(item.key) ? String(item.key.value) : String(item.key)) === String(segment));
        if (!pair) return undefined;
        keyNode = pair.key;
        node = pair.value;
      } else if (isSeq(node)) {
        node = node.items[Number(segment)];
      } else {
        return undefined;
      }
      if (node === undefined) return undefined;
    }
    const value = at(node) ?? at(keyNode);
    return value ? { value, key: at(keyNode) } : undefined;
  }
}
