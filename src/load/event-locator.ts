/**
 * Finds where a value sits in YAML text using js-yaml's event stream: a light tree of
 * offsets, built only when a problem needs a location (the fast path's source map).
 */
import { EVENT_ID, getScalarValue, parseEvents, SCALAR_STYLE, type Event, type ScalarEvent } from 'js-yaml';

type OffsetNode =
  | { kind: 'map'; start: number; entries: [key: OffsetNode & { kind: 'scalar' }, value: OffsetNode][] }
  | { kind: 'seq'; start: number; items: OffsetNode[] }
  | { kind: 'scalar'; start: number; value: string }
  | { kind: 'other'; start: number };

/** Offset where a scalar is written: the quote or block indicator, as an editor sees it. */
function scalarStart(text: string, event: ScalarEvent): number {
  if (event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED) return event.valueStart - 1;
  if (event.style === SCALAR_STYLE.LITERAL_BLOCK || event.style === SCALAR_STYLE.FOLDED_BLOCK) {
    let i = event.valueStart - 1;
    while (i > 0 && text[i] !== '|' && text[i] !== '>') i--;
    return i;
  }
  return event.valueStart;
}

export function buildOffsetTree(text: string, parsed?: Event[]): OffsetNode | undefined {
  let events: Event[];
  try {
    events = parsed ?? parseEvents(text, { maxDepth: 100 });
  } catch {
    return undefined;
  }
  let i = 0;
  const read = (): OffsetNode => {
    const event = events[i++]!;
    switch (event.type) {
      case EVENT_ID.MAPPING: {
        const entries: [OffsetNode & { kind: 'scalar' }, OffsetNode][] = [];
        while (events[i] && events[i]!.type !== EVENT_ID.POP) {
          const key = read();
          const value = read();
          if (key.kind === 'scalar') entries.push([key, value]);
        }
        i++;
        return { kind: 'map', start: event.start, entries };
      }
      case EVENT_ID.SEQUENCE: {
        const items: OffsetNode[] = [];
        while (events[i] && events[i]!.type !== EVENT_ID.POP) items.push(read());
        i++;
        return { kind: 'seq', start: event.start, items };
      }
      case EVENT_ID.SCALAR:
        return { kind: 'scalar', start: scalarStart(text, event), value: getScalarValue(text, event) };
      default:
        return { kind: 'other', start: 'anchorStart' in event ? event.anchorStart : -1 };
    }
  };
  while (events[i] && events[i]!.type === EVENT_ID.DOCUMENT) i++;
  return events[i] ? read() : undefined;
}

/** Offsets of the value at `path` and of its key, if the path exists. */
export function locateOffsets(tree: OffsetNode | undefined, path: readonly PropertyKey[]): { value: number; key?: number } | undefined {
  let node = tree;
  let key: number | undefined;
  for (const segment of path) {
    if (!node) return undefined;
    key = undefined;
    if (node.kind === 'map') {
      const entry = node.entries.find(([k]) => k.value === String(segment));
      if (!entry) return undefined;
      key = entry[0].start;
      node = entry[1];
    } else if (node.kind === 'seq') {
      node = node.items[Number(segment)];
    } else {
      return undefined;
    }
  }
  if (!node) return undefined;
  // An empty value ("key:" with nothing after it) has no position of its own.
  const emptyScalar = node.kind === 'scalar' && node.value === '' && key !== undefined;
  if (emptyScalar) return { value: key!, key };
  return node.start < 0 ? undefined : { value: node.start, key };
}
