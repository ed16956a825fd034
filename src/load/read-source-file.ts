/**
 * Reads a file of a plan safely: only inside the content folder (resolve-plan-file.ts
 * decides), bounded in size, strictly UTF-8. Every failure is a Swedish problem, never a throw.
 */
import { readFile } from 'node:fs/promises';
import type { Problem } from '../problems';
import { displayPath } from './display-path';
import { resolvePlanFile } from './resolve-plan-file';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export type ReadResult = { ok: true; text: string; realPath: string } | { ok: false; problem: Problem };

function fileProblem(file: string, code: string, message: string, line = 1, column = 1): ReadResult {
  return { ok: false, problem: { severity: 'error', code, file: displayPath(file), line, column, path: '', message } };
}

/** Offset of the first byte that is not valid UTF-8, or -1. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let extra: number;
    let min: number;
    if (b < 0x80) { i++; continue; }
    else if (b >= 0xc2 && b <= 0xdf) { extra = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { extra = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { extra = 3; min = 0x10000; }
    else return i;
    if (i + extra >= bytes.length) return i; // truncated sequence at end of file
    let code = b & (0xff >> (extra + 2));
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += extra + 1;
  }
  return -1;
}

function lineAndColumnAt(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  // A line ends at LF, CRLF or a lone CR (old Mac files), as the loader reads them.
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) { line++; lineStart = i + 1; }
  }
  // Column counts characters, so decode the (valid) part of the line before the bad byte.
  const column = new TextDecoder().decode(bytes.subarray(lineStart, offset)).length + 1;
  return { line, column };
}

/**
 * @param contentRoot absolute, real path of the content folder
 * @param file absolute path of the file to read
 */
export async function readSourceFile(contentRoot: string, file: string): Promise<ReadResult> {
  const resolved = resolvePlanFile(contentRoot, file);
  if (!resolved.ok) return fileProblem(file, resolved.code, resolved.message);
  const { realPath, info } = resolved;
  if (info.size > MAX_FILE_BYTES) {
    const mb = (info.size / 1024 / 1024).toLocaleString('sv-SE', { maximumFractionDigits: 1 });
    return fileProblem(file, 'fil-for-stor', `Filen är för stor (${mb} MB). En planfil får vara högst 5 MB; dela upp texten i flera avsnittsfiler.`);
  }
  const bytes = await readFile(realPath);
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    // Only a broken file pays for finding where it breaks.
    const { line, column } = lineAndColumnAt(bytes, Math.max(0, firstInvalidUtf8Offset(bytes)));
    return fileProblem(file, 'inte-utf8', 'Filen är inte sparad som UTF-8 (tecknet här kan inte läsas). Spara om filen med teckenkodningen UTF-8.', line, column);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\u0000')) {
    return fileProblem(file, 'binar-fil', 'Filen innehåller binära data och är ingen textfil.');
  }
  return { ok: true, text, realPath };
}
