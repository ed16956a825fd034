/** Builders for list items, so derivers read as the list they describe. */
import type { NestedItem } from '../../schemas';
import type { ListItem } from './presentation';

/** The plan's nested bullets (Markdown, to any depth) as list items. */
export function nestedListItems(items: readonly NestedItem[]): ListItem[] {
  return items.map((item) => (typeof item === 'string'
    ? { text: { text: item, markdown: true } }
    : { text: { text: item.text, markdown: true }, items: nestedListItems(item.items) }));
}
