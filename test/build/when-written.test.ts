/**
 * The search index takes pages while Astro writes them: a page counts only when it is
 * complete, or as it is once the writer has finished; a failed or missing page is an
 * error rather than a wait without end. And the indexer's page order is Astro's.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { whenWritten, type PageWriter } from '../../src/build/when-written';
import { inShardOrder, shardOf } from '../../src/site/search-shards';

let dir: string;
beforeAll(async () => { dir = await mkdtemp(path.join(tmpdir(), 'planverk-pages-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('whenWritten', () => {
  it('waits for a page that is not there yet, and for the rest of a half-written page', async () => {
    const file = path.join(dir, 'a.html');
    const writer: PageWriter = { state: 'running' };
    const written = whenWritten(file, writer);
    let settled = false;
    void written.then(() => { settled = true; });
    await sleep(60);
    // Longer than the tail that is read, and ending mid-page.
    const start = `<!doctype html><html lang="sv"><body><p>${'Början. '.repeat(100)}`;
    await writeFile(file, start);
    await sleep(60);
    expect(settled).toBe(false);
    await writeFile(file, `${start}och slutet</p></body></html>\n\n`);
    await written;
    expect(settled).toBe(true);
  });

  it('takes the page as it is once the writer is done', async () => {
    const file = path.join(dir, 'b.html');
    await writeFile(file, '<p>utan avslutning');
    await expect(whenWritten(file, { state: 'done' })).resolves.toBeUndefined();
  });

  it('fails instead of waiting when the writer failed or never wrote the page', async () => {
    const writer: PageWriter = { state: 'running' };
    const missing = whenWritten(path.join(dir, 'saknas.html'), writer);
    await sleep(40);
    writer.state = 'failed';
    await expect(missing).rejects.toThrow(/misslyckades innan .*saknas\.html skrevs/);
    await expect(whenWritten(path.join(dir, 'saknas.html'), { state: 'done' })).rejects.toThrow(/skrev inte .*saknas\.html/);
  });
});

describe('inShardOrder', () => {
  it('groups plans by shard, in ascending shard and id order, and keeps every plan once', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `plan-${(i * 7) % 40}`);
    const ordered = inShardOrder(ids, 4);
    expect([...ordered].sort()).toEqual([...ids].sort());
    const keys = ordered.map((id) => [shardOf(id, 4), id] as const);
    for (let i = 1; i < keys.length; i++) {
      const [a, b] = [keys[i - 1]!, keys[i]!];
      expect(a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]), `${a} före ${b}`).toBe(true);
    }
  });
});
