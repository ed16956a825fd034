/**
 * Characters that cannot be published as written: invisible control characters (they
 * arrive with pasted text or a `"\0"` in YAML, break the PDF's metadata and show as
 * boxes), and characters the embedded typeface has no glyph for (an emoji would print as
 * an empty box, which PDF/A forbids). What the check accepts, the PDF can draw.
 */
import { drawableCodePoints } from '../../typeface/source-sans';
import type { PathSegment } from '../../load/field-path';
import type { CheckContext } from '../check-context';

/** Fields that are never drawn: names of files and keys the model interprets. */
const NOT_DRAWN = new Set(['id', 'type', 'file', 'image', '$schema', 'generated', 'kind', 'status']);

/** What the check refuses as an invisible control character (tab and line breaks are text). */
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\p{Surrogate}/u;
/** The same characters, and every surrogate, without Unicode mode: a quick test that most text fails. */
const MAY_HOLD_CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ud800-\udfff]/;
/** Invisible format characters (bidi marks, joiners) need no glyph: the PDF draws nothing for them (test/pdf/control-characters.test.ts). */
const NEEDS_NO_GLYPH = /[\s\p{Default_Ignorable_Code_Point}\p{Cc}]/u;
/** Latin-1 and general punctuation: all drawable, so most text never asks the typeface. */
const SURELY_DRAWABLE = /^[\u0000-\u00ff\u2010-\u2027\u2030-\u205e\u20ac\u2212]*$/;

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Reports at the character itself in a Markdown file, else at the field with the line within the text. */
function reportAt(ctx: CheckContext, code: string, path: readonly PathSegment[], text: string, index: number, message: (where: string) => string): void {
  const before = text.slice(0, index).split('\n');
  const line = before.length;
  const { location, exact } = ctx.locateInText(path, text, line, before.at(-1)!.length + 1);
  ctx.errorAt(code, location, path, message(exact || line === 1 ? '' : ` på rad ${line} i texten`));
}

export function checkCharacters(ctx: CheckContext): void {
  for (const { text, path } of ctx.strings) {
    const field = path.findLast((segment) => typeof segment === 'string');
    if (field && NOT_DRAWN.has(field)) continue;
    const control = MAY_HOLD_CONTROL_CHARACTER.test(text) ? CONTROL_CHARACTER.exec(text) : null;
    if (control) {
      reportAt(ctx, 'styrtecken', path, text, control.index, (where) => `Texten innehåller ett osynligt styrtecken (${codePoint(control[0])})${where}. Det kommer oftast från inklistrad text eller "\\0" i YAML; ta bort det.`);
      continue;
    }
    if (SURELY_DRAWABLE.test(text)) continue;
    const drawable = drawableCodePoints();
    let index = 0;
    for (const char of text) {
      if (!NEEDS_NO_GLYPH.test(char) && !drawable.has(char.codePointAt(0)!)) {
        reportAt(ctx, 'tecken-saknas', path, text, index, (where) => `Tecknet "${char}" (${codePoint(char)})${where} finns inte i PDF:ens typsnitt och går inte att skriva ut (det blir en tom ruta). Ta bort det eller skriv det med ord.`);
        break;
      }
      index += char.length;
    }
  }
}
