/**
 * Marks the plan's abbreviations in Markdown text: every whole-word occurrence of a
 * known abbreviation becomes an `abbreviation` node. The site renders it as
 * `<abbr title="…">` (through `data.hName`); the PDF may print the text as is.
 */
import type { Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { cloneTree } from './clone-tree';

export interface AbbreviationNode extends Parent {
  type: 'abbreviation';
  abbr: string;
  expansion: string;
  children: [Text];
  data: { hName: 'abbr'; hProperties: { title: string } };
}

declare module 'mdast' {
  interface PhrasingContentMap {
    abbreviation: AbbreviationNode;
  }
  interface RootContentMap {
    abbreviation: AbbreviationNode;
  }
}

export interface Abbreviation {
  abbr: string;
  expansion: string;
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One regular expression for all abbreviations, longest first, matching whole words only. */
export function abbreviationPattern(abbreviations: readonly Abbreviation[]): RegExp | undefined {
  const words = [...new Set(abbreviations.map((a) => a.abbr.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (words.length === 0) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

interface Marker { pattern: RegExp; expansionOf: Map<string, string> }
/** A plan's list of abbreviations is the same array for all its fields: build its pattern once. */
const markers = new WeakMap<readonly Abbreviation[], Marker | null>();

function markerFor(abbreviations: readonly Abbreviation[]): Marker | null {
  let marker = markers.get(abbreviations);
  if (marker === undefined) {
    const pattern = abbreviationPattern(abbreviations);
    marker = pattern ? { pattern, expansionOf: new Map(abbreviations.map((a) => [a.abbr.trim(), a.expansion])) } : null;
    markers.set(abbreviations, marker);
  }
  return marker;
}

/** The text split at its abbreviations; undefined when it holds none. */
function splitText(node: Text, { pattern, expansionOf }: Marker): PhrasingContent[] | undefined {
  const parts: PhrasingContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(pattern)) {
    const start = match.index;
    if (start > last) parts.push({ type: 'text', value: node.value.slice(last, start) });
    const abbr = match[0];
    const expansion = expansionOf.get(abbr) ?? abbr;
    parts.push({
      type: 'abbreviation', abbr, expansion,
      children: [{ type: 'text', value: abbr }],
      data: { hName: 'abbr', hProperties: { title: expansion } },
    });
    last = start + abbr.length;
  }
  if (parts.length === 0) return undefined;
  if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
  return parts;
}

/** Marks in place: code and existing marks are left alone (a plain loop; see render-markdown.ts on why not unist-util-visit). */
function markIn(parent: { children: RootContent[] }, marker: Marker): void {
  let marked: RootContent[] | undefined;
  parent.children.forEach((node, index) => {
    const parts = node.type === 'text' ? splitText(node, marker) : undefined;
    if (parts) {
      marked ??= parent.children.slice(0, index);
      marked.push(...parts);
      return;
    }
    if (node.type !== 'abbreviation' && 'children' in node) markIn(node, marker);
    marked?.push(node);
  });
  if (marked) parent.children = marked;
}

/** Returns a copy of `tree` with abbreviations marked; code, links' URLs and existing marks are left alone. */
export function markAbbreviations(tree: Root, abbreviations: readonly Abbreviation[]): Root {
  const marker = markerFor(abbreviations);
  if (!marker) return tree;
  const copy = cloneTree(tree);
  markIn(copy, marker);
  return copy;
}
