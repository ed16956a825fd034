/**
 * Runs the zod model and turns every issue into a located Swedish problem:
 * `file:line:col  field.path  message`. Users never see a raw ZodError.
 */
import type * as z from 'zod';
import { formatFieldPath } from '../load/field-path';
import type { SourceMap } from '../load/source-map';
import type { Problem } from '../problems';
import { closestMatch, didYouMean } from './suggest';
import { isNonFiniteNumber, swedishErrorMap, UNKNOWN_KEYS_MARKER } from './swedish-error-map';

type Issue = z.core.$ZodIssue;

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

/** For a failed union, the branch the author most likely meant: the one that got furthest. */
function likelyBranch(branches: Issue[][]): Issue[] {
  const score = (issues: Issue[]) =>
    issues.filter((i) => i.path.length === 0 && i.code === 'invalid_type').length * 1000 + issues.length;
  return [...branches].sort((a, b) => score(a) - score(b))[0] ?? [];
}

function flatten(issues: readonly Issue[], prefix: PropertyKey[] = []): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      out.push(...flatten(likelyBranch(issue.errors), path));
    } else {
      out.push({ ...issue, path } as Issue);
    }
  }
  return out;
}

export function schemaProblems<T extends z.ZodType>(
  schema: T,
  data: unknown,
  sourceMap: SourceMap,
): { value?: z.output<T>; problems: Problem[] } {
  const result = schema.safeParse(data, { error: swedishErrorMap });
  if (result.success) return { value: result.data, problems: [] };

  const problems: Problem[] = [];
  const push = (path: PropertyKey[], code: string, message: string, preferKey = false) => {
    problems.push({ severity: 'error', code, ...sourceMap.locate(path, preferKey), path: formatFieldPath(path), message });
  };

  const issues = flatten(result.error.issues);
  // A required field that is missing because its key is misspelt is one mistake, not two:
  // the unknown key's message says so, and the field's own "missing" message is left out.
  const missingFields = new Set(issues.filter((issue) => issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined).map((issue) => formatFieldPath(issue.path)));
  const knownKeys = (issue: Issue & { code: 'unrecognized_keys' }) =>
    issue.message.startsWith(UNKNOWN_KEYS_MARKER) ? issue.message.slice(UNKNOWN_KEYS_MARKER.length).split(',').filter(Boolean) : [];
  /** Missing field → the misspelt key that explains it (the first, when several would). */
  const explained = new Map<string, string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    for (const key of issue.keys) {
      const match = closestMatch(key, knownKeys(issue));
      const field = match === undefined ? undefined : formatFieldPath([...issue.path, match]);
      if (field && missingFields.has(field) && !explained.has(field)) explained.set(field, formatFieldPath([...issue.path, key]));
    }
  }
  for (const issue of issues) {
    const path = [...issue.path];
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(issue);
      for (const key of issue.keys) {
        const match = closestMatch(key, known);
        const field = match === undefined ? undefined : formatFieldPath([...path, match]);
        if (field && explained.get(field) === formatFieldPath([...path, key])) {
          push([...path, key], 'okand-nyckel', `Okänd nyckel "${key}". Menade du "${match}"? Fältet "${match}" måste anges och saknas.`, true);
        } else {
          push([...path, key], 'okand-nyckel', `Okänd nyckel "${key}".${didYouMean(key, known)}`, true);
        }
      }
    } else if (issue.code === 'invalid_union' && 'discriminator' in issue) {
      const options = ((issue as { options?: unknown[] }).options ?? []).map(String);
      const given = valueAt(data, path);
      push(
        path,
        'okand-blocktyp',
        given === undefined
          ? `Blocket saknar "type". Tillåtna typer: ${options.join(', ')}.`
          : `Okänd blocktyp "${String(given)}".${didYouMean(String(given), options)} Tillåtna typer: ${options.join(', ')}.`,
      );
    } else {
      const missing = (issue.code === 'invalid_type' || issue.code === 'invalid_value') && valueAt(data, path) === undefined;
      if (missing && explained.has(formatFieldPath(path))) continue;
      const notANumber = issue.code === 'invalid_type' && (issue.expected === 'number' || issue.expected === 'int') && isNonFiniteNumber(valueAt(data, path));
      push(path, missing ? 'falt-saknas' : notANumber ? 'inte-ett-tal' : issueCode(issue), issue.message, missing);
    }
  }
  return { problems };
}

function issueCode(issue: Issue): string {
  switch (issue.code) {
    case 'custom': return (issue.params?.code as string | undefined) ?? 'ogiltigt-varde';
    case 'invalid_type': return 'fel-typ';
    case 'invalid_value': return 'ogiltigt-varde';
    case 'too_small': return 'for-litet';
    case 'too_big': return 'for-stort';
    case 'invalid_format': return 'fel-format';
    default: return 'ogiltigt-varde';
  }
}
