/**
 * An unexpected error as the user sees it: one Swedish sentence, then the technical detail
 * on one short line (the errno code, the system call and the path), never a stack trace.
 */
import { escapeControl } from '../problems';

/** What a system error code means, for the errors a build can meet on a real machine. */
const SYSTEM_ERRORS: Record<string, string> = {
  ENOSPC: 'disken är full',
  EDQUOT: 'diskkvoten är slut',
  EROFS: 'filsystemet är skrivskyddat',
  EACCES: 'behörighet saknas',
  EPERM: 'åtgärden är inte tillåten',
  EIO: 'läs- eller skrivfel på disken',
  EISDIR: 'en mapp användes där en fil väntades',
  ENOTDIR: 'en fil användes där en mapp väntades',
  ENAMETOOLONG: 'ett fil- eller mappnamn är för långt',
  ENOENT: 'en fil eller mapp saknas',
  EEXIST: 'en fil eller mapp finns redan',
  EBUSY: 'en fil eller mapp används av systemet',
  EXDEV: 'flytten går mellan två filsystem',
  EMFILE: 'för många öppna filer',
  ENFILE: 'för många öppna filer i systemet',
  ENOMEM: 'minnet räcker inte',
  ELOOP: 'för många symboliska länkar i en sökväg',
  ENOTEMPTY: 'mappen är inte tom',
};

const SYSTEM_MESSAGE = /^(E[A-Z0-9]{2,}): /;

/** True when `error` is a system error (its code, or a message that starts with one). */
export function isSystemError(error: unknown): boolean {
  return typeof (error as NodeJS.ErrnoException | undefined)?.code === 'string' || SYSTEM_MESSAGE.test(error instanceof Error ? error.message : String(error));
}

export interface DescribedError {
  /** Swedish, one sentence without a trailing period. */
  swedish: string;
  /** The technical detail on one line, or undefined when the Swedish text says it all. */
  detail?: string;
}

export function describeError(error: unknown): DescribedError {
  const system = error as NodeJS.ErrnoException | undefined;
  const text = error instanceof Error ? error.message : String(error);
  // A worker process's system error arrives as its message alone: `ENOSPC: no space left on device, write`.
  const code = typeof system?.code === 'string' ? system.code : SYSTEM_MESSAGE.exec(text)?.[1];
  const message = oneLine(text);
  if (code && SYSTEM_ERRORS[code]) {
    const where = [system?.syscall, system?.path && shorten(escapeControl(system.path))].filter(Boolean).join(' ');
    return { swedish: `${SYSTEM_ERRORS[code]} (${code})`, detail: where ? `${code}: ${where}` : message };
  }
  return { swedish: 'ett oväntat fel inträffade', detail: message };
}

/** The `planverk: …` lines for an unexpected error: the Swedish one first. */
export function errorLines(prefix: string, error: unknown): string[] {
  const { swedish, detail } = describeError(error);
  return [`planverk: ${prefix}: ${swedish}.`, ...(detail ? [`  (${detail})`] : [])];
}

/** A path of a few hundred characters (the very error ENAMETOOLONG reports) cut in the middle. */
function shorten(text: string, max = 120): string {
  return text.length > max ? `${text.slice(0, max / 2)}…${text.slice(-max / 2)}` : text;
}

function oneLine(text: string): string {
  const line = escapeControl(text.split('\n', 1)[0]!.trim());
  return shorten(line, 200);
}
