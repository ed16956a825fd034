/**
 * The instructions in templates/ that `npm run new` copies into a new plan ("Skriv en
 * inledning: …", "Beskriv målet."): every sentence of a template text that starts with an
 * imperative to the author. Read from the templates themselves, so a changed template
 * changes what check looks for. Paths are relative to the working directory, as for
 * `npm run new` (scripts/new-plan.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { walkStrings } from './walk-plan';

/** The words a template instruction starts with. */
const INSTRUCTION = /^(?:Skriv|Beskriv|Fyll i|Ange|Lägg till|Ersätt)\s/u;

/** Cheap test before a text is split into sentences: can it hold an instruction at all? */
export function mayHoldInstruction(text: string): boolean {
  return /(?:Skriv|Beskriv|Fyll i|Ange|Lägg till|Ersätt)\s/u.test(text);
}

let cached: readonly string[] | undefined;

/** Every template instruction, whitespace collapsed, longest first. */
export function templateSentences(templatesRoot = 'templates'): readonly string[] {
  if (cached && templatesRoot === 'templates') return cached;
  const sentences = new Set<string>();
  if (existsSync(templatesRoot)) {
    for (const entry of readdirSync(templatesRoot, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const dir = path.join(templatesRoot, entry.name);
      for (const file of readdirSync(dir)) {
        if (!/\.(?:ya?ml|md)$/u.test(file)) continue;
        const text = readFileSync(path.join(dir, file), 'utf8');
        const texts: string[] = [];
        if (file.endsWith('.md')) texts.push(text);
        else walkStrings(parse(text), [], (value) => texts.push(value));
        for (const value of texts) for (const sentence of sentencesOf(value)) if (INSTRUCTION.test(sentence)) sentences.add(sentence);
      }
    }
  }
  const list = [...sentences].sort((a, b) => b.length - a.length);
  if (templatesRoot === 'templates') cached = list;
  return list;
}

/** Collapses runs of white space (template bodies wrap their lines). */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Sentences of a text: ends at ".", "!" or "?" followed by white space or the end. */
export function sentencesOf(text: string): string[] {
  return collapseSpace(text).split(/(?<=[.!?])\s+/u).map((s) => s.trim()).filter((s) => s !== '');
}
