/**
 * Where the embedded typeface lives (Adobe Source Sans 3 from the npm package
 * `source-sans`), and which characters all four faces can draw. The PDF embeds these
 * files; the check refuses text they cannot draw, so what it accepts prints correctly.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';

export type FontStyle = 'regular' | 'italic' | 'bold' | 'boldItalic';

export const FONT_FILES: Record<FontStyle, string> = {
  regular: 'SourceSans3-Regular.ttf',
  italic: 'SourceSans3-It.ttf',
  bold: 'SourceSans3-Semibold.ttf',
  boldItalic: 'SourceSans3-SemiboldIt.ttf',
};

export function fontDir(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('source-sans/package.json')), 'TTF');
}

let drawable: Set<number> | undefined;

/** Code points every face has a glyph for (read once per process, about 40 ms). */
export function drawableCodePoints(): Set<number> {
  if (!drawable) {
    const dir = fontDir();
    const sets = Object.values(FONT_FILES).map((file) => new Set((fontkit.create(readFileSync(path.join(dir, file))) as unknown as { characterSet: number[] }).characterSet));
    drawable = new Set([...sets[0]!].filter((cp) => sets.every((set) => set.has(cp))));
  }
  return drawable;
}
