/**
 * How a renderer (the site's image route, the PDF) reads a figure image: the real file
 * the check resolved (PublishedImage.file, inside the content root), opened without
 * blocking, only if it is still a regular file, and only if its bytes are still the ones
 * the check hashed. A file swapped or edited after the check (for a link, a pipe, other
 * content) is refused with a Swedish message instead of being published unchecked.
 */
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { PublishedImage } from '../shared/published-image';
import { displayPath } from './display-path';

/** Larger than any image the check accepts. */
const MAX_BYTES = 10 * 1024 * 1024;

/** `file` as shown to the user; `reason` in Swedish, without the file. */
export class ImageChangedError extends Error {
  constructor(readonly file: string, readonly reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'ImageChangedError';
  }
}

export function readPublishedImage(contentRoot: string, image: PublishedImage): Buffer {
  const file = path.join(contentRoot, ...image.file.split('/'));
  const shown = displayPath(file);
  const changed = () => new ImageChangedError(shown, 'bildfilen har ändrats sedan planen kontrollerades. Kör bygget igen.');
  if (image.file.split('/').includes('..') || path.isAbsolute(image.file)) throw changed();
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch {
    throw changed();
  }
  let data: Buffer;
  try {
    const info = fstatSync(fd);
    if (!info.isFile() || info.size > MAX_BYTES) throw changed();
    data = readFileSync(fd);
  } finally {
    closeSync(fd);
  }
  if (createHash('sha256').update(data).digest('hex') !== image.sha256) throw changed();
  return data;
}
