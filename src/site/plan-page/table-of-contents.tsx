import type { Html } from './html';
import type { PlanFront, TocEntry } from '../../derive/derive-plan';

/** Nested by level so screen readers hear the structure. */
interface TocNode { entry: TocEntry; children: TocNode[] }

function nest(entries: readonly TocEntry[]): TocNode[] {
  const roots: TocNode[] = [];
  const stack: TocNode[] = [];
  for (const entry of entries) {
    const node = { entry, children: [] };
    while (stack.length > 0 && stack[stack.length - 1]!.entry.level >= entry.level) stack.pop();
    (stack.length > 0 ? stack[stack.length - 1]!.children : roots).push(node);
    stack.push(node);
  }
  return roots;
}

function item({ entry, children }: TocNode): Html {
  return (
    <li>
      <a href={`#${entry.anchor}`}>{entry.number ? [<span class="nummer">{entry.number}</span>, ' '] : null}{entry.title}</a>
      {children.length > 0 ? <ol>{children.map(item)}</ol> : null}
    </li>
  );
}

/** Collapsible on narrow screens, sticky beside the text on wide ones (site.css). */
export function tableOfContents({ title, entries }: NonNullable<PlanFront['contents']>): Html {
  // The contents repeat the headings: data-pagefind-ignore keeps them out of the search index.
  return (
    <nav class="innehall" aria-labelledby="innehall-rubrik" data-pagefind-ignore="">
      <details class="innehall-fallbar">
        <summary><span id="innehall-rubrik">{title}</span></summary>
        <ol class="innehall-lista">{nest(entries).map(item)}</ol>
      </details>
    </nav>
  );
}
