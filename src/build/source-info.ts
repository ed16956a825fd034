/**
 * What each PDF's colophon says about its source, read once per build (renderers run no
 * git): the last commit that touched the plan's folder, whether the folder differs from
 * it, and the colophon's date. Per plan, not the checkout's HEAD, so that a commit to one
 * plan re-renders only that plan's PDF and an archived PDF names the commit of its own
 * source. The date is SOURCE_DATE_EPOCH when set, else that commit's date, else today's
 * date (UTC) carried explicitly: never a clock read inside the renderer, so the PDF cache
 * key (render-all.ts) covers what is printed and an incremental build equals a full build
 * (docs/beslut.md).
 */
import type { SourceInfo } from '../pdf/document/colophon';
import { modifiedPlans, planCommits, type PlanCommit } from './last-changed';

export interface SourceOptions {
  env?: NodeJS.ProcessEnv;
  /** The date when neither SOURCE_DATE_EPOCH nor a commit gives one. */
  today?: Date;
  /** The plans' last commits when the caller already read them (planCommits). */
  commits?: Readonly<Record<string, PlanCommit>>;
  /** The modified plans when the caller started reading them (modifiedPlans). */
  modified?: Promise<Set<string>>;
}

export async function readSourceInfos(contentRoot: string, planIds: readonly string[], options: SourceOptions = {}): Promise<Record<string, SourceInfo>> {
  const { env = process.env, today = new Date() } = options;
  const epoch = env.SOURCE_DATE_EPOCH;
  const fixed = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000).toISOString().slice(0, 10) : undefined;
  const [commits, modified] = await Promise.all([options.commits ?? planCommits(contentRoot, planIds), options.modified ?? modifiedPlans(contentRoot)]);
  const infos: Record<string, SourceInfo> = {};
  for (const id of planIds) {
    const last = commits[id];
    const date = fixed ?? last?.date.slice(0, 10) ?? today.toISOString().slice(0, 10);
    infos[id] = last ? { date, commit: last.commit, ...(modified.has(id) ? { modified: true } : {}) } : { date };
  }
  return infos;
}
