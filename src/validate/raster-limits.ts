/**
 * Whether a PNG or JPEG figure can be drawn, decided once for `npm run check` (which
 * reports it at the figure's `image` field) and the PDF renderer (which refuses a file
 * that changed after the check). The file's structure is walked completely: a PNG's chunks
 * with their checksums up to IEND and its image data inflated (streamed, never held) to
 * exactly the size its header promises with a valid filter byte on every row; a JPEG's
 * segments up to EOI with one supported frame header. The size in the header is judged
 * before anything is inflated, so a header that claims 100 000 × 100 000 pixels costs
 * nothing. The PDF stage then parses the file with pdfkit (png-js and pdfkit's JPEG
 * reader), which reads only these structures; the check runs the same parsers too
 * (`openWithPdfkit`), so what passes here is what the PDF can draw.
 */
import { createRequire } from 'node:module';
import { createInflate, crc32 } from 'node:zlib';
import { formatAmount } from '../shared/format-sv';

/** Largest side accepted, in pixels (a full A4 page at 600 dpi is about 7 000). */
export const MAX_IMAGE_SIDE = 10_000;
/** Largest area accepted, in pixels: decoding one costs up to 8 bytes a pixel in the PDF stage. */
export const MAX_IMAGE_PIXELS = 40_000_000;

export interface RasterMeasure { ok: true; width: number; height: number }
/** Why a PNG or JPEG cannot be used (Swedish): what is wrong, and what to do. */
export interface RasterRefusal { ok: false; kind: 'broken' | 'too-large' | 'unsupported'; reason: string; fix: string }
export type RasterMeasurement = RasterMeasure | RasterRefusal;

const RESAVE_PNG = 'Öppna bilden i ett bildprogram och spara den igen som PNG.';
const RESAVE_JPEG = 'Öppna bilden i ett bildprogram och spara den igen som JPEG.';

const broken = (reason: string, fix: string): RasterRefusal => ({ ok: false, kind: 'broken', reason, fix });
const unsupported = (reason: string, fix: string): RasterRefusal => ({ ok: false, kind: 'unsupported', reason, fix });

function sizeLimit(width: number, height: number): RasterRefusal | undefined {
  if (width <= MAX_IMAGE_SIDE && height <= MAX_IMAGE_SIDE && width * height <= MAX_IMAGE_PIXELS) return undefined;
  return {
    ok: false,
    kind: 'too-large',
    reason: `Bilden är ${formatAmount(width)} × ${formatAmount(height)} bildpunkter; högst ${formatAmount(MAX_IMAGE_SIDE)} bildpunkter per sida och ${formatAmount(MAX_IMAGE_PIXELS / 1_000_000)} miljoner bildpunkter sammanlagt.`,
    fix: 'Minska bilden i ett bildprogram (2 000 bildpunkter i bredd räcker för en helsida) och spara den igen.',
  };
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Bit depths allowed per PNG colour type, and the colour type's samples per pixel. */
const PNG_COLOUR_TYPES: Record<number, { depths: number[]; samples: number }> = {
  0: { depths: [1, 2, 4, 8, 16], samples: 1 },
  2: { depths: [8, 16], samples: 3 },
  3: { depths: [1, 2, 4, 8], samples: 1 },
  4: { depths: [8, 16], samples: 2 },
  6: { depths: [8, 16], samples: 4 },
};
const ADAM7 = [[0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2]] as const;

/** Scanline lengths (without the filter byte) of every row, pass by pass, as [rows, bytes]. */
function pngRows(width: number, height: number, bitsPerPixel: number, interlaced: boolean): [number, number][] {
  const bytes = (w: number) => Math.ceil((w * bitsPerPixel) / 8);
  if (!interlaced) return [[height, bytes(width)]];
  const passes: [number, number][] = [];
  for (const [x0, y0, dx, dy] of ADAM7) {
    const w = Math.ceil((width - x0) / dx);
    const h = Math.ceil((height - y0) / dy);
    if (w > 0 && h > 0) passes.push([h, bytes(w)]);
  }
  return passes;
}

/**
 * Inflates the image data without keeping it and checks that it holds exactly the rows
 * the header promises, each with a filter type 0–4: png-js throws for anything else
 * inside an asynchronous callback, where nothing can catch it.
 */
function verifyImageData(parts: Buffer[], rows: [number, number][]): Promise<boolean> {
  return new Promise((resolve) => {
    const inflate = createInflate();
    let pass = 0;
    let row = 0;
    let offset = 0; // position within the current row, 0 = its filter byte
    let done = rows.length === 0;
    let settled = false;
    const finish = (ok: boolean) => {
      if (settled) return;
      settled = true;
      inflate.destroy();
      resolve(ok);
    };
    inflate.on('data', (chunk: Buffer) => {
      let i = 0;
      while (i < chunk.length) {
        if (done) return finish(false); // more data than the rows hold
        const [count, length] = rows[pass]!;
        if (offset === 0) {
          if (chunk[i]! > 4) return finish(false);
          i++;
          offset = 1;
        } else {
          const take = Math.min(length + 1 - offset, chunk.length - i);
          i += take;
          offset += take;
        }
        if (offset === length + 1) {
          offset = 0;
          if (++row === count) {
            row = 0;
            if (++pass === rows.length) done = true;
          }
        }
      }
    });
    inflate.on('error', () => finish(false));
    inflate.on('end', () => finish(done && offset === 0));
    for (const part of parts) inflate.write(part);
    inflate.end();
  });
}

/** Walks a PNG to IEND and inflates its image data; see the module comment. */
export async function measurePng(data: Buffer): Promise<RasterMeasurement> {
  const truncated = broken('PNG-bilden är trasig: filen tar slut innan bilden är slut (den kan ha avbrutits när den sparades eller laddades ned).', RESAVE_PNG);
  const corrupt = (what: string) => broken(`PNG-bilden är trasig: ${what}.`, RESAVE_PNG);
  if (data.length < 8 || !data.subarray(0, 8).equals(PNG_SIGNATURE)) return corrupt('filen börjar inte som en PNG-bild');
  let pos = 8;
  let header: { width: number; height: number; bitsPerPixel: number; colourType: number; interlaced: boolean } | undefined;
  let palette = false;
  const imageData: Buffer[] = [];
  let imageDataEnded = false;
  for (;;) {
    if (pos + 12 > data.length) return truncated;
    const length = data.readUInt32BE(pos);
    const type = data.toString('latin1', pos + 4, pos + 8);
    if (!/^[A-Za-z]{4}$/.test(type)) return corrupt('ett block i filen har ett ogiltigt namn');
    if (length > 0x7fffffff || pos + 12 + length > data.length) return truncated;
    const body = data.subarray(pos + 8, pos + 8 + length);
    if (crc32(data.subarray(pos + 4, pos + 8 + length)) !== data.readUInt32BE(pos + 8 + length)) {
      return corrupt(`blocket ${type} har fel kontrollsumma`);
    }
    pos += 12 + length;
    if (!header && type !== 'IHDR') return corrupt('huvudet (IHDR) saknas');
    if (type !== 'IDAT' && imageData.length > 0) imageDataEnded = true;
    switch (type) {
      case 'IHDR': {
        if (header || length !== 13) return corrupt('huvudet (IHDR) är ogiltigt');
        const width = body.readUInt32BE(0);
        const height = body.readUInt32BE(4);
        const [depth, colourType, compression, filter, interlace] = [body[8]!, body[9]!, body[10]!, body[11]!, body[12]!];
        const colour = PNG_COLOUR_TYPES[colourType];
        if (!colour || !colour.depths.includes(depth) || compression !== 0 || filter !== 0 || interlace > 1 || width === 0 || height === 0) {
          return corrupt('huvudet (IHDR) är ogiltigt');
        }
        const tooLarge = sizeLimit(width, height);
        if (tooLarge) return tooLarge;
        header = { width, height, bitsPerPixel: depth * colour.samples, colourType, interlaced: interlace === 1 };
        break;
      }
      case 'PLTE':
        if (length === 0 || length % 3 !== 0 || length > 768) return corrupt('färgtabellen (PLTE) är ogiltig');
        palette = true;
        break;
      case 'IDAT':
        if (imageDataEnded) return corrupt('bilddata (IDAT) är uppdelade av andra block');
        imageData.push(body);
        break;
      case 'IEND': {
        if (imageData.length === 0) return corrupt('bilddata (IDAT) saknas');
        if (header!.colourType === 3 && !palette) return corrupt('färgtabellen (PLTE) saknas');
        const rows = pngRows(header!.width, header!.height, header!.bitsPerPixel, header!.interlaced);
        if (!(await verifyImageData(imageData, rows))) return corrupt('bilddata går inte att packa upp till bildens storlek');
        return { ok: true, width: header!.width, height: header!.height };
      }
      default:
        // A critical chunk (capital first letter) planverk does not know cannot be skipped.
        if (type[0]! < 'a') return corrupt(`blocket ${type} är okänt`);
    }
  }
}

/** Frame types PDF readers and browsers all draw: baseline, extended and progressive Huffman. */
const SUPPORTED_FRAMES = new Set([0xc0, 0xc1, 0xc2]);
const isFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

/** Walks a JPEG's segments from SOI to EOI; see the module comment. */
export function measureJpeg(data: Buffer): RasterMeasurement {
  const truncated = broken('JPEG-bilden är trasig: filen tar slut innan bilden är slut (den kan ha avbrutits när den sparades eller laddades ned).', RESAVE_JPEG);
  const corrupt = (what: string) => broken(`JPEG-bilden är trasig: ${what}.`, RESAVE_JPEG);
  if (data.length < 4 || data[0] !== 0xff || data[1] !== 0xd8) return corrupt('filen börjar inte som en JPEG-bild');
  let pos = 2;
  let frame: { width: number; height: number } | undefined;
  let scanned = false;
  for (;;) {
    if (pos >= data.length) return truncated;
    if (data[pos] !== 0xff) return corrupt('oväntade data mellan delarna');
    while (pos < data.length && data[pos] === 0xff) pos++;
    if (pos >= data.length) return truncated;
    const marker = data[pos++]!;
    if (marker === 0xd9) {
      if (!frame || !scanned) return corrupt('bilddata saknas');
      return { ok: true, ...frame };
    }
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) continue;
    if (marker === 0xd8 || marker === 0x00) return corrupt('oväntade data mellan delarna');
    if (pos + 2 > data.length) return truncated;
    const length = data.readUInt16BE(pos);
    if (length < 2) return corrupt('en del av filen har ogiltig längd');
    if (pos + length > data.length) return truncated;
    if (isFrame(marker)) {
      if (frame) return corrupt('filen har mer än ett bildhuvud');
      if (!SUPPORTED_FRAMES.has(marker)) {
        return unsupported('JPEG-bilden är sparad på ett ovanligt sätt (aritmetisk eller förlustfri kodning) som PDF-läsare och webbläsare inte kan visa.', RESAVE_JPEG);
      }
      if (length < 8) return corrupt('bildhuvudet (SOF) är ogiltigt');
      const precision = data[pos + 2]!;
      const height = data.readUInt16BE(pos + 3);
      const width = data.readUInt16BE(pos + 5);
      const components = data[pos + 7]!;
      if (length !== 8 + 3 * components || width === 0 || height === 0) return corrupt('bildhuvudet (SOF) är ogiltigt');
      if (precision !== 8 || ![1, 3, 4].includes(components)) {
        return unsupported('JPEG-bilden har ett ovanligt färgformat (inte 8 bitar gråskala, RGB eller CMYK) som PDF:en inte kan visa.', RESAVE_JPEG);
      }
      const tooLarge = sizeLimit(width, height);
      if (tooLarge) return tooLarge;
      frame = { width, height };
    }
    pos += length;
    if (marker === 0xda) {
      if (!frame) return corrupt('bilddata kommer före bildhuvudet (SOF)');
      scanned = true;
      // Entropy-coded data runs to the next marker: 0xFF not followed by a stuffed 0x00 or a restart marker.
      for (;;) {
        pos = data.indexOf(0xff, pos);
        if (pos < 0 || pos + 1 >= data.length) return truncated;
        const next = data[pos + 1]!;
        if (next === 0x00 || (next >= 0xd0 && next <= 0xd7) || next === 0xff) pos += next === 0xff ? 1 : 2;
        else break;
      }
    }
  }
}

type OpenImage = (data: Buffer) => { width: number; height: number };
let pdfkitOpenImage: OpenImage | undefined;

/**
 * Parses the file with pdfkit's own image readers, as the PDF stage does; undefined when
 * pdfkit refuses it. pdfkit is loaded on first use (about 0,4 s), so plans without
 * PNG or JPEG figures never pay for it.
 */
export function openWithPdfkit(data: Buffer): { width: number; height: number } | undefined {
  if (!pdfkitOpenImage) {
    // Required, not imported: the check also runs inside Astro's config hook, whose Vite
    // module runner is closed by the time a plan is checked (svg-limits.ts loads sax so too).
    const PDFDocument = createRequire(import.meta.url)('pdfkit') as typeof import('pdfkit');
    const openImage = (PDFDocument.prototype as unknown as { openImage: (this: unknown, src: Buffer) => { width: number; height: number } }).openImage;
    // openImage only touches the document's image registry.
    pdfkitOpenImage = (bytes) => openImage.call({ _imageRegistry: {}, _imageCount: 0 }, bytes);
  }
  try {
    const { width, height } = pdfkitOpenImage(data);
    return { width, height };
  } catch {
    return undefined;
  }
}

/** Measures a PNG or JPEG and confirms pdfkit reads the same size. */
export async function measureRaster(data: Buffer, format: 'png' | 'jpeg'): Promise<RasterMeasurement> {
  const measured = format === 'png' ? await measurePng(data) : measureJpeg(data);
  if (!measured.ok) return measured;
  const opened = openWithPdfkit(data);
  if (!opened || opened.width !== measured.width || opened.height !== measured.height) {
    return broken(`${format === 'png' ? 'PNG' : 'JPEG'}-bilden är trasig: PDF:en kan inte läsa den.`, format === 'png' ? RESAVE_PNG : RESAVE_JPEG);
  }
  return measured;
}
