/**
 * After `npm run new --fran`: every mention of a year the old plan covered and the new one
 * does not, left in the new plan's files (titles such as "Personal 2020", captions, running
 * text, ids, comments). planverk moves the period, dates and years it knows the meaning of;
 * a year in prose may be right ("Under 2019–2020 tas … fram") or stale, so the person
 * writing the plan decides, with this list.
 */
import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { displayPath } from '../load/display-path';
import { escapeControl } from '../problems';

export interface YearMention {
  /** As shown in messages (relative to the working directory). */
  file: string;
  line: number;
  column: number;
  year: number;
  /** The line around the mention, trimmed and cut to about 100 characters. */
  text: string;
  /** The mention is in a YAML comment (not shown to readers). */
  comment: boolean;
}

const TEXT_FILES = /\.(ya?ml|md)$/i;
const WINDOW = 100;

/** The years of the old period that the new period no longer covers. */
export function yearsLeftBehind(oldStart: number, oldEnd: number | undefined, newStart: number, newEnd: number | undefined): number[] {
  const years: number[] = [];
  for (let year = oldStart; year <= (oldEnd ?? oldStart); year++) if (year < newStart || year > (newEnd ?? newStart)) years.push(year);
  return years;
}

async function textFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  // plan.yaml first, where the person writing the plan starts; then the other files by name.
  for (const entry of (await readdir(dir)).sort((a, b) => Number(b === 'plan.yaml') - Number(a === 'plan.yaml') || a.localeCompare(b))) {
    const file = path.join(dir, entry);
    const info = await lstat(file);
    // Links are the old plan's as written: they point at shared files, not the copy.
    if (info.isDirectory()) files.push(...(await textFiles(file)));
    else if (info.isFile() && TEXT_FILES.test(entry)) files.push(file);
  }
  return files;
}

function around(line: string, index: number): string {
  const trimmed = line.trim();
  const offset = line.length - line.trimStart().length;
  const at = index - offset;
  if (trimmed.length <= WINDOW) return escapeControl(trimmed);
  const from = Math.max(0, Math.min(at - 40, trimmed.length - WINDOW));
  const to = Math.min(trimmed.length, from + WINDOW);
  return escapeControl(`${from > 0 ? '…' : ''}${trimmed.slice(from, to)}${to < trimmed.length ? '…' : ''}`);
}

/** Every mention of `years` (as a whole number, not part of a longer one) in the plan folder's YAML and Markdown files. */
export async function findYearMentions(dir: string, years: readonly number[]): Promise<YearMention[]> {
  if (years.length === 0) return [];
  const pattern = new RegExp(`(?<![0-9])(${years.join('|')})(?![0-9])`, 'g');
  const mentions: YearMention[] = [];
  for (const file of await textFiles(dir)) {
    const yaml = /\.ya?ml$/i.test(file);
    const lines = (await readFile(file, 'utf8')).replace(/\r\n?/g, '\n').split('\n');
    lines.forEach((line, i) => {
      const commentAt = yaml ? commentStart(line) : -1;
      for (const match of line.matchAll(pattern)) {
        mentions.push({
          file: displayPath(file), line: i + 1, column: match.index + 1, year: Number(match[1]),
          text: around(line, match.index), comment: commentAt >= 0 && match.index > commentAt,
        });
      }
    });
  }
  return mentions;
}

/** Where a YAML comment starts on the line (a "#" at its start or after a space, outside quotes), or −1. */
function commentStart(line: string): number {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) { if (c === quote) quote = undefined; continue; }
    if ((c === '"' || c === "'") && (i === 0 || /[\s:[{,-]/.test(line[i - 1]!))) { quote = c; continue; }
    if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!))) return i;
  }
  return -1;
}

/** The Swedish report `npm run new` prints: a heading line, then one line per mention. */
export function formatYearMentions(mentions: readonly YearMention[], years: readonly number[], newStart: number, newEnd?: number): string[] {
  if (years.length === 0) return [];
  const oldYears = years.join(', ');
  const newPeriod = newEnd === undefined || newEnd === newStart ? String(newStart) : `${newStart}–${newEnd}`;
  if (mentions.length === 0) return [`Året ${oldYears} nämns inte längre i den nya planens filer.`];
  const places = mentions.length === 1 ? '1 ställe' : `${mentions.length} ställen`;
  return [
    `${years.length === 1 ? 'Året' : 'Åren'} ${oldYears} står kvar på ${places} i den nya planen. planverk har flyttat fram perioden och de datum och år det vet vad de betyder; gå igenom resten och ändra till ${newPeriod} där texten gäller den nya planen:`,
    ...mentions.map((m) => `${m.file}:${m.line}:${m.column}  ${m.comment ? '(kommentar) ' : ''}${m.text}`),
  ];
}
