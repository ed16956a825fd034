import type { Html } from '../html';
import type { NestedItem } from '../../../../schemas';
import type { MarkdownContext } from '../../render-markdown';
import { markdownInline } from '../markdown-nodes';

export function nestedList(items: readonly NestedItem[], md: MarkdownContext): Html {
  return (
    <ul>
      {items.map((item) => typeof item === 'string'
        ? <li>{markdownInline(item, md)}</li>
        : <li>{markdownInline(item.text, md)}{nestedList(item.items, md)}</li>)}
    </ul>
  );
}
