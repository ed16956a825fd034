/**
 * The Astro side of the pipeline: checks every plan before a build and prints the
 * problems exactly as `npm run check` does; in `npm run dev` it watches the plan files,
 * reprints problems and reloads the browser when a plan changes.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatProblem, type Problem } from '../problems';
import { devErrorPage } from './dev-error-page';
import { startPlanPages, stopPlanPages, writePlanJsonInto } from './plan-page/plan-page-bodies';
import { writeSearchIndex } from './search-index';
import { pdfIncluded } from './site-links';
import { clearSiteContent, contentDir, loadRenderedPlans, loadSiteContent, modelFromParent } from './site-plans';

function printProblems(problems: readonly Problem[]): number {
  for (const problem of problems) (problem.severity === 'error' ? console.error : console.warn)(formatProblem(problem));
  return problems.filter((p) => p.severity === 'error').length;
}

export function planverkIntegration(): AstroIntegration {
  let base = '/';
  let root = process.cwd();
  let outDir = '';
  return {
    name: 'planverk',
    hooks: {
      'astro:config:setup': async ({ command, config }) => {
        base = config.base;
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
        // Under `npm run build` the parent has checked the plans and printed the problems.
        if (command !== 'build' || modelFromParent()) return;
        const content = await loadSiteContent();
        const errors = printProblems(content.problems);
        if (errors > 0) {
          console.error(`planverk: ${errors} fel i planerna under ${contentDir()}/; webbplatsen byggs inte.`);
          // Exit here: a thrown error would add a stack trace to the author's messages.
          process.exit(1);
        }
      },
      'astro:build:start': () => {
        // Worker threads render the plan pages while Vite builds the site's code. Not awaited:
        // under `npm run build` the plans may still be being checked, and Vite need not wait.
        // Where plan.json goes is set at once, so a page rendered in Astro's thread before
        // the workers start still gets its plan.json.
        writePlanJsonInto(outDir);
        void loadRenderedPlans().then((plans) => startPlanPages(plans.map((plan) => plan.id), { base, withPdf: pdfIncluded() }, root), () => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        stopPlanPages();
        // `npm run build` indexes after it has put kept pages beside the new ones.
        if (modelFromParent()) return;
        logger.info(`Sökindex: ${await writeSearchIndex(fileURLToPath(dir))} sidor.`);
      },
      'astro:server:setup': async ({ server, logger }) => {
        const watched = new Set<string>();
        const refresh = async (reason?: string) => {
          clearSiteContent();
          const content = await loadSiteContent();
          if (reason) logger.info(`${reason} ändrades; planerna lästes om.`);
          const errors = printProblems(content.problems);
          if (errors > 0) logger.error(`${errors} fel i planerna; sidorna visar felen tills de är rättade.`);
          const root = content.contentRoot;
          for (const file of [root, ...content.files]) {
            if (!watched.has(file)) { watched.add(file); server.watcher.add(file); }
          }
          return content;
        };
        const content = await refresh();
        // While a plan has errors, pages answer with the problems (no Astro overlay, no stack trace).
        server.middlewares.use((request, response, next) => {
          const url = request.url ?? '/';
          const wantsPage = request.method === 'GET' && (request.headers.accept ?? '').includes('text/html') && !url.includes('/@') && !url.includes('/node_modules/');
          if (!wantsPage) return next();
          loadSiteContent().then((current) => {
            if (!current.problems.some((p) => p.severity === 'error')) return next();
            response.statusCode = 500;
            response.setHeader('Content-Type', 'text/html; charset=utf-8');
            response.setHeader('Cache-Control', 'no-store');
            response.end(devErrorPage(current.problems, base));
          }, next);
        });
        // Editors save in several steps (truncate, then write): wait until the files are quiet
        // before reading them, and never let two reloads of the plans overlap.
        const changed = new Set<string>();
        let timer: ReturnType<typeof setTimeout> | undefined;
        let queue = Promise.resolve();
        const onChange = (file: string) => {
          if (!file.startsWith(content.contentRoot) && !watched.has(file)) return;
          changed.add(file);
          clearTimeout(timer);
          timer = setTimeout(() => {
            const files = [...changed].join(', ');
            changed.clear();
            queue = queue.then(() => refresh(files)).then(() => {
              // Astro keeps each route's getStaticPaths() until told the content changed: without
              // this a new plan, or a figure image published under its new content hash, is a 404.
              for (const [name, environment] of Object.entries(server.environments)) if (name !== 'client') environment.hot.send('astro:content-changed', {});
              server.ws.send({ type: 'full-reload' });
            }, (error: unknown) => logger.error(String(error)));
          }, 200);
        };
        server.watcher.on('change', onChange);
        server.watcher.on('add', onChange);
        server.watcher.on('unlink', onChange);
      },
    },
  };
}
