/** Figure images are published beside the plan page: `/<plan-id>/bilder/<path in the plan folder>`. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadRenderedPlans, planFolder } from '../../../site/site-plans';

export const getStaticPaths = (async () => {
  const paths: { params: { plan: string; image: string } }[] = [];
  for (const summary of await loadRenderedPlans()) {
    for (const image of summary.images) paths.push({ params: { plan: summary.id, image } });
  }
  return paths;
}) satisfies GetStaticPaths;

const TYPES: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.svg': 'image/svg+xml' };

export const GET: APIRoute = async ({ params }) => {
  const folder = await planFolder(params.plan!);
  const file = path.resolve(folder, params.image!);
  if (!file.startsWith(folder + path.sep)) return new Response(null, { status: 404 });
  const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  const bytes = await readFile(file);
  // SVG is a document that can run scripts when opened on its own: publish a cleaned copy.
  // svgo takes about a second to load, so only builds with SVG figures import it.
  const body = type === 'image/svg+xml' ? (await import('../../../site/sanitize-svg')).sanitizeSvg(bytes.toString('utf8')) : bytes;
  return new Response(body, { headers: { 'Content-Type': type } });
};
