/**
 * The shared fixture service makes each fixture once however many test files ask at the
 * same time, hands every asker the same value or the same error, and cleans up at close.
 */
import { describe, expect, it } from 'vitest';
import { startFixtureService } from './fixture-service';
import { askFixtureService } from './shared-fixture';

describe('shared fixture service', () => {
  it('makes a fixture once for concurrent askers and cleans it up at close', async () => {
    let made = 0;
    let cleaned = 0;
    let finish: () => void = () => {};
    const slow = new Promise<void>((resolve) => { finish = resolve; });
    const service = await startFixtureService({
      site: async () => { made++; await slow; return { value: { outDir: `/tmp/site-${made}` }, cleanup: async () => { cleaned++; } }; },
    });
    const askers = [1, 2, 3].map(() => askFixtureService<{ outDir: string }>(service.url, 'site'));
    finish();
    expect(await Promise.all(askers)).toEqual([1, 2, 3].map(() => ({ outDir: '/tmp/site-1' })));
    expect(await askFixtureService(service.url, 'site')).toEqual({ outDir: '/tmp/site-1' });
    expect(made).toBe(1);
    expect(cleaned).toBe(0);
    await service.close();
    expect(cleaned).toBe(1);
  });

  it('gives every asker the error of a fixture that could not be made, and refuses unknown names', async () => {
    let made = 0;
    const service = await startFixtureService({
      site: async () => { made++; throw new Error('astro build misslyckades: trasig plan'); },
    });
    try {
      for (let i = 0; i < 2; i++) await expect(askFixtureService(service.url, 'site')).rejects.toThrow('fixturen site kunde inte göras: astro build misslyckades: trasig plan');
      expect(made).toBe(1);
      await expect(askFixtureService(service.url, 'toString')).rejects.toThrow('okänd fixtur: toString');
    } finally {
      await service.close();
    }
  });
});
