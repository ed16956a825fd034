/** Types of compiled-entry.mjs (plain JavaScript, so the commands' launcher can run it before any TypeScript). */
export interface CompileOptions {
  /** Carry plain-JavaScript packages inside the bundle (a command's); not for code that shares packages with Astro. */
  inlinePackages?: boolean;
}
export function cacheDir(projectRoot: string): string;
export class CompileError extends Error {}
export function compiledEntry(entry: string, projectRoot: string, options?: CompileOptions): Promise<string>;
