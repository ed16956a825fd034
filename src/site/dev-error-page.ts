/**
 * In `npm run dev`, a plan with errors gives this page instead of Astro's error overlay:
 * the same Swedish `fil:rad:kolumn` problems as `npm run check`, without a stack trace.
 * It loads Vite's client so that the browser reloads by itself once the plan is fixed, and
 * also asks the dev server every second (DEV_STATUS_PATH): Vite's client connects after the
 * page has loaded and misses a reload sent before that.
 */
import { escapeControl, type Problem } from '../problems';
import { DEV_ERROR_PAGE } from '../shared/words-sv';

/** Answers `{ "ok": true }` once the plans can be read without errors (the dev server's middleware). */
export const DEV_STATUS_PATH = '@planverk/status';

const escapeHtml = (text: string) =>
  escapeControl(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** `internal`: a Swedish line when the plans could not be read at all (shown instead of a stack trace). */
export function devErrorPage(problems: readonly Problem[], base = '/', internal?: string): string {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const item = (p: Problem) =>
    `<li><code class="plats">${escapeHtml(`${p.file}:${p.line}:${p.column}`)}</code>${p.path ? ` <code class="falt">${escapeHtml(p.path)}</code>` : ''}<br>${escapeHtml(p.message)}</li>`;
  const root = base.endsWith('/') ? base : `${base}/`;
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${DEV_ERROR_PAGE.title}</title>
<script type="module" src="${escapeHtml(root)}@vite/client"></script>
<script type="module">
const poll = async () => {
  try {
    const answer = await fetch(${JSON.stringify(`${root}${DEV_STATUS_PATH}`)}, { cache: 'no-store' });
    if ((await answer.json()).ok) return location.reload();
  } catch { /* the server is restarting: ask again */ }
  setTimeout(poll, 1000);
};
setTimeout(poll, 1000);
</script>
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
h1 { color: #a4000f; font-size: 1.6rem; }
li { margin: 0 0 1rem; overflow-wrap: anywhere; }
code.plats { font-weight: 600; }
code.falt { color: #555; }
</style>
</head>
<body>
<main id="planverk-fel">
<h1>${internal ? DEV_ERROR_PAGE.unreadable : DEV_ERROR_PAGE.errors(errors.length)}</h1>
${internal ? `<p class="internt-fel">${escapeHtml(internal)}</p>\n` : ''}
<p>${DEV_ERROR_PAGE.reloads}</p>
<ol class="fel">
${errors.map(item).join('\n')}
</ol>
${warnings.length ? `<h2>${DEV_ERROR_PAGE.warnings}</h2>\n<ul class="varningar">\n${warnings.map(item).join('\n')}\n</ul>` : ''}
</main>
</body>
</html>
`;
}
