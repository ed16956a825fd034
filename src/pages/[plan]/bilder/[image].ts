/**
 * Figure images are published beside the plan page as `/<plan-id>/bilder/<hash>.<ext>`:
 * the name and type the check gave them (PublishedImage), never the author's file name or
 * extension, so an author's `x.html` that is really a PNG is served as a PNG and nothing
 * the author names can become a page. The bytes are read from the file the check resolved
 * and must still be the ones it hashed; an SVG is published as a sanitized copy.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { IMAGE_MEDIA_TYPE, type PublishedImage } from '../../../shared/published-image';
import { readPublishedImage } from '../../../load/read-published-image';
import { loadRenderedPlans, loadSiteContent } from '../../../build/astro-site/site-plans';

export const getStaticPaths = (async () => {
  const paths: { params: { plan: string; image: string }; props: { image: PublishedImage } }[] = [];
  for (const summary of await loadRenderedPlans()) {
    for (const image of summary.images) paths.push({ params: { plan: summary.id, image: image.name }, props: { image } });
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const image = (props as { image: PublishedImage }).image;
  const bytes = readPublishedImage((await loadSiteContent()).contentRoot, image);
  // SVG is a document that can run scripts when opened on its own: publish a cleaned copy.
  // svgo takes about a second to load, so only builds with SVG figures import it.
  const body = image.format === 'svg' ? (await import('../../../shared/sanitize-svg')).sanitizeSvg(bytes.toString('utf8')) : new Uint8Array(bytes);
  return new Response(body, { headers: { 'Content-Type': IMAGE_MEDIA_TYPE[image.format] } });
};
