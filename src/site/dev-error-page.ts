/**
 * In `npm run dev`, the page of a plan with errors (and, when the plans cannot be read at
 * all, every page) is this page instead of Astro's error overlay: the same Swedish
 * `fil:rad:kolumn` problems as `npm run check`, each with its source line and a caret under
 * the column, without a stack trace. It loads Vite's client so that the browser reloads by
 * itself once the plan is fixed, and also asks the dev server every second
 * (DEV_STATUS_PATH): Vite's client connects after the page has loaded and misses a reload
 * sent before that.
 */
import { problemExcerpt, type SourceExcerpt } from '../load/source-excerpt';
import { escapeControl, type Problem } from '../problems';
import { DEV_ERROR_PAGE } from '../shared/words-sv';

/** Answers `{ "ok": true }` once the plans (or, with `?plan=<id>`, that plan) can be read without errors. */
export const DEV_STATUS_PATH = '@planverk/status';

const escapeHtml = (text: string) =>
  escapeControl(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export interface DevErrorPageOptions {
  /** A Swedish line when the plans could not be read at all (shown instead of a stack trace). */
  internal?: string;
  /** The plan whose page this is; without it, the problems are the whole site's. */
  plan?: string;
  /** The files the problems name, for their source lines (src/load/source-excerpt.ts). */
  texts?: ReadonlyMap<string, string>;
}

function excerptHtml(excerpt: SourceExcerpt): string {
  const width = String(excerpt.lines.at(-1)!.number).length;
  const rows = excerpt.lines.map((line) => `<span class="radnummer">${String(line.number).padStart(width)} | </span>${escapeHtml(line.text)}`);
  const caret = `<span aria-hidden="true"><span class="radnummer">${' '.repeat(width)} | </span>${' '.repeat(excerpt.caretOffset)}<span class="markering">^</span></span>`;
  return `<pre class="utdrag" tabindex="0"><code>${[...rows, caret].join('\n')}</code></pre>`;
}

export function devErrorPage(problems: readonly Problem[], base = '/', options: DevErrorPageOptions = {}): string {
  const { internal, plan, texts = new Map() } = options;
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const item = (p: Problem) => {
    const excerpt = problemExcerpt(p, texts);
    return `<li><code class="plats">${escapeHtml(`${p.file}:${p.line}:${p.column}`)}</code>${p.path ? ` <code class="falt">${escapeHtml(p.path)}</code>` : ''}<br>${escapeHtml(p.message)}${excerpt ? `\n${excerptHtml(excerpt)}` : ''}</li>`;
  };
  const root = base.endsWith('/') ? base : `${base}/`;
  const status = `${root}${DEV_STATUS_PATH}${plan ? `?${new URLSearchParams({ plan })}` : ''}`;
  const heading = internal ? DEV_ERROR_PAGE.unreadable : plan ? DEV_ERROR_PAGE.planErrors(plan, errors.length) : DEV_ERROR_PAGE.errors(errors.length);
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${plan ? escapeHtml(DEV_ERROR_PAGE.planTitle(plan)) : DEV_ERROR_PAGE.title}</title>
<script type="module" src="${escapeHtml(root)}@vite/client"></script>
<script type="module">
const poll = async () => {
  try {
    const answer = await fetch(${JSON.stringify(status)}, { cache: 'no-store' });
    if ((await answer.json()).ok) return location.reload();
  } catch { /* the server is restarting: ask again */ }
  setTimeout(poll, 1000);
};
setTimeout(poll, 1000);
</script>
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
h1 { color: #a4000f; font-size: 1.6rem; overflow-wrap: anywhere; }
li { margin: 0 0 1.25rem; overflow-wrap: anywhere; }
code.plats { font-weight: 600; }
code.falt { color: #555; }
pre.utdrag { margin: 0.5rem 0 0; padding: 0.5rem 0.75rem; background: #f4f4f4; border-left: 3px solid #a4000f; overflow-x: auto; font: 14px/1.4 ui-monospace, "DejaVu Sans Mono", monospace; }
pre.utdrag:focus-visible { outline: 2px solid #1a1a1a; outline-offset: 2px; }
.radnummer { color: #595959; }
.markering { color: #a4000f; font-weight: 700; }
a { color: #0b4f8a; }
</style>
</head>
<body>
<main id="planverk-fel">
<h1>${heading}</h1>
${internal ? `<p class="internt-fel">${escapeHtml(internal)}</p>\n` : ''}<p>${plan ? DEV_ERROR_PAGE.planReloads : DEV_ERROR_PAGE.reloads}</p>
${plan ? `<p><a href="${escapeHtml(root)}">${DEV_ERROR_PAGE.home}</a></p>\n` : ''}<ol class="fel">
${errors.map(item).join('\n')}
</ol>
${warnings.length ? `<h2>${DEV_ERROR_PAGE.warnings}</h2>\n<ul class="varningar">\n${warnings.map(item).join('\n')}\n</ul>` : ''}
</main>
</body>
</html>
`;
}
