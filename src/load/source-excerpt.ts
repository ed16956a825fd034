/**
 * The source line under a problem, with a caret under its column, as TypeScript and rustc
 * print them:
 *
 *     12 |   kind: klar
 *        |         ^
 *
 * Problems stay data (file, line, column); the CLI and the dev server read the files and
 * add the excerpt when they print. A line is shown as a terminal or a browser shows it in a
 * monospace font: a tab is four columns, a combining mark none, a wide (East Asian) character
 * or emoji two, and a control character is shown escaped (`\u{1b}`), never raw. A long line is
 * cut around the column with "…".
 */
import { readFileSync, statSync } from 'node:fs';
import { escapeControl, type Problem } from '../problems';

/** Lines longer than this (in display columns) are cut around the caret. */
const MAX_WIDTH = 100;
/** Files larger than this are not read for excerpts (the check refuses them anyway). */
const MAX_FILE_BYTES = 8 * 1024 * 1024;
const TAB_WIDTH = 4;

export interface ExcerptLine {
  /** 1-based line number in the file. */
  number: number;
  /** The line as displayed: tabs expanded, control characters escaped, possibly cut with "…". */
  text: string;
}

export interface SourceExcerpt {
  /** Lines shown, the problem's line last. */
  lines: ExcerptLine[];
  /** Display columns before the caret on the last line. */
  caretOffset: number;
}

const graphemes = new Intl.Segmenter('sv', { granularity: 'grapheme' });
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]+$/u;
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]|\p{Extended_Pictographic}/u;

interface Cell { text: string; width: number; start: number }

/** Printable ASCII and Latin-1 but the soft hyphen (Swedish letters precomposed): one column per code unit. */
const PLAIN = /^[\x20-\x7e\xa0-\xac\xae-\xff]*$/;

/** A line as display cells (one per grapheme), each with its UTF-16 start offset. */
function cells(line: string): Cell[] {
  // Nearly every line of a plan; segmenting graphemes is most of the cost of an excerpt.
  if (PLAIN.test(line)) return Array.from(line, (text, start) => ({ text, width: 1, start }));
  const out: Cell[] = [];
  let column = 0;
  for (const { segment, index } of graphemes.segment(line)) {
    let text: string;
    let width: number;
    if (segment === '\t') {
      width = TAB_WIDTH - (column % TAB_WIDTH);
      text = ' '.repeat(width);
    } else {
      text = escapeControl(segment);
      if (text !== segment) width = text.length;
      else if (ZERO_WIDTH.test(segment)) width = 0;
      else width = WIDE.test(segment) ? 2 : 1;
    }
    out.push({ text, width, start: index });
    column += width;
  }
  return out;
}

function show(line: string): string {
  return cells(line).map((cell) => cell.text).join('');
}

/** The last text split into lines: problems come sorted by file, and a plan may have hundreds in one. */
let lastRows: { text: string; rows: string[] } | undefined;
function rowsOf(text: string): string[] {
  if (lastRows?.text !== text) lastRows = { text, rows: text.replace(/\r\n?/g, '\n').split('\n') };
  return lastRows.rows;
}

/**
 * The excerpt for `line`:`column` (1-based; the column counts UTF-16 code units, as the
 * loaders do) of `text`, with up to `before` lines above it
 * (neither blank nor a YAML comment). Undefined when the
 * line is not in the text.
 */
export function sourceExcerpt(text: string, line: number, column: number, before = 0): SourceExcerpt | undefined {
  const rows = rowsOf(text);
  const row = rows[line - 1];
  if (row === undefined || line < 1) return undefined;
  const lineCells = cells(row);
  const offset = Math.max(0, column - 1);
  let caret = 0;
  let caretIndex = lineCells.length;
  for (let i = 0; i < lineCells.length; i++) {
    if (lineCells[i]!.start >= offset) { caretIndex = i; break; }
    caret += lineCells[i]!.width;
  }
  const total = lineCells.reduce((sum, cell) => sum + cell.width, 0);
  let shown: string;
  if (total <= MAX_WIDTH) {
    shown = lineCells.map((cell) => cell.text).join('');
  } else {
    // Keep a window of MAX_WIDTH columns with the caret a third of the way in.
    let first = caretIndex;
    let width = 0;
    while (first > 0 && width + lineCells[first - 1]!.width <= MAX_WIDTH / 3) width += lineCells[--first]!.width;
    let last = caretIndex;
    while (last < lineCells.length && width + lineCells[last]!.width <= MAX_WIDTH) width += lineCells[last++]!.width;
    const head = first > 0 ? '…' : '';
    const tail = last < lineCells.length ? '…' : '';
    caret = head.length + lineCells.slice(first, caretIndex).reduce((sum, cell) => sum + cell.width, 0);
    shown = head + lineCells.slice(first, last).map((cell) => cell.text).join('') + tail;
  }
  const lines: ExcerptLine[] = [];
  for (let n = line - 1; n >= 1 && lines.length < before; n--) {
    const above = rows[n - 1]!;
    // Blank lines and comments say nothing about the structure around the line.
    if (above.trim() === '' || above.trimStart().startsWith('#')) continue;
    lines.unshift({ number: n, text: cut(show(above)) });
  }
  lines.push({ number: line, text: shown.trimEnd() });
  return { lines, caretOffset: caret };
}

function cut(text: string): string {
  return text.length > MAX_WIDTH ? `${text.slice(0, MAX_WIDTH)}…` : text.trimEnd();
}

/** How many lines above the problem's own line an excerpt shows: indentation needs its neighbours. */
export function contextLines(problem: Pick<Problem, 'code' | 'message'>): number {
  return problem.code === 'yaml-indrag' ? 3 : 0;
}

/**
 * The excerpt for a problem, if its file was read and its line exists. A problem with the
 * whole file (no field, at 1:1: a file outside content/, too large, not UTF-8) has none: its
 * first line says nothing about it. YAML syntax errors at 1:1 keep theirs.
 */
export function problemExcerpt(problem: Problem, texts: ReadonlyMap<string, string>): SourceExcerpt | undefined {
  if (problem.line === 1 && problem.column === 1 && problem.path === '' && !problem.code.startsWith('yaml')) return undefined;
  const text = texts.get(problem.file);
  return text === undefined ? undefined : sourceExcerpt(text, problem.line, problem.column, contextLines(problem));
}

/** The excerpt as terminal lines: `  12 | text` and the caret line under it. */
export function formatExcerpt(excerpt: SourceExcerpt): string[] {
  const width = String(excerpt.lines.at(-1)!.number).length;
  const gutter = (n?: number) => `  ${(n === undefined ? '' : String(n)).padStart(width)} | `;
  return [
    ...excerpt.lines.map((l) => `${gutter(l.number)}${l.text}`.trimEnd()),
    `${gutter()}${' '.repeat(excerpt.caretOffset)}^`,
  ];
}

/**
 * A file a problem names, as text for its excerpts; undefined when it cannot be read, is
 * not text or is too large. Read synchronously: only a regular file is read (a FIFO or
 * device, which could block, is refused by the stat), and for the 800 files of the
 * benchmark's 1600 warnings a promise per file through libuv's thread pool took 250–400 ms.
 */
export function readProblemSource(file: string): string | undefined {
  try {
    const info = statSync(file);
    if (!info.isFile() || info.size > MAX_FILE_BYTES) return undefined;
    const bytes = readFileSync(file);
    if (bytes.includes(0)) return undefined;
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\ufeff/, '');
  } catch {
    return undefined;
  }
}

/** The files the problems name (each once), for their excerpts (see `readProblemSource`). */
export function readProblemSources(problems: readonly Problem[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const file of new Set(problems.filter((p) => p.line > 0).map((p) => p.file))) {
    const text = readProblemSource(file);
    if (text !== undefined) texts.set(file, text);
  }
  return texts;
}

/** `formatProblem`'s line followed by the excerpt, as the commands print a problem. */
export function problemWithExcerpt(formatted: string, problem: Problem, texts: ReadonlyMap<string, string>): string {
  const excerpt = problemExcerpt(problem, texts);
  return excerpt ? [formatted, ...formatExcerpt(excerpt)].join('\n') : formatted;
}
