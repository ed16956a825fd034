/**
 * Texts and structures that nest deeper, or hold denser inline markup, than the parser
 * and both renderers handle in bounded stack and time (see markdown-limits.ts): refused
 * here, so that what check accepts is published, and nothing hangs or overflows.
 */
import { MAX_MARKUP_PER_PARAGRAPH, MAX_NESTING, MAX_TABLE_COLUMNS, type MarkdownLimitProblem } from '../../markdown/markdown-limits';
import { markdownLimitProblem } from '../../markdown/parse-markdown';
import type { PathSegment } from '../../load/field-path';
import { formatFieldPath } from '../../load/field-path';
import type { CheckContext } from '../check-context';

/**
 * Combining marks on one letter: real text has at most a few ("ệ"); font shaping places
 * each mark against all before it, so a run of thousands took minutes in the PDF.
 */
export const MAX_COMBINING_MARKS = 32;
const MARK_RUN = new RegExp(`\\p{M}{${MAX_COMBINING_MARKS + 1},}`, 'u');
/**
 * Every combining mark lies at U+0300 or above, so a run of them is as many UTF-16 units at
 * or above 0x300 in a row: a plain test that Swedish text fails, before the Unicode class.
 */
const MAY_HOLD_MARK_RUN = new RegExp(`[^\\u0000-\\u02ff]{${MAX_COMBINING_MARKS + 1}}`);

/** Model fields that nest: sections in sections, bullet items in bullet items. */
const NESTED_FIELDS: ReadonlyArray<[string, string]> = [['sections', 'avsnitt'], ['items', 'punktlistor']];

export function checkNesting(ctx: CheckContext): void {
  const reported = new Set<string>();
  for (const { text, path } of ctx.strings) {
    for (const [field, what] of NESTED_FIELDS) {
      const at = nthIndex(path, field, MAX_NESTING + 1);
      if (at < 0) continue;
      const deepPath = path.slice(0, at + 1);
      const key = formatFieldPath(deepPath);
      if (reported.has(key)) continue;
      reported.add(key);
      ctx.error('for-djup-nastling', deepPath, `${capitalize(what)} är nästlade i mer än ${MAX_NESTING} nivåer; högst ${MAX_NESTING} går att publicera. Lägg innehållet på en högre nivå i stället för ännu en nivå under.`);
    }
    const column = path.indexOf('columns');
    if (column >= 0 && path[column + 1] === MAX_TABLE_COLUMNS) {
      ctx.error('for-manga-kolumner', path.slice(0, column + 1), `Tabellen har fler än ${MAX_TABLE_COLUMNS} kolumner; fler får inte plats på en sida. Dela upp tabellen i flera tabeller.`);
    }
    const marks = MAY_HOLD_MARK_RUN.test(text) ? MARK_RUN.exec(text) : null;
    if (marks) {
      const line = countLines(text, marks.index);
      ctx.error('for-manga-kombinerande-tecken', path, `Texten har ${MAX_COMBINING_MARKS + 1} eller fler kombinerande tecken (accenter o.d.) på samma bokstav${line > 1 ? ` (rad ${line} i texten)` : ''}; högst ${MAX_COMBINING_MARKS} går att publicera. Ta bort de överflödiga tecknen.`);
      continue;
    }
    const problem = markdownLimitProblem(text);
    if (problem) report(ctx, text, path, problem);
  }
}

function report(ctx: CheckContext, text: string, path: readonly PathSegment[], problem: MarkdownLimitProblem): void {
  const lineInText = countLines(text, problem.offset);
  const location = ctx.loaded.sourceMap.locate(path);
  // A section file's body is located at its first non-blank line; other texts at their field.
  const inFile = location.file.endsWith('.md');
  const where = inFile || lineInText === 1 ? '' : ` (rad ${lineInText} i texten)`;
  const message = problem.kind === 'columns'
    ? `Tabellen har ${problem.count} kolumner${where}; högst ${MAX_TABLE_COLUMNS} får plats på en sida. Dela upp tabellen i flera tabeller.`
    : problem.kind === 'nesting'
    ? `Texten är nästlad i ${problem.count} nivåer${where} (citat, listor, betoning eller länkar i varandra); högst ${MAX_NESTING} nivåer går att publicera. Minska nästlingen, t.ex. genom att dela upp citatet eller listan.`
    : `Ett stycke har fler än ${MAX_MARKUP_PER_PARAGRAPH.toLocaleString('sv-SE')} formateringstecken (* _ ~ [ ] < \`)${where}; så mycket formatering går inte att publicera. Dela stycket med tomma rader eller ta bort formateringstecken.`;
  const code = problem.kind === 'columns' ? 'for-manga-kolumner' : problem.kind === 'nesting' ? 'for-djup-nastling' : 'for-mycket-formatering';
  if (!inFile) { ctx.error(code, path, message); return; }
  const line = location.line - firstNonBlankLine(text) + lineInText - 1;
  ctx.problems.push({ severity: 'error', code, file: location.file, line, column: 1, path: formatFieldPath(path), message });
}

/** 1-based line of `offset` in `text`. */
function countLines(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function firstNonBlankLine(text: string): number {
  const match = /\S/.exec(text);
  return match ? countLines(text, match.index) : 1;
}

/** Index in `path` of the n-th occurrence of `segment`, or -1. */
function nthIndex(path: readonly PathSegment[], segment: string, n: number): number {
  let seen = 0;
  for (let i = 0; i < path.length; i++) if (path[i] === segment && ++seen === n) return i;
  return -1;
}

function capitalize(text: string): string {
  return text[0]!.toUpperCase() + text.slice(1);
}
