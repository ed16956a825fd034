/**
 * The arguments that start a planverk command with `process.execPath` (Node 22) as
 * `npm run check|build|pdf|new` does: through scripts/run.mjs, which runs the command
 * compiled to JavaScript. Tests start the commands the way users do, and without paying
 * for TypeScript transformation in every child (about 0.5 s of CPU each).
 */
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

export type Command = 'check' | 'build' | 'build-pdf' | 'new-plan';

export function commandArgs(command: Command, ...args: string[]): string[] {
  return [path.join(ROOT, 'scripts/run.mjs'), command, ...args];
}

/** What a fault's `script` (test/build/fault-injection.mjs) matches in that command's process only. */
export const commandProcess = (command: Command) => `run.mjs ${command}`;
