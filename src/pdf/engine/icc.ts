/**
 * The PDF/A output intent's ICC profile: pdfkit's sRGB IEC61966-2.1 profile (ICC v2,
 * matrix/TRC) with its tone curve resampled from 1024 to 64 entries.
 *
 * Why: poppler builds a colour transform from the output intent every time it
 * interprets a page's content, and lcms inverts a tabulated tone curve by a linear
 * search per output sample (4096 × table length, for each channel and intent). poppler's
 * `pdfinfo -struct-text` interprets the page once per marked-content id, so with the
 * 1024-entry curve a 26-page plan took about a minute, almost all of it in
 * `cmsReverseToneCurveEx`. With 64 entries the curve is the same sRGB curve to within
 * 0.1 of an 8-bit level (linear interpolation between the original table's values);
 * primaries, white point and every other tag are unchanged, and it is still a valid
 * ICC v2 profile (PDF/A-1 and PDF/A-2).
 */
import { documentInternals, type DocumentInternals } from './pdfkit-internals';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const TRC_ENTRIES = 64;

let compact: Buffer | undefined;

function pdfkitProfile(): Buffer {
  const require = createRequire(import.meta.url);
  // The package exports no subpaths for its files; its CommonJS entry lies next to data/.
  return readFileSync(path.join(path.dirname(require.resolve('pdfkit')), 'data/sRGB_IEC61966_2_1.icc'));
}

/** Rewrites a matrix/TRC profile with its (shared) 'curv' tone curves resampled. */
export function resampleToneCurves(profile: Buffer, entries: number): Buffer {
  const tagCount = profile.readUInt32BE(128);
  const tags = Array.from({ length: tagCount }, (_, i) => {
    const at = 132 + 12 * i;
    return { signature: profile.toString('latin1', at, at + 4), offset: profile.readUInt32BE(at + 4), size: profile.readUInt32BE(at + 8) };
  });
  // Tag data blocks in file order (several tags may share one block).
  const blocks = [...new Map(tags.map((t) => [t.offset, t.size])).entries()].sort((a, b) => a[0] - b[0]);
  const dataStart = 132 + 12 * tagCount;
  const parts: Buffer[] = [profile.subarray(0, dataStart)];
  const moved = new Map<number, { offset: number; size: number }>();
  let cursor = dataStart;
  for (const [offset, size] of blocks) {
    let block = profile.subarray(offset, offset + size);
    const isTrc = tags.some((t) => t.offset === offset && /^[rgb]TRC$/.test(t.signature));
    if (isTrc && block.toString('latin1', 0, 4) === 'curv' && block.readUInt32BE(8) > entries) {
      const count = block.readUInt32BE(8);
      const curve = Buffer.alloc(12 + 2 * entries);
      block.copy(curve, 0, 0, 8);
      curve.writeUInt32BE(entries, 8);
      for (let i = 0; i < entries; i++) {
        const x = (i / (entries - 1)) * (count - 1);
        const k = Math.min(Math.floor(x), count - 2);
        const f = x - k;
        const value = block.readUInt16BE(12 + 2 * k) * (1 - f) + block.readUInt16BE(12 + 2 * (k + 1)) * f;
        curve.writeUInt16BE(Math.round(value), 12 + 2 * i);
      }
      block = curve;
    }
    // Tag data starts on a 4-byte boundary.
    while (cursor % 4 !== 0) { parts.push(Buffer.alloc(1)); cursor++; }
    moved.set(offset, { offset: cursor, size: block.length });
    parts.push(block);
    cursor += block.length;
  }
  const out = Buffer.concat(parts);
  out.writeUInt32BE(out.length, 0);
  for (let i = 0; i < tagCount; i++) {
    const at = 132 + 12 * i;
    const place = moved.get(tags[i]!.offset)!;
    out.writeUInt32BE(place.offset, at + 4);
    out.writeUInt32BE(place.size, at + 8);
  }
  return out;
}

/** The output intent's profile (built once per process). */
export function outputIntentProfile(): Buffer {
  compact ??= resampleToneCurves(pdfkitProfile(), TRC_ENTRIES);
  return compact;
}

type OutputIntentHost = Pick<DocumentInternals, 'ref' | '_root' | '_addColorOutputIntent'>;

/** Makes the document write the compact profile as its sRGB output intent (same entries as pdfkit). */
export function useCompactOutputIntent(doc: PDFKit.PDFDocument): void {
  const host: OutputIntentHost = documentInternals(doc);
  host._addColorOutputIntent = function addColorOutputIntent(this: OutputIntentHost) {
    const profile = outputIntentProfile();
    const colorProfileRef = this.ref({ Length: profile.length, N: 3 });
    colorProfileRef.write(profile);
    colorProfileRef.end();
    const intentRef = this.ref({
      Type: 'OutputIntent',
      S: 'GTS_PDFA1',
      Info: new String('sRGB IEC61966-2.1'),
      OutputConditionIdentifier: new String('sRGB IEC61966-2.1'),
      DestOutputProfile: colorProfileRef,
    });
    intentRef.end();
    this._root.data.OutputIntents = [intentRef];
  };
}
