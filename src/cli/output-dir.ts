/**
 * Guards what a command writes: nothing is ever written inside content/. An output folder
 * is judged by its real location, with every link followed, also when it does not exist
 * yet (its nearest existing parent decides) and for the per-plan folders below it, since a
 * linked `dist/<plan>` would put the file inside content/ just as well.
 */
import { lstat, realpath } from 'node:fs/promises';
import path from 'node:path';
import { isInside } from '../load/resolve-plan-file';

/** The real path `target` has or would have once created, all links followed. */
export async function realTarget(target: string): Promise<string> {
  const absolute = path.resolve(target);
  const rest: string[] = [];
  let at = absolute;
  for (;;) {
    try {
      return path.join(await realpath(at), ...rest.reverse());
    } catch {
      // A dangling link would be created through, wherever it points: refuse to guess.
      if (await lstat(at).then((info) => info.isSymbolicLink(), () => false)) return path.join(path.resolve(path.dirname(at), '\0dangling'), ...rest.reverse());
      const parent = path.dirname(at);
      if (parent === at) return absolute;
      rest.push(path.basename(at));
      at = parent;
    }
  }
}

/**
 * A Swedish refusal when `outDir` (or `outDir/<sub>` for each of `subfolders`) lies inside
 * the content root or is a link that cannot be followed; undefined when it may be written.
 */
export async function outputDirProblem(contentRoot: string, outDir: string, subfolders: readonly string[] = [], howToChoose = 't.ex. --out dist'): Promise<string | undefined> {
  for (const dir of [outDir, ...subfolders.map((sub) => path.join(outDir, sub))]) {
    const real = await realTarget(dir);
    if (real.includes('\0')) return `Utmappen ${dir} är en länk som pekar på något som inte finns. Inget skrevs; välj en annan mapp.`;
    if (isInside(contentRoot, real)) {
      return `Utmappen ${dir} ligger i mappen content/ (${real}). planverk skriver aldrig något i content/; inget skrevs. Välj en annan mapp, ${howToChoose}.`;
    }
    // Replacing a folder that holds content/ would remove the plans with the old output.
    if (isInside(real, contentRoot)) {
      return `Utmappen ${dir} (${real}) innehåller mappen med planerna (${contentRoot}) och kan inte ersättas; inget skrevs. Välj en annan mapp, ${howToChoose}.`;
    }
  }
  return undefined;
}
