/**
 * The one gate for every file a plan reads (Markdown, images, anything later): the path is
 * resolved through every symbolic link in every component, and the real path must lie
 * inside the real content root. Checking only the last component is not enough: a linked
 * folder in the middle of a path (`ext -> /etc`, `file: ext/passwd`) would be followed.
 * Only regular files pass, so a folder, a named pipe or a device is refused before anyone
 * opens it (opening a pipe blocks forever).
 *
 * Synchronous: nothing here opens a file, so nothing can block, and an incremental build
 * signs every file a plan read through this gate (src/incremental/fingerprint.ts), where a
 * promise per call through libuv's thread pool cost more than the calls.
 */
import type { Stats } from 'node:fs';
import { lstatSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/** Whether `candidate` is `root` or below it (a name such as `...` or `..bild.png` is below). */
export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

export type ResolvedFile =
  | { ok: true; realPath: string; info: Stats }
  | { ok: false; code: 'fil-saknas' | 'fil-utanfor-content' | 'inte-en-fil'; message: string };

const refuse = (code: Extract<ResolvedFile, { ok: false }>['code'], message: string): ResolvedFile => ({ ok: false, code, message });

/**
 * @param contentRoot absolute, real path of the content folder
 * @param file absolute path of the file to read (as written, links not yet followed)
 */
export function resolvePlanFile(contentRoot: string, file: string): ResolvedFile {
  if (!isInside(contentRoot, path.resolve(file))) {
    return refuse('fil-utanfor-content', 'Filen ligger utanför mappen content/ och läses inte.');
  }
  let realPath: string;
  try {
    realPath = realpathSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENAMETOOLONG') return refuse('fil-saknas', 'Sökvägen är för lång för filsystemet. Använd kortare mapp- och filnamn.');
    if (code === 'ELOOP') return refuse('fil-saknas', 'Sökvägen går i en slinga av länkar (symlänkar) och kan inte läsas.');
    let isLink = false;
    try { isLink = lstatSync(file).isSymbolicLink(); } catch { /* nothing there */ }
    return refuse('fil-saknas', isLink ? 'Filen är en länk som pekar på något som inte finns.' : 'Filen finns inte. Kontrollera namnet och sökvägen.');
  }
  if (!isInside(contentRoot, realPath)) {
    return refuse('fil-utanfor-content', 'Filen, eller en mapp på vägen dit, är en länk som pekar utanför mappen content/ och läses inte.');
  }
  let info: Stats;
  try {
    info = statSync(realPath);
  } catch {
    return refuse('fil-saknas', 'Filen finns inte. Kontrollera namnet och sökvägen.');
  }
  if (!info.isFile()) return refuse('inte-en-fil', 'Sökvägen pekar på en mapp eller något annat som inte är en vanlig fil.');
  return { ok: true, realPath, info };
}
