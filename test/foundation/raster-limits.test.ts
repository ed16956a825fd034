/**
 * PNG and JPEG files as `npm run check` judges them (src/validate/raster-limits.ts): every
 * ordinary variant a drawing or photo program writes passes, and pdfkit (the PDF's parser)
 * reads the same size; truncated or damaged files and absurd header sizes are refused,
 * the latter before anything is inflated.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { deflateSync, crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { measureJpeg, measurePng, measureRaster } from '../../src/validate/raster-limits';

const IMAGES = 'test/fixtures/images';
const PNG = readFileSync('test/pdf/fixtures/staplar.png');
const JPEG = readFileSync('test/pdf/fixtures/sol.jpg');

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
function png(width: number, height: number, rows: Buffer, colourType = 2): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0); ihdr.writeUInt32BE(height, 4); ihdr[8] = 8; ihdr[9] = colourType;
  return Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

describe('PNG and JPEG variants that must pass', () => {
  it.each(readdirSync(IMAGES).concat('../../pdf/fixtures/staplar.png', '../../pdf/fixtures/sol.jpg'))('accepts %s', async (name) => {
    const data = readFileSync(path.join(IMAGES, name));
    const measured = await measureRaster(data, name.endsWith('.png') ? 'png' : 'jpeg');
    expect(measured).toMatchObject({ ok: true });
  });

  it('accepts a hand-made 3×2 PNG with every filter type on its rows', async () => {
    const rows = Buffer.concat([0, 1].map((filter) => Buffer.from([filter, ...Array(9).fill(filter * 10)])));
    expect(await measurePng(png(3, 2, rows))).toEqual({ ok: true, width: 3, height: 2 });
  });
});

describe('PNG files that must be refused', () => {
  const kind = async (data: Buffer) => { const m = await measurePng(data); return m.ok ? 'ok' : m.kind; };

  it('refuses a PNG cut before IEND, inside a chunk, or with a changed byte', async () => {
    expect(await kind(PNG.subarray(0, PNG.length - 12))).toBe('broken');
    expect(await kind(PNG.subarray(0, PNG.length - 40))).toBe('broken');
    const flipped = Buffer.from(PNG);
    flipped[60] = flipped[60]! ^ 0xff;
    expect(await kind(flipped)).toBe('broken');
  });

  it('refuses image data shorter or longer than the header promises, or with a bad filter byte', async () => {
    expect(await kind(png(4, 4, Buffer.alloc(4 * 13 - 1)))).toBe('broken');
    expect(await kind(png(4, 4, Buffer.alloc(4 * 13 + 13)))).toBe('broken');
    expect(await kind(png(4, 4, Buffer.concat([Buffer.from([7]), Buffer.alloc(4 * 13 - 1)])))).toBe('broken');
    expect(await kind(png(4, 4, Buffer.alloc(4 * 13)))).toBe('ok');
  });

  it('refuses an unknown critical chunk and a palette image without a palette', async () => {
    const withChunk = Buffer.concat([PNG.subarray(0, 33), chunk('ZZZZ', Buffer.alloc(2)), PNG.subarray(33)]);
    expect(await kind(withChunk)).toBe('broken');
    expect(await kind(png(2, 1, Buffer.from([0, 0, 0]), 3))).toBe('broken');
  });

  it('refuses a header claiming 100 000 × 100 000 pixels at once, without inflating anything', async () => {
    // The data would inflate to 30 GB if anyone tried.
    const started = performance.now();
    const measured = await measurePng(png(100_000, 100_000, Buffer.alloc(10)));
    expect(measured).toMatchObject({ ok: false, kind: 'too-large' });
    expect(performance.now() - started).toBeLessThan(100);
    expect(await kind(png(10_001, 1, Buffer.alloc(1 + 3 * 10_001)))).toBe('too-large');
    expect(await kind(png(7000, 7000, Buffer.alloc(1)))).toBe('too-large');
  });
});

describe('JPEG files that must be refused', () => {
  const kind = (data: Buffer) => { const m = measureJpeg(data); return m.ok ? 'ok' : m.kind; };
  const sofAt = JPEG.indexOf(Buffer.from([0xff, 0xc0]));

  it('refuses a JPEG without its end marker or cut inside a segment', () => {
    expect(kind(JPEG.subarray(0, JPEG.length - 2))).toBe('broken');
    expect(kind(JPEG.subarray(0, 2000))).toBe('broken');
    expect(kind(JPEG.subarray(0, sofAt + 5))).toBe('broken');
  });

  it('refuses a broken frame header and a file without one', () => {
    const zeroWidth = Buffer.from(JPEG);
    zeroWidth.writeUInt16BE(0, sofAt + 7);
    expect(kind(zeroWidth)).toBe('broken');
    const noFrame = Buffer.from(JPEG);
    noFrame[sofAt + 1] = 0xe5; // the frame header becomes an application segment
    expect(kind(noFrame)).toBe('broken');
  });

  it('refuses arithmetic or lossless coding and 12-bit samples as unsupported', () => {
    const lossless = Buffer.from(JPEG);
    lossless[sofAt + 1] = 0xc3;
    expect(kind(lossless)).toBe('unsupported');
    const twelveBit = Buffer.from(JPEG);
    twelveBit[sofAt + 4] = 12;
    expect(kind(twelveBit)).toBe('unsupported');
  });

  it('refuses a header claiming 60 000 × 60 000 pixels', () => {
    const huge = Buffer.from(JPEG);
    huge.writeUInt16BE(60_000, sofAt + 5);
    huge.writeUInt16BE(60_000, sofAt + 7);
    expect(kind(huge)).toBe('too-large');
  });
});
