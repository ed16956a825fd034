/**
 * harfbuzzjs against planverk's own shaper (src/pdf/engine/shaping.ts), with fontkit's full
 * OpenType shaping as the reference both must match: every word of the five content plans
 * and a list of Swedish words with ligatures (ff, fi, ffi, ft) and kerning pairs, in all four
 * faces. Reports how many words each gives differently from fontkit, and the median time to
 * shape all words once without caches.
 *
 *   node --import tsx scripts/bench/shaping-harfbuzz.ts [--rounds=N]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as hb from 'harfbuzzjs';
import { fonts } from '../../src/pdf/engine/fonts';
import { Shaper, shapeWithFontkit, type FontkitFont, type ShapedText } from '../../src/pdf/engine/shaping';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';
import { FONT_FILES, fontDir, type FontStyle } from '../../src/typeface/source-sans';

const STYLES: FontStyle[] = ['regular', 'italic', 'bold', 'boldItalic'];
const rounds = Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 7);

/** Words with ligatures and kerning pairs that Swedish plans use. */
const SWEDISH = ['officiell', 'effekt', 'effektmål', 'affisch', 'offentlig', 'fiffig', 'ekonomiavdelningen', 'Avtal', 'Tvärprofessionell',
  'Vård', 'Yrkesverksamma', 'AVVT', 'To', 'Te', 'Vä', 'Ty', 'P.', 'LL', 'kraft', 'luft', 'eftermiddag', 'oftast', 'FoU-enheter', '"Ty"', 'T.ex.'];

function words(value: unknown, out: Set<string>): void {
  if (typeof value === 'string') for (const word of value.split(/\s+/)) { if (word) out.add(word); }
  else if (Array.isArray(value)) for (const v of value) words(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) words(v, out);
}

interface Shaped { glyphs: number[]; advances: number[] }

const fromFontkit = (s: ShapedText): Shaped => ({ glyphs: s.glyphs.map((g) => g.id), advances: s.advances.map((a) => Math.round(a)) });

function harfbuzzShaper(style: FontStyle) {
  const data = readFileSync(path.join(fontDir(), FONT_FILES[style]));
  const face = new hb.Face(new hb.Blob(data));
  const font = new hb.Font(face);
  const scale = 1000 / face.upem;
  return (text: string): Shaped => {
    const buffer = new hb.Buffer();
    buffer.addText(text);
    buffer.guessSegmentProperties();
    hb.shape(font, buffer);
    const infos = buffer.getGlyphInfos();
    const positions = buffer.getGlyphPositions();
    return { glyphs: infos.map((g) => g.codepoint), advances: positions.map((p) => Math.round(p.xAdvance * scale)) };
  };
}

const same = (a: Shaped, b: Shaped) => a.glyphs.length === b.glyphs.length && a.glyphs.every((g, i) => g === b.glyphs[i]) && a.advances.every((v, i) => v === b.advances[i]);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

const { plans } = await checkPlans(await resolveContentRoot('content'));
const all = new Set<string>(SWEDISH);
for (const plan of plans) words(plan.plan, all);
const texts = [...all];

const report: Record<string, unknown>[] = [];
for (const style of STYLES) {
  const font = fonts()[style] as unknown as FontkitFont;
  const own = new Shaper(font, undefined);
  const harf = harfbuzzShaper(style);
  let ownDiffers = 0;
  let harfDiffers = 0;
  const harfExamples: string[] = [];
  for (const text of texts) {
    const reference = fromFontkit(shapeWithFontkit(font, text, undefined));
    if (!same(fromFontkit(own.shapeUncached(text)), reference)) ownDiffers++;
    if (!same(harf(text), reference)) { harfDiffers++; if (harfExamples.length < 5) harfExamples.push(text); }
  }
  const time = (fn: (t: string) => unknown) => {
    const runs: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const t = performance.now();
      for (const text of texts) fn(text);
      runs.push(performance.now() - t);
    }
    return median(runs);
  };
  const ownMs = time((t) => own.shapeUncached(t));
  const harfMs = time(harf);
  const fontkitMs = time((t) => shapeWithFontkit(font, t, undefined));
  report.push({ style, words: texts.length, ownDiffersFromFontkit: ownDiffers, harfbuzzDiffersFromFontkit: harfDiffers, harfExamples, ownMs: +ownMs.toFixed(1), harfbuzzMs: +harfMs.toFixed(1), fontkitMs: +fontkitMs.toFixed(1) });
}
console.table(report.map(({ harfExamples: _e, ...rest }) => rest));
for (const r of report) if ((r.harfExamples as string[]).length) console.log(`${r.style}: harfbuzz skiljer sig t.ex. i ${JSON.stringify(r.harfExamples)}`);
