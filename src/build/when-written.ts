/**
 * Waiting for pages while the Astro child is still writing them, so that the search index
 * can be built alongside: a page counts as written once it is complete (ends with
 * `</html>`; Astro writes a page in one call, but a reader may catch it half-way), and
 * when Astro has finished every page it wrote counts as it is. Only the end of a page is
 * read: Pagefind reads the page itself.
 */
import { open } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

export interface PageWriter {
  /** `running` until the writing process exits; then `done` or `failed`. */
  state: 'running' | 'done' | 'failed';
}

const POLL_MS = 20;
/** Enough for `</html>` and any whitespace after it. */
const TAIL_BYTES = 256;

/** The last bytes of `file` as text; undefined when it does not exist (yet). */
async function tailIfThere(file: string): Promise<string | undefined> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, TAIL_BYTES);
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(length), 0, length, size - length);
    return buffer.toString('utf8', 0, bytesRead);
  } finally {
    await handle.close();
  }
}

const isComplete = (tail: string) => tail.trimEnd().endsWith('</html>');

/** Resolves once `writer` has written all of `file`. */
export async function whenWritten(file: string, writer: PageWriter): Promise<void> {
  for (;;) {
    // The state is read before the file: a page seen after the writer finished is final.
    const state = writer.state;
    if (state === 'failed') throw new Error(`webbplatsbygget misslyckades innan ${file} skrevs`);
    const tail = await tailIfThere(file);
    if (tail !== undefined && (state === 'done' || isComplete(tail))) return;
    if (state === 'done') throw new Error(`webbplatsbygget skrev inte ${file}`);
    await sleep(POLL_MS);
  }
}
