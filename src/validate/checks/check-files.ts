/**
 * Figure images exist inside the plan's folder and are real PNG, JPEG or SVG files; an
 * SVG must be drawable in the PDF (svg-limits.ts decides, for the PDF renderer too).
 */
import { open } from 'node:fs/promises';
import path from 'node:path';
import { isInside, resolvePlanFile } from '../../load/resolve-plan-file';
import type { CheckContext } from '../check-context';
import { looksLikeSvg, measureSvg } from '../svg-limits';
import { blocksOfType } from '../walk-plan';

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

export type ImageFormat = 'png' | 'jpeg' | 'svg';

export function sniffImage(head: Buffer): ImageFormat | undefined {
  if (head.length >= 8 && head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  const text = head.toString('utf8').trimStart();
  if (text.startsWith('<svg') || (text.startsWith('<?xml') && text.includes('<svg'))) return 'svg';
  return undefined;
}

export async function checkFiles(ctx: CheckContext): Promise<void> {
  for (const { block, path: at } of blocksOfType(ctx.plan, 'figure')) {
    if (!block.image) {
      if (!block.generated && !block.missing) {
        ctx.error('figur-utan-bild', at, 'Figuren saknar bild. Ange image, generated eller missing (varför bilden saknas).');
      } else if (block.missing) {
        ctx.warning('figur-saknas', [...at, 'missing'], `Figuren har ingen bild: ${block.missing}`);
      }
      continue;
    }
    const fieldPath = [...at, 'image'];
    const file = path.resolve(ctx.loaded.dir, block.image);
    if (!isInside(ctx.loaded.dir, file)) continue; // the schema already reports paths outside the folder
    const resolved = await resolvePlanFile(ctx.loaded.contentRoot, file);
    if (!resolved.ok) {
      if (resolved.code === 'fil-saknas') ctx.error('bild-saknas', fieldPath, `Bildfilen "${block.image}" finns inte i planens mapp.`);
      else ctx.error(resolved.code, fieldPath, `Bildfilen "${block.image}" kan inte användas. ${resolved.message}`);
      continue;
    }
    const { size } = resolved.info;
    if (size > MAX_IMAGE_BYTES) {
      ctx.error('bild-for-stor', fieldPath, `Bildfilen är för stor (${(size / 1024 / 1024).toFixed(1).replace('.', ',')} MB); högst 10 MB.`);
      continue;
    }
    const handle = await open(resolved.realPath, 'r');
    try {
      const head = Buffer.alloc(512);
      const { bytesRead } = await handle.read(head, 0, 512, 0);
      if (!sniffImage(head.subarray(0, bytesRead))) {
        ctx.error('bild-trasig', fieldPath, `"${block.image}" är ingen PNG-, JPEG- eller SVG-bild (filen kan vara trasig).`);
        continue;
      }
      // The PDF draws the file as an SVG under the same test, so it must be drawable.
      if (looksLikeSvg(file, head.subarray(0, bytesRead))) {
        const data = Buffer.alloc(size);
        const { bytesRead: read } = await handle.read(data, 0, size, 0);
        const measured = measureSvg(data.subarray(0, read));
        if (!measured.ok) ctx.error('bild-svg-oanvandbar', fieldPath, `"${block.image}" kan inte användas. ${measured.reason} ${measured.fix}`);
      }
    } finally {
      await handle.close();
    }
  }
}
