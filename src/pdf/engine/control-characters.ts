/**
 * Control characters (C0, DEL, C1) have no glyph in the embedded font and no meaning in
 * a PDF's text: drawn, they become .notdef glyphs (forbidden by PDF/A, read back as
 * U+0000 and the like); in the Info dictionary and the XMP packet they make the XML
 * invalid (XML 1.0 allows no C0 control but tab, line feed and carriage return). A plan
 * can carry them (`"\0"` in a double-quoted YAML string), so every string that reaches
 * the PDF goes through here: tab and line breaks become a space, other controls are
 * dropped, and a lone surrogate (not text at all) becomes U+FFFD.
 */
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const ANY = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ud800-\udfff]/;

/** Text as it may be written into a PDF string or shaped into glyphs. */
export function withoutControlCharacters(text: string): string {
  if (!ANY.test(text)) return text;
  return text.replace(BREAKS, ' ').replace(CONTROLS, '').replace(LONE_SURROGATE, '\ufffd');
}

/**
 * Text to shape into glyphs: also without U+FFFD, which the font has no glyph for and
 * which stands for input that was no text (a NUL in Markdown, a lone surrogate).
 */
export function drawableText(text: string): string {
  if (!ANY.test(text) && !text.includes('\ufffd')) return text;
  return withoutControlCharacters(text).replace(/\ufffd/g, '');
}

/** The same for metadata: runs of spaces left by removed characters collapse, ends are trimmed. */
export function metadataText(text: string): string {
  if (!ANY.test(text)) return text;
  return withoutControlCharacters(text).replace(/ {2,}/g, ' ').trim();
}
