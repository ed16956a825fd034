/**
 * Serves fixtures that several test files share (a built site, rendered PDFs) from the
 * vitest main process. A fixture is made the first time a test file asks for it and at
 * most once per run: files that only need the model never pay for a build, and two files
 * that look at the same site share one `astro build`. Test files ask over loopback HTTP
 * (test/shared/shared-fixture.ts); the answer comes when the fixture is ready, so nobody
 * polls.
 */
import { createServer } from 'node:http';
import { FIXTURES } from './fixtures';

export interface FixtureService { url: string; close: () => Promise<void> }

type Maker = () => Promise<{ value: unknown; cleanup: () => Promise<void> }>;

export async function startFixtureService(fixtures: Record<string, Maker> = FIXTURES): Promise<FixtureService> {
  const made = new Map<string, Promise<unknown>>();
  const cleanups: Array<() => Promise<void>> = [];
  const server = createServer((request, response) => {
    const name = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname.slice(1));
    const make = Object.hasOwn(fixtures, name) ? fixtures[name] : undefined;
    if (!make) {
      response.writeHead(404, { 'Content-Type': 'application/json' }).end(JSON.stringify({ error: `okänd fixtur: ${name}` }));
      return;
    }
    if (!made.has(name)) made.set(name, make().then(({ value, cleanup }) => { cleanups.push(cleanup); return value; }));
    made.get(name)!.then(
      (value) => response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ value })),
      (error: unknown) => response.writeHead(500, { 'Content-Type': 'application/json' }).end(JSON.stringify({ error: error instanceof Error ? error.message : String(error) })),
    );
  });
  // A build may take minutes on a busy machine: no request or header timeout.
  server.requestTimeout = 0;
  server.headersTimeout = 0;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fixturtjänsten fick ingen adress');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      // Fixtures still being made are waited for, so that their clean-up runs too.
      await Promise.allSettled(made.values());
      await Promise.all(cleanups.map((cleanup) => cleanup()));
    },
  };
}
