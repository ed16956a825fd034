/**
 * Marks the plan's abbreviations in Markdown text: every whole-word occurrence of a
 * known abbreviation becomes an `abbreviation` node. The site renders it as
 * `<abbr title="…">` (through `data.hName`); the PDF may print the text as is.
 */
import type { Parent, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
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

/** Returns a copy of `tree` with abbreviations marked; code, links' URLs and existing marks are left alone. */
export function markAbbreviations(tree: Root, abbreviations: readonly Abbreviation[]): Root {
  const pattern = abbreviationPattern(abbreviations);
  if (!pattern) return tree;
  const expansionOf = new Map(abbreviations.map((a) => [a.abbr.trim(), a.expansion]));
  const copy = cloneTree(tree);
  visit(copy, (node, index, parent) => {
    if (node.type === 'abbreviation' || node.type === 'inlineCode' || node.type === 'code') return SKIP;
    if (node.type !== 'text' || !parent || index === undefined) return;
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
    if (parts.length === 0) return;
    if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
    (parent.children as PhrasingContent[]).splice(index, 1, ...parts);
    return [SKIP, index + parts.length];
  });
  return copy;
}
