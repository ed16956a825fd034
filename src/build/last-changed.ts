/**
 * "Senast ändrad" on a plan page: the date of the last commit that touched the plan's
 * folder. One `git log` over the content folder gives every plan's date at once (the
 * newest commit naming a file in the folder); outside a git repository, or without git,
 * no plan has a date and the page shows none. Uncommitted edits do not count: the date is
 * that of the published history.
 */
import { execFile } from 'node:child_process';

/** The last commit that touched a plan's folder: its full hash and its date (ISO 8601). */
export interface PlanCommit {
  commit: string;
  date: string;
}

function git(cwd: string, args: string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', ['-c', 'core.quotePath=false', '-C', cwd, ...args],
      { maxBuffer: 256 * 1024 * 1024, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } },
      (error, stdout) => resolve(error ? undefined : stdout));
  });
}

/** The content folder's history, one `git log`; undefined outside git. */
export function contentLog(contentRoot: string): Promise<string | undefined> {
  return git(contentRoot, ['log', '--format=@@%H %cI', '--name-only', '--relative', '--', '.']);
}

/**
 * Each plan's last commit, from one `git log` over the content folder; empty outside git.
 * `npm run build` starts the log (`contentLog`) before it checks the plans: git runs in a
 * process of its own while the check takes this one.
 */
export async function planCommits(contentRoot: string, planIds: Iterable<string>, history: Promise<string | undefined> = contentLog(contentRoot)): Promise<Record<string, PlanCommit>> {
  const wanted = new Set(planIds);
  const log = await history;
  const commits: Record<string, PlanCommit> = {};
  if (log === undefined) return commits;
  let current: PlanCommit | undefined;
  for (const line of log.split('\n')) {
    if (line.startsWith('@@')) {
      const [commit, date] = line.slice(2).trim().split(' ');
      current = commit && date ? { commit, date } : undefined;
      continue;
    }
    const top = line.split('/')[0];
    if (current && top && wanted.has(top) && !(top in commits)) commits[top] = current;
  }
  return commits;
}

/** Plans whose folder has changes not in the last commit (edited, added or untracked files). */
export async function modifiedPlans(contentRoot: string): Promise<Set<string>> {
  const [changed, untracked] = await Promise.all([
    git(contentRoot, ['diff', '--name-only', '--relative', 'HEAD', '--', '.']),
    git(contentRoot, ['ls-files', '--others', '--exclude-standard', '--', '.']),
  ]);
  return new Set(`${changed ?? ''}\n${untracked ?? ''}`.split('\n').filter((line) => line.includes('/')).map((line) => line.split('/')[0]!));
}

/** Each plan's "Senast ändrad": its last commit's date. */
export function commitDates(commits: Readonly<Record<string, PlanCommit>>): Record<string, string> {
  return Object.fromEntries(Object.entries(commits).map(([id, { date }]) => [id, date]));
}

export async function lastChangedDates(contentRoot: string, planIds: Iterable<string>): Promise<Record<string, string>> {
  return commitDates(await planCommits(contentRoot, planIds));
}
