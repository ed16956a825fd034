/**
 * What the PDF colophon says about the source, read once per build (renderers run no git):
 * the commit of the content root when it is in a git checkout, whether files under it
 * differ from that commit, and the colophon's date. The date is SOURCE_DATE_EPOCH when
 * set, else the commit's date, else today's date (UTC) carried explicitly: never a clock
 * read inside the renderer, so the PDF cache key (render-all.ts) covers what is printed
 * and an incremental build equals a full build (docs/beslut.md).
 */
import { execFileSync } from 'node:child_process';
import type { SourceInfo } from '../pdf/document/colophon';

function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', ['-C', cwd, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim();
  } catch {
    return undefined;
  }
}

export function readSourceInfo(contentRoot: string, env: NodeJS.ProcessEnv = process.env, today: Date = new Date()): SourceInfo {
  const commit = git(contentRoot, ['rev-parse', '--verify', '--quiet', 'HEAD']);
  const valid = commit !== undefined && /^[0-9a-f]{40,64}$/.test(commit);
  const epoch = env.SOURCE_DATE_EPOCH;
  const date = epoch && /^\d+$/.test(epoch)
    ? new Date(Number(epoch) * 1000).toISOString().slice(0, 10)
    : (valid ? git(contentRoot, ['log', '-1', '--format=%cs', 'HEAD']) : undefined) ?? today.toISOString().slice(0, 10);
  if (!valid) return { date };
  const modified = (git(contentRoot, ['status', '--porcelain', '--', '.']) ?? '') !== '';
  return { date, commit, ...(modified ? { modified } : {}) };
}
