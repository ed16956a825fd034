/**
 * Figure images exist inside the content folder (every link followed, see
 * resolvePlanFile) and are PNG, JPEG or SVG by their content, whatever their name says;
 * the PDF must be able to draw them (svg-limits.ts and raster-limits.ts decide, for the
 * PDF renderer too). Each accepted image is resolved once, here: its real file, its
 * type, its content hash and the name planverk publishes it under (PublishedImage), which
 * the derived model carries to every renderer.
 */
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { publishedImageName, type ImageFormat, type PublishedImage } from '../../shared/published-image';
import { isInside, resolvePlanFile } from '../../load/resolve-plan-file';
import type { PathSegment } from '../../load/field-path';
import type { CheckContext } from '../check-context';
import { measureRaster } from '../raster-limits';
import { measureSvg } from '../svg-limits';
import { blocksOfType } from '../walk-plan';

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

/**
 * The type planverk publishes the bytes as, by content only. Text that starts with `<`
 * (after a byte order mark and white space) and has an `<svg` element early on is a
 * candidate SVG, which measureSvg then parses completely: an SVG whose `<svg>` follows a
 * long comment or doctype is still found, and an HTML page is refused.
 */
export function sniffImage(head: Uint8Array): ImageFormat | undefined {
  if (head.length >= 8 && Buffer.from(head.subarray(0, 8)).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  const text = Buffer.from(head.subarray(0, 4096)).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('<') && /<(?:[\w.-]+:)?svg[\s/>]/.test(text)) return 'svg';
  return undefined;
}

/**
 * Reads a regular file without blocking on whatever replaced it since it was resolved;
 * 'not-a-file' for anything else, 'unreadable' when it cannot be opened (permissions, gone).
 */
async function readRegularFile(realPath: string): Promise<Buffer | 'not-a-file' | 'unreadable'> {
  let handle;
  try {
    handle = await open(realPath, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return 'unreadable';
  }
  try {
    const info = await handle.stat();
    if (!info.isFile() || info.size > MAX_IMAGE_BYTES) return 'not-a-file';
    return await handle.readFile();
  } catch {
    return 'unreadable';
  } finally {
    await handle.close();
  }
}

/** Checks one image file; returns how it is published, or undefined after reporting why not. */
async function resolveImage(ctx: CheckContext, image: string, fieldPath: PathSegment[]): Promise<PublishedImage | undefined> {
  const file = path.resolve(ctx.loaded.dir, image);
  if (!isInside(ctx.loaded.dir, file)) return undefined; // the schema already reports paths outside the folder
  const resolved = resolvePlanFile(ctx.loaded.contentRoot, file);
  if (!resolved.ok) {
    if (resolved.code === 'fil-saknas') ctx.error('bild-saknas', fieldPath, `Bildfilen "${image}" finns inte i planens mapp.`);
    else ctx.error(resolved.code, fieldPath, `Bildfilen "${image}" kan inte användas. ${resolved.message}`);
    return undefined;
  }
  const { size } = resolved.info;
  if (size > MAX_IMAGE_BYTES) {
    ctx.error('bild-for-stor', fieldPath, `Bildfilen är för stor (${(size / 1024 / 1024).toFixed(1).replace('.', ',')} MB); högst 10 MB.`);
    return undefined;
  }
  const data = await readRegularFile(resolved.realPath);
  if (data === 'unreadable') {
    ctx.error('bild-saknas', fieldPath, `Bildfilen "${image}" kan inte läsas (filen saknar läsbehörighet eller togs bort under kontrollen).`);
    return undefined;
  }
  if (data === 'not-a-file') {
    ctx.error('inte-en-fil', fieldPath, `Bildfilen "${image}" kan inte användas. Sökvägen pekar på en mapp eller något annat som inte är en vanlig fil.`);
    return undefined;
  }
  const format = sniffImage(data);
  if (!format) {
    ctx.error('bild-trasig', fieldPath, `"${image}" är ingen PNG-, JPEG- eller SVG-bild (filen kan vara trasig).`);
    return undefined;
  }
  if (format === 'svg') {
    // The PDF draws the file as an SVG under the same test, so it must be drawable.
    const measured = measureSvg(data);
    if (!measured.ok) {
      ctx.error('bild-svg-oanvandbar', fieldPath, `"${image}" kan inte användas. ${measured.reason} ${measured.fix}`);
      return undefined;
    }
  } else {
    const measured = await measureRaster(data, format);
    if (!measured.ok) {
      const code = measured.kind === 'too-large' ? 'bild-for-stora-matt' : measured.kind === 'broken' ? 'bild-ofullstandig' : 'bild-trasig';
      ctx.error(code, fieldPath, `"${image}" kan inte användas. ${measured.reason} ${measured.fix}`);
      return undefined;
    }
  }
  const sha256 = createHash('sha256').update(data).digest('hex');
  const relative = path.relative(ctx.loaded.contentRoot, resolved.realPath).split(path.sep).join('/');
  return { file: relative, format, sha256, name: publishedImageName(sha256, format) };
}

/**
 * Checks every figure's image and the organisation's logo; returns the accepted ones by
 * their `image` (or `logo`) value. A logo is an SVG or a PNG, checked like a figure's image.
 */
export async function checkFiles(ctx: CheckContext): Promise<Map<string, PublishedImage>> {
  const images = new Map<string, PublishedImage>();
  if (ctx.plan.logo) {
    const logo = await resolveImage(ctx, ctx.plan.logo, ['logo']);
    if (logo && logo.format !== 'svg' && logo.format !== 'png') ctx.error('logo-format', ['logo'], `Logotypen "${ctx.plan.logo}" är en JPEG-bild; en logotyp ska vara SVG eller PNG.`);
    else if (logo) images.set(ctx.plan.logo, logo);
  }
  for (const { block, path: at } of blocksOfType(ctx.plan, 'figure')) {
    if (!block.image) {
      if (!block.generated && !block.missing) {
        ctx.error('figur-utan-bild', at, 'Figuren saknar bild. Ange image, generated eller missing (varför bilden saknas).');
      } else if (block.missing) {
        ctx.warning('figur-saknas', [...at, 'missing'], `Figuren har ingen bild: ${block.missing}`);
      }
      continue;
    }
    // A refused image is reported at every figure that uses it.
    if (images.has(block.image)) continue;
    const published = await resolveImage(ctx, block.image, [...at, 'image']);
    if (published) images.set(block.image, published);
  }
  return images;
}
