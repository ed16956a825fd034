/**
 * What one Markdown text may ask of the parser and the renderers.
 *
 * The parser (micromark), the site's mdast → hast → HTML and the PDF's prose walker
 * recurse once per nesting level: 20 000 nested ">" overflowed the stack (after check had
 * said 0 errors). And micromark's time grows with the square of the inline markup in one
 * paragraph (emphasis, links, strikethrough, code: 80 kB of "a* " took two minutes).
 * Real plans stay far below both limits (four levels, a handful of markup characters per
 * paragraph); check refuses texts beyond them (src/validate/checks/check-nesting.ts) and
 * parseMarkdown() never parses them, so neither renderer sees such a tree.
 *
 * The scan reads each line once, before anything is parsed: nesting from the line's
 * container prefix (">" and list markers, and indentation, which is how lists nest), and
 * markup characters per paragraph. It errs towards counting too much: a paragraph ends
 * only at a blank line, a heading or a bullet list item.
 */
import type { Nodes, Root } from 'mdast';

/** Nesting levels (block quotes, lists, emphasis, links …) one text may have. */
export const MAX_NESTING = 20;
/**
 * Columns of one table: each is a slice of the page (50 leave under a centimetre), and a
 * table of thousands took the PDF minutes and gigabytes.
 */
export const MAX_TABLE_COLUMNS = 50;
/** Characters that open or close inline markup (* _ ~ [ ] < `) in one paragraph. */
export const MAX_MARKUP_PER_PARAGRAPH = 1000;

export interface MarkdownLimitProblem {
  kind: 'nesting' | 'markup' | 'columns';
  /** Offset in the text of the line where the limit is passed. */
  offset: number;
  /** Nesting depth reached, markup characters in the paragraph, or table columns. */
  count: number;
}

/** 1 at the char codes of the markup characters: the scan looks at every character of every text. */
const MARKUP = new Uint8Array(128);
for (const char of '*_~[]<`') MARKUP[char.charCodeAt(0)] = 1;

function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t';
}

/** The first limit `text` passes, found in one pass over it without parsing. */
export function scanMarkdownLimits(text: string): MarkdownLimitProblem | undefined {
  return scanMarkdown(text).problem;
}

export interface MarkdownScan {
  problem?: MarkdownLimitProblem;
  /** Deepest container nesting of a line, and markup characters in the whole text. */
  depth: number;
  markup: number;
}

/**
 * Whether a text within the scan's limits could still nest too deep inline (emphasis
 * in emphasis needs two markup characters a level): only then is its tree worth a look.
 */
export function mayNestTooDeep(scan: MarkdownScan): boolean {
  return scan.depth + scan.markup / 2 > MAX_NESTING;
}

export function scanMarkdown(text: string): MarkdownScan {
  let markup = 0;
  let total = 0;
  let deepest = 0;
  for (let lineStart = 0; lineStart <= text.length;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let i = lineStart;
    let depth = 0;
    let columns = 0;
    let newParagraph = false;
    let listMarker = false;
    // The container prefix: indentation, block quote markers and list markers.
    for (let afterMarker = false; ; afterMarker = true) {
      // The first space after a marker belongs to it; more is indentation.
      if (afterMarker && isSpace(text[i])) i++;
      while (isSpace(text[i])) { columns += text[i] === '\t' ? 4 : 1; i++; }
      if (text[i] === '>') { depth++; i++; continue; }
      const bullet = (text[i] === '-' || text[i] === '+' || text[i] === '*') && (isSpace(text[i + 1]) || i + 1 >= lineEnd);
      // A list item starts a new paragraph, unless indented like a continuation line.
      if (bullet) { depth++; listMarker = true; newParagraph ||= columns < 4; i++; continue; }
      let digits = i;
      while (digits < lineEnd && digits - i < 9 && text[digits]! >= '0' && text[digits]! <= '9') digits++;
      if (digits > i && (text[digits] === '.' || text[digits] === ')') && (isSpace(text[digits + 1]) || digits + 1 >= lineEnd)) {
        depth++;
        listMarker = true;
        // Only "1." may start a list inside a paragraph; other numbers continue it.
        if (text.slice(i, digits) === '1') newParagraph ||= columns < 4;
        i = digits + 1;
        continue;
      }
      break;
    }
    depth += Math.floor(columns / 2);
    if (depth > MAX_NESTING) return { problem: { kind: 'nesting', offset: lineStart, count: depth }, depth, markup: total };
    deepest = Math.max(deepest, depth);
    const columnCount = delimiterRowColumns(text, i, lineEnd);
    if (columnCount > MAX_TABLE_COLUMNS) return { problem: { kind: 'columns', offset: lineStart, count: columnCount }, depth: deepest, markup: total };
    let blank = true;
    for (let k = i; k < lineEnd; k++) if (!isSpace(text[k]) && text[k] !== '\r') { blank = false; break; }
    let hashes = i;
    while (text[hashes] === '#' && hashes - i < 6) hashes++;
    const heading = hashes > i && columns < 4 && (isSpace(text[hashes]) || hashes >= lineEnd);
    // An empty list item cannot interrupt a paragraph; a line of only ">" is blank.
    if ((blank && !listMarker) || (newParagraph && !blank) || heading) markup = 0;
    for (let k = i; k < lineEnd; k++) {
      if (MARKUP[text.charCodeAt(k)] !== 1) continue;
      total++;
      if (++markup > MAX_MARKUP_PER_PARAGRAPH) return { problem: { kind: 'markup', offset: lineStart, count: markup }, depth: deepest, markup: total };
    }
    lineStart = lineEnd + 1;
  }
  return { depth: deepest, markup: total };
}

/** Columns of a table's delimiter row ("|---|:--:|"), or 0 for any other line. */
function delimiterRowColumns(text: string, from: number, to: number): number {
  let pipes = 0;
  let dashes = false;
  for (let k = from; k < to; k++) {
    const char = text[k];
    if (char === '|') pipes++;
    else if (char === '-') dashes = true;
    else if (char !== ':' && char !== ' ' && char !== '\t' && char !== '\r') return 0;
  }
  if (!dashes || pipes === 0) return 0;
  const trimmed = text.slice(from, to).trim();
  return pipes + 1 - (trimmed.startsWith('|') ? 1 : 0) - (trimmed.endsWith('|') && trimmed.length > 1 ? 1 : 0);
}

/** Node types that nest (each level one step of MAX_NESTING). */
const NESTING = new Set(['blockquote', 'list', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'footnoteDefinition']);

/**
 * The deepest nesting in a parsed tree, where it is (a plain loop: the tree may be deep),
 * when it passes MAX_NESTING: emphasis inside emphasis is only seen after parsing.
 */
export function treeNestingProblem(tree: Root): MarkdownLimitProblem | undefined {
  const stack: Array<[Nodes, number]> = [[tree, 0]];
  while (stack.length) {
    const [node, outer] = stack.pop()!;
    const depth = outer + (NESTING.has(node.type) ? 1 : 0);
    if (depth > MAX_NESTING) return { kind: 'nesting', offset: node.position?.start.offset ?? 0, count: depth };
    if ('children' in node) for (const child of node.children) stack.push([child, depth]);
  }
  return undefined;
}

/** The text as one plain paragraph: what the renderers get for a text check refuses. */
export function plainTree(text: string): Root {
  const end = { line: text.split('\n').length, column: 1, offset: text.length };
  const position = { start: { line: 1, column: 1, offset: 0 }, end };
  return { type: 'root', position, children: [{ type: 'paragraph', position, children: [{ type: 'text', value: text, position }] }] };
}
