/**
 * Reading pages while the Astro child is still writing them, so that the search index
 * can be built alongside: a page is taken once it is complete (ends with `</html>`;
 * Astro writes a page in one call, but a reader may catch it half-way), and when Astro has
 * finished every page it wrote is taken as it is. No page is read before it exists.
 */
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

export interface PageWriter {
  /** `running` until the writing process exits; then `done` or `failed`. */
  state: 'running' | 'done' | 'failed';
}

const POLL_MS = 20;

async function readIfThere(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

const isComplete = (html: string) => html.trimEnd().endsWith('</html>');

/** The content of `file` once `writer` has written all of it. */
export async function readWhenWritten(file: string, writer: PageWriter): Promise<string> {
  for (;;) {
    // The state is read before the file: a page read after the writer finished is final.
    const state = writer.state;
    if (state === 'failed') throw new Error(`webbplatsbygget misslyckades innan ${file} skrevs`);
    const html = await readIfThere(file);
    if (html !== undefined && (state === 'done' || isComplete(html))) return html;
    if (state === 'done') throw new Error(`webbplatsbygget skrev inte ${file}`);
    await sleep(POLL_MS);
  }
}
