/**
 * A figure image as `npm run check` resolved it, carried in the derived model so that the
 * site page, the image route, plan.json and the PDF all use the same file under the same
 * name, and no renderer resolves an author's path itself.
 *
 * The published name is planverk's, never the author's: a content hash and the extension
 * of the type sniffed from the bytes. An author's `x.html` that is really a PNG is
 * published as `<hash>.png`, so a static host never serves it as a page, and names with
 * `#`, `?`, spaces or å/ä/ö never reach a URL.
 */
export type ImageFormat = 'png' | 'jpeg' | 'svg';

export interface PublishedImage {
  /** The real file (every link followed), relative to the real content root, with `/`. */
  file: string;
  format: ImageFormat;
  /** sha256 of the file's bytes as checked, hex; renderers refuse a file that no longer matches. */
  sha256: string;
  /** `<first 16 hex of sha256>.<png|jpg|svg>`: the file name on the site. */
  name: string;
}

export const IMAGE_EXTENSION: Record<ImageFormat, string> = { png: 'png', jpeg: 'jpg', svg: 'svg' };
export const IMAGE_MEDIA_TYPE: Record<ImageFormat, string> = { png: 'image/png', jpeg: 'image/jpeg', svg: 'image/svg+xml' };

export function publishedImageName(sha256: string, format: ImageFormat): string {
  return `${sha256.slice(0, 16)}.${IMAGE_EXTENSION[format]}`;
}

/** Resolved images by the `image` value as written in the plan (a Map: `__proto__` is a valid file name). */
export type PublishedImages = ReadonlyMap<string, PublishedImage>;
