/**
 * The fixtures test files share, made in the vitest main process by
 * test/shared/fixture-service.ts. Each is what a test file would otherwise build for
 * itself, through the same public commands (`astro build` with PLANVERK_CONTENT); the
 * files only read them.
 */
import { rm } from 'node:fs/promises';

interface Made<T> { value: T; cleanup: () => Promise<void> }

export interface BuiltSiteFixture {
  /** Content root holding every plan of the site harness's PLAN_SOURCES. */
  contentRoot: string;
  /** Output of `astro build` for that content root. */
  outDir: string;
}

export const FIXTURES = {
  /** content/, test/site/fixtures and test/fixtures/hostile built once with `astro build` (site and print tests). */
  site: async (): Promise<Made<BuiltSiteFixture>> => {
    const { assembleContent, buildSite } = await import('../site/harness');
    const contentRoot = await assembleContent();
    // As plain `astro build` (`npm run build:site`) loads the integration: the one build of the run that does.
    const build = await buildSite(contentRoot, {}, 'typescript');
    const cleanup = async () => {
      await rm(build.outDir, { recursive: true, force: true });
      await rm(contentRoot, { recursive: true, force: true });
    };
    if (build.code !== 0) {
      await cleanup();
      throw new Error(`astro build misslyckades:\n${build.output}`);
    }
    return { value: { contentRoot, outDir: build.outDir }, cleanup };
  },
  /** One Chromium for every browser test of the run (test files connect to it with playwright-core). */
  browser: async (): Promise<Made<{ wsEndpoint: string }>> => {
    const { launchChromiumServer } = await import('../site/harness');
    const server = await launchChromiumServer();
    return { value: { wsEndpoint: server.wsEndpoint() }, cleanup: () => server.close() };
  },
} satisfies Record<string, () => Promise<Made<unknown>>>;

export type FixtureName = keyof typeof FIXTURES;
export type FixtureValue<N extends FixtureName> = Awaited<ReturnType<(typeof FIXTURES)[N]>>['value'];
