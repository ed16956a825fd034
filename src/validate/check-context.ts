import type { Plan } from '../../schemas';
import { formatFieldPath, type PathSegment } from '../load/field-path';
import type { LoadedPlan } from '../load/load-plan';
import type { Problem, Severity, SourceLocation } from '../problems';
import { walkStrings } from './walk-plan';

export interface LocatedString { text: string; path: PathSegment[] }

/** What a semantic check gets: the parsed plan, where it came from, and a way to report. */
export class CheckContext {
  readonly problems: Problem[] = [];

  private stringsCache?: LocatedString[];

  constructor(readonly plan: Plan, readonly loaded: LoadedPlan) {}

  /** Every string in the plan with its path, collected once for all the checks that read text. */
  get strings(): readonly LocatedString[] {
    if (!this.stringsCache) {
      const strings: LocatedString[] = [];
      walkStrings(this.plan, [], (text, path) => strings.push({ text, path }));
      this.stringsCache = strings;
    }
    return this.stringsCache;
  }

  report(severity: Severity, code: string, path: readonly PathSegment[], message: string, preferKey = false): void {
    this.problems.push({ severity, code, ...this.loaded.sourceMap.locate(path, preferKey), path: formatFieldPath(path), message });
  }

  /**
   * Where a line and column inside a string field lie in its file. A section body read from
   * a Markdown file keeps its lines, so the place is exact there; text inside YAML points at
   * its field (`exact: false`: the message should name the line within the text).
   */
  locateInText(path: readonly PathSegment[], text: string, line: number, column: number): { location: SourceLocation; exact: boolean } {
    const field = this.loaded.sourceMap.locate(path);
    if (path.at(-1) !== 'body' || !field.file.endsWith('.md')) return { location: field, exact: false };
    const firstLine = Math.max(0, text.split('\n').findIndex((row) => row.trim() !== ''));
    return { location: { file: field.file, line: field.line - firstLine + line - 1, column }, exact: true };
  }

  errorAt(code: string, location: SourceLocation, path: readonly PathSegment[], message: string): void {
    this.problems.push({ severity: 'error', code, ...location, path: formatFieldPath(path), message });
  }

  error(code: string, path: readonly PathSegment[], message: string): void {
    this.report('error', code, path, message);
  }

  warning(code: string, path: readonly PathSegment[], message: string): void {
    this.report('warning', code, path, message);
  }
}
