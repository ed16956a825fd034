/** The bench runs the site's builds in rounds, alternating their order, so all share the machine's drift. */
import { describe, expect, it } from 'vitest';
import { sideBySide, type Measured } from '../../scripts/bench/measure';

function recorder() {
  const calls: string[] = [];
  const build = (name: string) => async (): Promise<Measured> => {
    calls.push(name);
    return { ms: calls.length, rssMb: 1 };
  };
  return { calls, builds: { a: build('a'), b: build('b'), c: build('c') } };
}

describe('sideBySide', () => {
  it('runs a warm-up round forwards, then alternates backwards and forwards, keeping only timed rounds', async () => {
    const { calls, builds } = recorder();
    const measured = await sideBySide(builds, 2, true);
    expect(calls.join('')).toBe('abc' + 'cba' + 'abc');
    // The warm-up round's calls (1–3) are dropped; each build keeps one result per timed round.
    expect(measured.a.map((m) => m.ms)).toEqual([6, 7]);
    expect(measured.c.map((m) => m.ms)).toEqual([4, 9]);
  });

  it('starts forwards without a warm-up, so a build reading another one\'s output runs after it', async () => {
    const { calls, builds } = recorder();
    const measured = await sideBySide(builds, 3, false);
    expect(calls.join('')).toBe('abc' + 'cba' + 'abc');
    expect(measured.b.map((m) => m.ms)).toEqual([2, 5, 8]);
  });
});
