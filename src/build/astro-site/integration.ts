/**
 * The Astro side of the pipeline: checks every plan before a stand-alone build and prints
 * the problems exactly as `npm run check` does, and writes the search index and the data
 * catalogue when the pages are written; in `npm run dev` it serves the catalogue, watches
 * the plan files, reprints problems and reloads the browser when a plan changes. Under
 * `npm run build` the parent has checked the plans and passes what Astro needs in one
 * manifest (site-plans.ts).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { printProblems } from '../../cli/print-problems';
import { readProblemSources } from '../../load/source-excerpt';
import { escapeControl, type Problem } from '../../problems';
import { DEV_STATUS_PATH, devErrorPage } from '../../site/dev-error-page';
import { CATALOGUE_PATH } from '../../derive/catalogue';
import { type SiteAddress, writeCatalogue } from '../../site/open-data/catalogue-file';
import { type ShardedIndexing, startShardedSearchIndex, writeSearchIndex } from '../../site/search-index';
import { writeOrganisationCalendars } from './organisation-calendars';
import { brokenPlans, clearSiteContent, contentDir, loadSiteContent, loadSiteModel, loadSitePlans, modelFromParent, parentManifest, parentManifestReady, searchIndexing, serveBrokenPlans, setSearchIndexing, throwPageFileFailure, type ModelManifest, type SiteContent } from './site-plans';

/** The plan a page belongs to: the first folder of its path under the site's base. */
function planOfUrl(url: string, root: string): string | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return undefined;
  }
  if (!pathname.startsWith(root)) return undefined;
  return pathname.slice(root.length).split('/')[0] || undefined;
}

/** The errors of one plan, or undefined when it has none (or does not exist). */
function planErrors(content: Pick<SiteContent, 'results'>, id: string | undefined): Problem[] | undefined {
  if (!id) return undefined;
  const result = content.results.find((r) => r.loaded.id === id);
  return result && result.problems.some((p) => p.severity === 'error') ? result.problems : undefined;
}

/**
 * Under `npm run build` Astro runs in a process group of its own (so that the build can
 * stop it with all it started); a Ctrl-C in the terminal or a killed build does not reach
 * that group, so Astro stops it itself as soon as the build process is gone.
 */
function stopWithParent(): void {
  const parent = parentManifest()?.parentPid;
  if (!parent) return;
  setInterval(() => {
    if (process.ppid === parent) return;
    try { process.kill(-process.pid, 'SIGKILL'); } catch { /* not a group leader */ }
    process.exit(1);
  }, 250).unref();
}

/** The dev server's view of an unexpected error (a folder where a file belongs, a disk error). */
function internalErrorText(error: unknown): string {
  const system = error as NodeJS.ErrnoException;
  const detail = escapeControl((error instanceof Error ? error.message : String(error)).split('\n', 1)[0]!);
  return `Planerna kunde inte läsas${system?.code ? ` (${system.code})` : ''}: ${detail}`;
}

/**
 * The search shards of `npm run build`: it linked the kept pages beside the new ones before
 * it started Astro, and keeps the shards it does not name.
 */
async function startIndexing(manifest: ModelManifest): Promise<ShardedIndexing> {
  const planIds = (await loadSitePlans()).map((plan) => plan.id);
  const only = manifest.reindex ? new Set(manifest.reindex) : undefined;
  return startShardedSearchIndex({ planIds, siteDir: manifest.siteDir, only });
}

export function planverkIntegration(): AstroIntegration {
  let base = '/';
  let address: SiteAddress = { base };
  let pagesOneAtATime = true;
  return {
    name: 'planverk',
    hooks: {
      'astro:config:setup': async ({ command, config, injectRoute }) => {
        base = config.base;
        address = { base, ...(config.site ? { site: config.site } : {}) };
        pagesOneAtATime = (config.build.concurrency ?? 1) <= 1;
        // Builds write the catalogue in astro:build:done; the dev server answers for it here.
        if (command === 'dev') injectRoute({ pattern: `/${CATALOGUE_PATH}`, entrypoint: './src/build/astro-site/catalogue-route.ts' });
        if (command !== 'build') return;
        // Under `npm run build` the parent has checked the plans and printed the problems.
        if (modelFromParent()) return;
        const content = await loadSiteContent();
        const errors = await printProblems(content.problems);
        if (errors > 0) {
          console.error(`planverk: ${errors} fel i planerna under ${contentDir()}/; webbplatsen byggs inte.`);
          // Exit here: a thrown error would add a stack trace to the author's messages.
          process.exit(1);
        }
      },
      'astro:build:start': async () => {
        // Under `npm run build`, Astro has loaded while the plans were checked; from here on
        // it needs what the check decided. Nothing is written before this point.
        if (modelFromParent()) {
          await parentManifestReady();
          stopWithParent();
        }
        // Pages written one at a time (Astro's default) are complete in shard order; with
        // several at a time, the shards are indexed after the build.
        const manifest = parentManifest();
        if (manifest && pagesOneAtATime) setSearchIndexing(await startIndexing(manifest));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const manifest = parentManifest();
        // First: a page whose plan.json or open data could not be written fails the build here.
        throwPageFileFailure();
        // Both builds: every plan's arshjul.ics is in `site` now (written or kept). The
        // organisation calendars and the data catalogue are written while Pagefind (a
        // process of its own) indexes the last shards.
        const [siteModel, plans] = await Promise.all([loadSiteModel(), loadSitePlans()]);
        const calendars = writeOrganisationCalendars(site, plans.map((plan) => ({ id: plan.id, organisation: plan.plan.organisation.name })));
        const files = () => Promise.all([calendars, writeCatalogue(site, siteModel, plans.map((plan) => plan.dataset), address)]);
        if (!manifest) {
          const [pages] = await Promise.all([writeSearchIndex(site), files()]);
          logger.info(`Sökindex: ${pages} sidor.`);
          return;
        }
        const indexing = searchIndexing() ?? await startIndexing(manifest);
        setSearchIndexing(undefined);
        const [pages] = await Promise.all([indexing.finish(), files()]);
        console.log(`planverk: sökindex för ${pages} sidor i ${manifest.reindex?.length ?? manifest.searchShards} av ${manifest.searchShards} delar.`);
      },
      'astro:server:setup': async ({ server, logger }) => {
        // A plan with errors leaves the site (its page shows its problems); the others keep working.
        serveBrokenPlans();
        const root = base.endsWith('/') ? base : `${base}/`;
        const watched = new Set<string>();
        const watch = (file: string) => {
          if (!watched.has(file)) { watched.add(file); server.watcher.add(file); }
        };
        let contentRoot = path.resolve(contentDir());
        /** Set while the plans cannot be read at all; pages show it instead of crashing the server. */
        let internalError: string | undefined;
        // Never throws: any error while reading the plans is shown (terminal and browser), and
        // the server keeps running until the next save.
        const refresh = async (reason?: string) => {
          clearSiteContent();
          let content;
          try {
            content = await loadSiteContent();
            internalError = undefined;
          } catch (error) {
            clearSiteContent();
            internalError = internalErrorText(error);
            logger.error(`${internalError}. Sidorna visar felet tills det är rättat.`);
            watch(contentRoot);
            return undefined;
          }
          if (reason) logger.info(`${escapeControl(reason)} ändrades; planerna lästes om.`);
          const errors = await printProblems(content.problems);
          if (errors > 0) {
            const broken = brokenPlans(content).map((plan) => plan.id);
            logger.error(`${errors} fel i ${broken.length === 1 ? `planen ${broken[0]}` : `planerna ${broken.join(', ')}`}; ${broken.length === 1 ? 'dess sida visar' : 'deras sidor visar'} felen tills de är rättade, de andra planerna visas som vanligt.`);
          }
          contentRoot = content.contentRoot;
          for (const file of [contentRoot, ...content.files]) watch(file);
          return content;
        };
        await refresh();
        // A plan with errors answers with its problems (no Astro overlay, no stack trace); while
        // the plans cannot be read at all, every page does.
        server.middlewares.use((request, response, next) => {
          const url = request.url ?? '/';
          // The error page asks here whether its plan (or all plans) is readable again, in case
          // it missed Vite's reload message (its client connects after the page has loaded).
          if (url.split('?')[0] === `${root}${DEV_STATUS_PATH}`) {
            const reply = (ok: boolean) => {
              response.setHeader('Content-Type', 'application/json');
              response.setHeader('Cache-Control', 'no-store');
              response.end(JSON.stringify({ ok }));
            };
            if (internalError) return reply(false);
            const plan = new URL(url, 'http://localhost').searchParams.get('plan') ?? undefined;
            loadSiteContent().then((current) => reply(plan ? !planErrors(current, plan) : !current.problems.some((p) => p.severity === 'error')), () => reply(false));
            return;
          }
          const wantsPage = request.method === 'GET' && (request.headers.accept ?? '').includes('text/html') && !url.includes('/@') && !url.includes('/node_modules/');
          if (!wantsPage) return next();
          const answer = (problems: readonly Problem[], options: { internal?: string; plan?: string }) => {
            const texts = readProblemSources(problems);
            response.statusCode = 500;
            response.setHeader('Content-Type', 'text/html; charset=utf-8');
            response.setHeader('Cache-Control', 'no-store');
            response.end(devErrorPage(problems, base, { ...options, texts }));
          };
          if (internalError) return void answer([], { internal: internalError });
          const plan = planOfUrl(url, root);
          loadSiteContent().then((current) => {
            const problems = planErrors(current, plan);
            if (!problems) return next();
            return answer(problems, { plan });
          }, (error: unknown) => {
            clearSiteContent();
            return answer([], { internal: internalErrorText(error) });
          }).catch((error: unknown) => {
            logger.error(internalErrorText(error));
            if (!response.headersSent) { response.statusCode = 500; response.end(); }
          });
        });
        // Editors save in several steps (truncate, then write): wait until the files are quiet
        // before reading them, and never let two reloads of the plans overlap.
        const changed = new Set<string>();
        let timer: ReturnType<typeof setTimeout> | undefined;
        let queue = Promise.resolve();
        const onChange = (file: string) => {
          if (!file.startsWith(contentRoot) && !watched.has(file)) return;
          changed.add(file);
          clearTimeout(timer);
          timer = setTimeout(() => {
            const files = [...changed].join(', ');
            changed.clear();
            queue = queue.then(() => refresh(files)).then((content) => {
              // Astro keeps each route's getStaticPaths() until told the content changed: without
              // this a new plan, or a figure image published under its new content hash, is a 404.
              // Not while the plans cannot be read: the routes would fail, with a stack trace in
              // Astro's own log (the middleware shows the problem meanwhile). Plans with errors
              // are simply left out of the routes.
              if (content) for (const [name, environment] of Object.entries(server.environments)) if (name !== 'client') environment.hot.send('astro:content-changed', {});
              server.ws.send({ type: 'full-reload' });
            }, (error: unknown) => logger.error(internalErrorText(error)));
          }, 200);
        };
        server.watcher.on('change', onChange);
        server.watcher.on('add', onChange);
        server.watcher.on('unlink', onChange);
      },
    },
  };
}
