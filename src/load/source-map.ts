/**
 * Where each value of a plan came from. Plans are merged from several files (plan.yaml
 * and section Markdown files), so a location carries its file. Locations are looked up
 * lazily in the parsed YAML documents: a valid plan never pays for them.
 */
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { SourceLocation } from '../problems';
import type { Event } from 'js-yaml';
import { buildOffsetTree, locateOffsets } from './event-locator';
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
  private text?: { source: string; lineOffset: number; events?: Event[]; tree?: ReturnType<typeof buildOffsetTree>; lineStarts?: number[] };

  constructor(readonly rootFile: string) {}

  /** Serves locations from a parsed YAML document. */
  attachYaml(doc: Document, lineCounter: LineCounter, lineOffset = 0): void {
    this.yaml = { doc, lineCounter, lineOffset };
  }

  /** Serves locations from YAML text, scanned only when a location is first asked for. */
  attachText(source: string, lineOffset = 0, events?: Event[]): void {
    this.text = { source, lineOffset, events };
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
    if (this.yaml) return this.yamlEntry(this.yaml, path);
    return this.text ? this.textEntry(path) : undefined;
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

  private textEntry(path: readonly PropertyKey[]): SourceEntry | undefined {
    const text = this.text!;
    if (text.tree === undefined) {
      text.tree = buildOffsetTree(text.source, text.events);
      text.events = undefined;
    }
    const offsets = locateOffsets(text.tree, path);
    if (!offsets || offsets.value < 0) return undefined;
    if (!text.lineStarts) {
      text.lineStarts = [0];
      for (let i = 0; i < text.source.length; i++) if (text.source.charCodeAt(i) === 10) text.lineStarts.push(i + 1);
    }
    const at = (offset: number): SourceLocation => {
      const starts = text.lineStarts!;
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid]! <= offset) low = mid; else high = mid - 1;
      }
      // Columns count UTF-16 code units like the careful parser does.
      return { file: this.rootFile, line: low + 1 + text.lineOffset, column: offset - starts[low]! + 1 };
    };
    return { value: at(offsets.value), key: offsets.key === undefined ? undefined : at(offsets.key) };
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
