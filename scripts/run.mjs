/**
 * Launcher of the commands (`npm run check|pdf|build|new|schema`):
 *   node scripts/run.mjs <script> [arguments …]
 * runs scripts/<script>.ts compiled to plain JavaScript (src/workers/compiled-entry.mjs):
 * compiled on first use and again after any change to its sources, otherwise started
 * directly, without transforming TypeScript at every start.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CompileError, compiledEntry } from '../src/workers/compiled-entry.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCRIPTS = new Set(['check', 'build', 'build-pdf', 'new-plan', 'generate-json-schema']);

/** One line of detail, its control characters shown escaped (as src/problems.ts does): never raw to a terminal. */
const detail = (error) => String(error?.message ?? error).split('\n', 1)[0].replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u{${c.codePointAt(0).toString(16)}}`);

const fail = (lines, error) => {
  for (const line of lines) process.stderr.write(`${line}\n`);
  if (error && process.env.PLANVERK_DEBUG) process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(2);
};

const [script] = process.argv.splice(2, 1);
if (!SCRIPTS.has(script)) fail([`planverk: okänt kommando "${script ?? ''}" (${[...SCRIPTS].join(', ')}).`]);

let file;
try {
  file = await compiledEntry(path.join(ROOT, 'scripts', `${script}.ts`), ROOT, { inlinePackages: true });
} catch (error) {
  if (error instanceof CompileError) fail([`planverk: planverks kod kunde inte kompileras: ${detail(error)}`], error);
  fail(['planverk: internt fel: planverks kod kunde inte kompileras.', `  (${detail(error)})`], error);
}
// The command reads its own arguments from argv[2] on, as when it ran through tsx.
process.argv[1] = path.join(ROOT, 'scripts', `${script}.ts`);
try {
  await import(pathToFileURL(file).href);
} catch (error) {
  // Only what fails before the command's own error handling (src/cli/run-cli.ts) is set up,
  // such as a package missing from node_modules.
  fail(['planverk: internt fel: kommandot kunde inte starta. Kör npm install och försök igen.', `  (${detail(error)})`], error);
}
