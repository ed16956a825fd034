import type { Plan } from '../../schemas';
import { formatFieldPath, type PathSegment } from '../load/field-path';
import type { LoadedPlan } from '../load/load-plan';
import type { Problem, Severity } from '../problems';

/** What a semantic check gets: the parsed plan, where it came from, and a way to report. */
export class CheckContext {
  readonly problems: Problem[] = [];

  constructor(readonly plan: Plan, readonly loaded: LoadedPlan) {}

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
