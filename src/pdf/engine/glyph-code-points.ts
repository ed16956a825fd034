/**
 * fontkit keeps one Glyph object per glyph id and font, made on the first `getGlyph`
 * call with that call's code points; every later call gets the same object, whatever code
 * points it passes. The parsed fonts live for the whole process (fonts.ts), so a glyph's
 * `codePoints` were those of whatever text, in whatever earlier document, first asked
 * for it, and none at all when the glyph was first read as a component of a composite
 * glyph (U inside Ü, A inside Å, the quote inside ”) while a subset was embedded. pdfkit
 * and glyph-runs.ts build a document's ToUnicode map from `glyph.codePoints`, so a plan
 * rendered after another read back "Fo -rådet" or lost its apostrophes, and fontkit's own
 * shaping (marks, scripts, fraction slashes) saw the wrong characters too.
 *
 * Here `getGlyph` returns a glyph carrying exactly the code points it was asked for: the
 * shared glyph when they match, otherwise a glyph of its own for that id and those code
 * points (made once per font and process). A call without code points (outlines only)
 * gets the shared glyph.
 */
interface GlyphWithCodePoints { id: number; codePoints: number[] }

type GlyphClass = new (id: number, codePoints: number[], font: unknown) => GlyphWithCodePoints;

interface GlyphSource {
  getGlyph(id: number, codePoints?: number[]): GlyphWithCodePoints | null;
}

const honest = new WeakSet<object>();

function same(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Makes `font.getGlyph` (and so glyphForCodePoint, glyphsForString and layout) keep the code points asked for. */
export function glyphsKeepTheirCodePoints(font: GlyphSource): void {
  if (honest.has(font)) return;
  honest.add(font);
  const shared = font.getGlyph.bind(font);
  const variants = new Map<string, GlyphWithCodePoints>();
  font.getGlyph = (id: number, codePoints: number[] = []) => {
    const glyph = shared(id, codePoints);
    if (!glyph || codePoints.length === 0 || same(glyph.codePoints, codePoints)) return glyph;
    const key = `${id}:${codePoints.join(',')}`;
    let variant = variants.get(key);
    if (!variant) {
      // The glyph's own class, as fontkit would have made it for these code points
      // (the constructor also derives isMark and isLigature from them).
      const Glyph = glyph.constructor as GlyphClass;
      variant = new Glyph(id, [...codePoints], font);
      variants.set(key, variant);
    }
    return variant;
  };
}
