/**
 * "Senast ändrad" on a plan page: the date of the last commit that touched the plan's
 * folder. One `git log` over the content folder gives every plan's date at once (the
 * newest commit naming a file in the folder); outside a git repository, or without git,
 * no plan has a date and the page shows none. Uncommitted edits do not count: the date is
 * that of the published history.
 */
import { execFile } from 'node:child_process';

export async function lastChangedDates(contentRoot: string, planIds: Iterable<string>): Promise<Record<string, string>> {
  const wanted = new Set(planIds);
  let log: string;
  try {
    log = await new Promise<string>((resolve, reject) => {
      execFile('git', ['-c', 'core.quotePath=false', '-C', contentRoot, 'log', '--format=@@%cI', '--name-only', '--relative', '--', '.'],
        { maxBuffer: 256 * 1024 * 1024, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } },
        (error, stdout) => (error ? reject(error) : resolve(stdout)));
    });
  } catch {
    return {};
  }
  const dates: Record<string, string> = {};
  let date: string | undefined;
  for (const line of log.split('\n')) {
    if (line.startsWith('@@')) { date = line.slice(2).trim(); continue; }
    const top = line.split('/')[0];
    if (date && top && wanted.has(top) && !(top in dates)) dates[top] = date;
  }
  return dates;
}
