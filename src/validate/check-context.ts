import type { Plan } from '../../schemas';
import { formatFieldPath, type PathSegment } from '../load/field-path';
import type { LoadedPlan } from '../load/load-plan';
import type { Problem, Severity } from '../problems';
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

  error(code: string, path: readonly PathSegment[], message: string): void {
    this.report('error', code, path, message);
  }

  warning(code: string, path: readonly PathSegment[], message: string): void {
    this.report('warning', code, path, message);
  }
}
