/**
 * Markdown (mdast) to laid-out rows: paragraphs, nested lists, emphasis, links,
 * footnotes, block quotes and code. The same walker serves running text and table
 * cells; GFM tables in running text become table items (see markdown-items.ts).
 */
import type { FootnoteDefinition, List, ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import { isSafeHref } from '../../markdown/parse-markdown';
import type { FontStyle } from './fonts';
import { nextGroup, type BoxRow, type PageFlow } from './flow';
import { artifact, type StructNode } from './tagging';
import { layoutRuns, type Run, type TextStyle } from './text-layout';
import { COLOR, LIST_INDENT, PARAGRAPH_GAP, SMALL } from './theme';

/** Numbers footnotes across the whole document; identifiers are local to one text. */
export class FootnoteCounter {
  private count = 0;
  next(): number {
    return ++this.count;
  }
}

export interface ProseContext {
  footnotes: FootnoteCounter;
}

/** Per-text state: footnote numbers by identifier and the definitions to print. */
export class ProseScope {
  readonly numbers = new Map<string, number>();
  readonly definitions = new Map<string, FootnoteDefinition>();
  constructor(readonly ctx: ProseContext, tree: Root) {
    this.addDefinitions(tree);
  }
  /** Adds the footnote definitions of another tree of the same text (items of a list). */
  addDefinitions(tree: Root): void {
    for (const node of tree.children) if (node.type === 'footnoteDefinition' && !this.definitions.has(node.identifier)) this.definitions.set(node.identifier, node);
  }
  numberOf(identifier: string): number {
    let n = this.numbers.get(identifier);
    if (n === undefined) { n = this.ctx.footnotes.next(); this.numbers.set(identifier, n); }
    return n;
  }
  /**
   * Numbers the footnote references under `node` in reading order now. Table cells are
   * laid out only when the table is drawn, after all running text has been laid out;
   * reserving their numbers while the items are built keeps the numbering in document order.
   */
  reserve(node: Root | RootContent): void {
    if (node.type === 'footnoteDefinition') return;
    if (node.type === 'footnoteReference') { this.numberOf(node.identifier); return; }
    if ('children' in node) for (const child of node.children) this.reserve(child as RootContent);
  }
}

export function footnoteAnchor(n: number): string {
  return `fotnot-${n}`;
}

interface InlineState { bold: boolean; italic: boolean; link?: string; node?: StructNode }

function styleOf(state: InlineState): FontStyle {
  return state.bold ? (state.italic ? 'boldItalic' : 'bold') : state.italic ? 'italic' : 'regular';
}

/** Inline mdast to styled runs; links get their own Link structure node. */
export function inlineRuns(nodes: readonly PhrasingContent[], scope: ProseScope | undefined, parent: StructNode, base: Partial<InlineState> = {}): Run[] {
  const runs: Run[] = [];
  const walk = (list: readonly PhrasingContent[], state: InlineState) => {
    for (const node of list) {
      switch (node.type) {
        case 'text':
          runs.push({ text: node.value.replace(/\s*\n\s*/g, ' '), style: styleOf(state), link: state.link, node: state.node });
          break;
        case 'inlineCode':
          runs.push({ text: node.value, style: styleOf(state), link: state.link, node: state.node });
          break;
        case 'emphasis':
          walk(node.children, { ...state, italic: !state.italic });
          break;
        case 'strong':
          walk(node.children, { ...state, bold: true });
          break;
        case 'delete':
          walk(node.children, state);
          break;
        case 'break':
          runs.push({ text: '\n', style: styleOf(state) });
          break;
        case 'link': {
          const href = node.url;
          if (state.link || !isSafeHref(href)) { walk(node.children, state); break; }
          const linkNode = parent.child('Link');
          walk(node.children.length ? node.children : [{ type: 'text', value: href.replace(/^mailto:/i, '') }], { ...state, link: href, node: linkNode });
          break;
        }
        case 'image':
          if (node.alt) runs.push({ text: node.alt, style: 'italic' });
          break;
        case 'footnoteReference': {
          if (!scope) break;
          const n = scope.numberOf(node.identifier);
          runs.push({ text: String(n), style: 'regular', sup: true, link: `#${footnoteAnchor(n)}`, node: parent.child('Link') });
          break;
        }
        case 'html':
          runs.push({ text: node.value.replace(/<[^>]*>/g, ''), style: styleOf(state) });
          break;
        default:
          if ('children' in node) walk(node.children as PhrasingContent[], state);
          else if ('value' in node) runs.push({ text: String(node.value), style: styleOf(state) });
      }
    }
  };
  walk(nodes, { bold: base.bold ?? false, italic: base.italic ?? false });
  return runs;
}

export interface RowOptions {
  x: number;
  width: number;
  style: TextStyle;
  color?: string;
  hyphenate?: boolean;
}

/** Lays out runs as the rows of one paragraph owned by `node`. */
export function paragraphRows(runs: readonly Run[], node: StructNode, options: RowOptions): BoxRow[] {
  const lines = layoutRuns(runs, options.width, options.style, { hyphenate: options.hyphenate });
  const group = nextGroup();
  return lines.map((line, index) => ({
    height: options.style.leading,
    items: [{ x: options.x, line, style: options.style, owner: node, color: options.color }],
    group, index, count: lines.length,
  }));
}

/**
 * Appends in a loop: a paragraph may have more rows than a spread may pass as arguments
 * (a megabyte word in a narrow cell), and push(...rows) then throws a RangeError.
 */
export function pushAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

function gapRow(height: number): BoxRow {
  return { height, items: [] };
}

const BULLETS = ['•', '–', '◦', '·'];

/** Block-level mdast to rows. Tables inside are flattened to text (used in cells). */
export class ProseWriter {
  readonly rows: BoxRow[] = [];

  constructor(
    readonly scope: ProseScope | undefined,
    readonly style: TextStyle,
    readonly hyphenate = true,
  ) {}

  private gap(height = PARAGRAPH_GAP * (this.style.size / 10.5)): void {
    if (this.rows.length && this.rows.at(-1)!.items.length) this.rows.push(gapRow(height));
  }

  blocks(nodes: readonly RootContent[], x: number, width: number, parent: StructNode, depth = 0): void {
    for (const node of nodes) this.block(node, x, width, parent, depth);
  }

  block(node: RootContent, x: number, width: number, parent: StructNode, depth: number): void {
    const opts = { x, width, style: this.style, hyphenate: this.hyphenate };
    switch (node.type) {
      case 'paragraph': {
        this.gap();
        const p = parent.child('P');
        pushAll(this.rows, paragraphRows(inlineRuns(node.children, this.scope, p), p, opts));
        break;
      }
      case 'heading': {
        this.gap();
        const p = parent.child('P');
        pushAll(this.rows, paragraphRows(inlineRuns(node.children, this.scope, p, { bold: true }), p, opts));
        break;
      }
      case 'list':
        this.gap();
        this.list(node, x, width, parent, depth);
        break;
      case 'blockquote': {
        this.gap();
        const quote = parent.child('BlockQuote');
        this.blocks(node.children, x + LIST_INDENT, width - LIST_INDENT, quote, depth);
        break;
      }
      case 'code': {
        this.gap();
        const p = parent.child('P');
        pushAll(this.rows, paragraphRows([{ text: node.value, style: 'regular' }], p, opts));
        break;
      }
      case 'table': {
        // Only reached inside table cells: each row as a line "a | b | c".
        this.gap();
        for (const row of node.children) {
          const p = parent.child('P');
          const runs: Run[] = [];
          row.children.forEach((cell, i) => {
            if (i) runs.push({ text: ' | ', style: 'regular' });
            runs.push(...inlineRuns(cell.children, this.scope, p));
          });
          pushAll(this.rows, paragraphRows(runs, p, opts));
        }
        break;
      }
      case 'thematicBreak':
        this.gap(this.style.leading);
        break;
      case 'html': {
        const text = node.value.replace(/<[^>]*>/g, '').trim();
        if (text) {
          this.gap();
          const p = parent.child('P');
          pushAll(this.rows, paragraphRows([{ text, style: 'regular' }], p, opts));
        }
        break;
      }
      default:
        // footnoteDefinition (printed by footnoteRows), definition, yaml: nothing here.
        break;
    }
  }

  list(node: List, x: number, width: number, parent: StructNode, depth: number): void {
    const list = parent.child('L');
    const start = node.start ?? 1;
    const labelWidth = node.ordered ? Math.max(14, String(start + node.children.length).length * this.style.size * 0.55 + 6) : 11;
    node.children.forEach((item: ListItem, i) => {
      const li = list.child('LI');
      const label = node.ordered ? `${start + i}.` : BULLETS[depth % BULLETS.length]!;
      const body = li.child('LBody');
      const before = this.rows.length;
      const inner = new ProseWriter(this.scope, this.style, this.hyphenate);
      inner.blocks(item.children, x + labelWidth, width - labelWidth, body, depth + 1);
      // Tight lists: no gap between items.
      const innerRows = inner.rows;
      if (i > 0 && node.spread) this.rows.push(gapRow(PARAGRAPH_GAP / 2));
      const first = innerRows.find((row) => row.items.length > 0);
      const lbl = li.child('Lbl');
      const labelLine = layoutRuns([{ text: label, style: 'regular' }], labelWidth, this.style)[0]!;
      if (first) first.items.unshift({ x, line: labelLine, style: this.style, owner: lbl });
      else innerRows.push({ height: this.style.leading, items: [{ x, line: labelLine, style: this.style, owner: lbl }] });
      // The label must be drawn before the body for reading order: it is the first item.
      void before;
      pushAll(this.rows, innerRows);
    });
  }
}

/** Rows for plain text (one paragraph per line break-separated block). */
export function textRows(text: string, parent: StructNode, options: RowOptions & { style: TextStyle }, fontStyle: FontStyle = 'regular'): BoxRow[] {
  const p = parent.child('P');
  return paragraphRows([{ text, style: fontStyle }], p, options);
}

/** The footnotes of one text, to print at its end: "1 Text …". */
export function footnoteRows(scope: ProseScope, parent: StructNode, x: number, width: number, style: TextStyle): BoxRow[] {
  const rows: BoxRow[] = [];
  const used = [...scope.numbers.entries()].sort((a, b) => a[1] - b[1]);
  for (const [identifier, n] of used) {
    const definition = scope.definitions.get(identifier);
    if (!definition) continue;
    const note = parent.child('Note');
    const writer = new ProseWriter(scope, style);
    const numberWidth = 14;
    writer.blocks(definition.children, x + numberWidth, width - numberWidth, note);
    const first = writer.rows.find((row) => row.items.length > 0);
    const lbl = note.child('Lbl');
    const line = layoutRuns([{ text: `${n}`, style: 'regular', sup: false }], numberWidth, style)[0]!;
    if (first) {
      first.items.unshift({ x, line, style, owner: lbl });
      first.anchors = [footnoteAnchor(n)];
    }
    pushAll(rows, writer.rows);
  }
  return rows;
}

/**
 * Prints the used footnotes of one or more texts (in number order) below a short rule:
 * at the end of a text, or below a table for the notes of its cells. The Note elements
 * become children of `parent`, after the text or the table.
 */
export function drawFootnotes(flow: PageFlow, scopes: readonly ProseScope[], parent: StructNode, width: number = flow.width): void {
  const used = scopes.filter((scope) => [...scope.numbers.keys()].some((id) => scope.definitions.has(id)));
  if (used.length === 0) return;
  const first = (scope: ProseScope) => { let min = Infinity; for (const n of scope.numbers.values()) min = Math.min(min, n); return min; };
  const rows = [...new Set(used)].sort((a, b) => first(a) - first(b)).flatMap((scope) => footnoteRows(scope, parent, 0, width, SMALL));
  flow.space(6);
  flow.ensure(SMALL.leading * 2);
  const y = flow.y;
  artifact(flow.doc, 'Layout', () => {
    flow.doc.moveTo(flow.left, y).lineTo(flow.left + 120, y).lineWidth(0.5).strokeColor(COLOR.rule).stroke();
  });
  flow.space(4);
  flow.drawRows(rows);
}
