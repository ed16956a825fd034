/**
 * `[](#figur-arshjul)` reads "Figur 1" and `[se budgeten](#budget)` keeps its words:
 * empty link texts are filled from the derived plan's references, for both renderers.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { cloneTree } from '../markdown/clone-tree';
import type { Reference } from './derive-plan';

export function resolveReferences(tree: Root, references: Readonly<Record<string, Reference>>): Root {
  const copy = cloneTree(tree);
  visit(copy, 'link', (node) => {
    if (!node.url.startsWith('#')) return;
    const reference = references[node.url.slice(1)];
    if (!reference) return;
    node.url = `#${reference.anchor}`;
    if (node.children.length === 0) node.children = [{ type: 'text', value: reference.label }];
  });
  return copy;
}
