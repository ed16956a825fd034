/** A test file's side of test/shared/fixture-service.ts: the shared fixture, made once per run. */
import { request } from 'node:http';
import { inject } from 'vitest';
import type { FixtureName, FixtureValue } from './fixtures';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the fixture service that test/shared/global-setup.ts starts. */
    fixtureService: string;
  }
}

export function sharedFixture<N extends FixtureName>(name: N): Promise<FixtureValue<N>> {
  const base = inject('fixtureService');
  if (!base) throw new Error('fixturtjänsten saknas: test/shared/global-setup.ts ska vara globalSetup i vitest.config.ts');
  return askFixtureService(base, name);
}

/** Asks the service at `base` for a fixture; resolves when it is made, rejects with its error. */
export function askFixtureService<T>(base: string, name: string): Promise<T> {
  return new Promise((resolve, reject) => {
    // node:http rather than fetch, whose default header timeout (5 min) a slow build may pass.
    // A connection of its own (agent: false): a kept-alive socket from an earlier ask may be
    // closed by the service (its keep-alive timeout) just as it is reused: "socket hang up".
    const req = request(`${base}/${encodeURIComponent(name)}`, { agent: false }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => { body += chunk; });
      response.on('end', () => {
        const answer = JSON.parse(body) as { value?: T; error?: string };
        if (response.statusCode === 200) resolve(answer.value!);
        else reject(new Error(`fixturen ${name} kunde inte göras: ${answer.error}`));
      });
      response.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}
