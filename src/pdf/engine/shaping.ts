/**
 * Text shaping for measuring and drawing: the same glyphs and positions as fontkit's
 * `layout()`, much faster for ordinary words.
 *
 * fontkit runs the whole OpenType pipeline (script detection, a shaping plan, every GSUB
 * and GPOS lookup over the glyphs) for each string; that was most of a PDF's render time
 * whenever text had not been seen before. For most words of a plan nothing in that
 * pipeline fires except pair kerning. Once per face and feature set, this module works
 * out from the font's tables which glyphs no substitution or non-kerning positioning can
 * touch ("plain" glyphs), and which adjacent pairs of them could start a ligature. A
 * string made only of plain glyphs, without such a pair, is shaped directly: the glyph
 * of each code point (fontkit's own `glyphForCodePoint`, so the same Glyph objects), its
 * advance, and the pair adjustments of the kerning lookups, read from the GPOS tables
 * exactly as fontkit applies them (lookups in fontkit's order, first matching subtable).
 * Anything else (marks, ligatures, other scripts, unusual lookups) is shaped by fontkit.
 * test/pdf/shaping.test.ts compares both paths over the text of the seed plans.
 *
 * Shaped strings are kept per face and feature set in a bounded two-generation cache.
 */
import { createRequire } from 'node:module';
import { drawableText } from './control-characters';

/** fontkit's Glyph, as far as shaping and embedding use it. */
export interface FontkitGlyph { id: number; codePoints: number[]; advanceWidth: number }
interface FontkitPosition { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }

/** A shaped string: glyphs, their positions scaled to 1000 units per em (as pdfkit's), and its width. */
export interface ShapedText {
  glyphs: FontkitGlyph[];
  /** xAdvance per glyph in 1/1000 em. */
  advances: number[];
  /** xAdvance minus the glyph's own advance, per glyph in 1/1000 em (pdfkit's TJ adjustment). */
  adjust: number[];
  /** xOffset and yOffset per glyph in 1/1000 em; absent when all are zero. */
  offsets?: { x: number[]; y: number[] };
  /** yAdvance per glyph in 1/1000 em; absent when all are zero (horizontal text). */
  yAdvances?: number[];
  /** Advance width in font units (fontkit's `advanceWidth`). */
  width: number;
}

// ---- fontkit's parsed OpenType tables (the parts read here) ----
interface LazyList<T> { length: number; get?(index: number): T; toArray?(): T[]; [index: number]: T }
interface Coverage { version: number; glyphs?: LazyList<number>; rangeRecords?: LazyList<{ start: number; end: number; startCoverageIndex: number }> }
interface ClassDef { version: number; startGlyph?: number; classValueArray?: LazyList<number>; classRangeRecord?: LazyList<{ start: number; end: number; class: number }> }
interface ValueRecord { xAdvance?: number | null; yAdvance?: number | null; xPlacement?: number | null; yPlacement?: number | null }
interface SubTable {
  version: number;
  lookupType?: number;
  extension?: SubTable;
  coverage?: Coverage;
  markCoverage?: Coverage;
  mark1Coverage?: Coverage;
  inputCoverage?: LazyList<Coverage>;
  backtrackCoverage?: LazyList<Coverage>;
  lookaheadCoverage?: LazyList<Coverage>;
  coverages?: LazyList<Coverage>;
  ligatureSets?: LazyList<LazyList<{ glyph: number; components: LazyList<number> }>>;
  pairSets?: LazyList<LazyList<{ secondGlyph: number; value1?: ValueRecord; value2?: ValueRecord }>>;
  classDef1?: ClassDef;
  classDef2?: ClassDef;
  classRecords?: LazyList<LazyList<{ value1?: ValueRecord; value2?: ValueRecord }>>;
}
interface Lookup { lookupType: number; flags: { flags?: Record<string, boolean>; markAttachmentType?: number }; subTables: LazyList<SubTable> }
interface LangSys { featureIndexes: LazyList<number> }
interface OTTable {
  scriptList?: LazyList<{ tag: string; script: { defaultLangSys?: LangSys } }>;
  featureList: LazyList<{ tag: string; feature: { lookupListIndexes: LazyList<number> } }>;
  lookupList: LazyList<Lookup>;
  featureVariations?: unknown;
}

/** fontkit's Font, as far as this module uses it. */
export interface FontkitFont {
  unitsPerEm: number;
  numGlyphs: number;
  GSUB?: OTTable;
  GPOS?: OTTable;
  GDEF?: { glyphClassDef?: ClassDef };
  morx?: unknown;
  kern?: unknown;
  _variationProcessor?: unknown;
  _cmapProcessor: { lookup(codePoint: number): number };
  glyphForCodePoint(codePoint: number): FontkitGlyph;
  getGlyph(id: number, codePoints?: number[]): FontkitGlyph;
  layout(text: string, features?: string[]): { glyphs: FontkitGlyph[]; positions: FontkitPosition[] };
}

function at<T>(list: LazyList<T>, index: number): T {
  return typeof list.get === 'function' ? list.get(index) : list[index]!;
}
function items<T>(list: LazyList<T> | undefined): T[] {
  if (!list) return [];
  if (typeof list.toArray === 'function') return list.toArray();
  return Array.from({ length: list.length }, (_, i) => list[i]!);
}

const coverageMaps = new WeakMap<Coverage, Map<number, number>>();
/** Glyph → coverage index, as fontkit's `coverageIndex` (first match wins). */
function coverageMap(coverage: Coverage): Map<number, number> {
  let map = coverageMaps.get(coverage);
  if (map) return map;
  map = new Map();
  if (coverage.version === 1) items(coverage.glyphs).forEach((glyph, index) => { if (!map!.has(glyph)) map!.set(glyph, index); });
  else if (coverage.version === 2) {
    for (const range of items(coverage.rangeRecords)) {
      for (let glyph = range.start; glyph <= range.end; glyph++) if (!map.has(glyph)) map.set(glyph, range.startCoverageIndex + glyph - range.start);
    }
  }
  coverageMaps.set(coverage, map);
  return map;
}

const classMaps = new WeakMap<ClassDef, Map<number, number>>();
/** Glyph → class, as fontkit's `getClassID` (0 when absent). */
function classOf(classDef: ClassDef, glyph: number): number {
  let map = classMaps.get(classDef);
  if (!map) {
    map = new Map();
    if (classDef.version === 1) items(classDef.classValueArray).forEach((value, i) => map!.set(classDef.startGlyph! + i, value));
    else if (classDef.version === 2) {
      for (const range of items(classDef.classRangeRecord)) {
        for (let g = range.start; g <= range.end; g++) if (!map.has(g)) map.set(g, range.class);
      }
    }
    classMaps.set(classDef, map);
  }
  return map.get(glyph) ?? 0;
}

// The features fontkit's default (Latin) shaper plans, in its order, as one stage; the
// fractional ones are local (only around U+2044), all others global.
const STAGE_FEATURES = ['rvrn', 'ltra', 'ltrm', 'frac', 'numr', 'dnom', 'ccmp', 'locl', 'rlig', 'mark', 'mkmk', 'calt', 'clig', 'liga', 'rclt', 'curs', 'kern'];
const LOCAL_FEATURES = new Set(['frac', 'numr', 'dnom']);
const DEFAULT_SCRIPTS = ['DFLT', 'dflt', 'latn'];

/** The lookups fontkit applies for `scriptTag` (with its fallback), in its order. */
function plannedLookups(table: OTTable, scriptTag: string, userFeatures: readonly string[]): Array<{ feature: string; lookup: Lookup }> {
  const scripts = items(table.scriptList);
  const entry = scripts.find((s) => s.tag === scriptTag) ?? DEFAULT_SCRIPTS.map((tag) => scripts.find((s) => s.tag === tag)).find(Boolean);
  const langSys = entry?.script.defaultLangSys;
  if (!langSys) return [];
  const features: Record<string, { lookupListIndexes: LazyList<number> }> = {};
  for (const index of items(langSys.featureIndexes)) {
    const record = at(table.featureList, index);
    features[record.tag] = record.feature;
  }
  const stage: string[] = [];
  for (const tag of [...STAGE_FEATURES, ...userFeatures]) if (!stage.includes(tag)) stage.push(tag);
  const lookups: Array<{ feature: string; index: number; lookup: Lookup }> = [];
  for (const tag of stage) {
    const feature = features[tag];
    if (!feature) continue;
    for (const index of items(feature.lookupListIndexes)) lookups.push({ feature: tag, index, lookup: at(table.lookupList, index) });
  }
  return lookups.sort((a, b) => a.index - b.index);
}

/** A lookup's subtables with extension subtables unwrapped, each with its real type. */
function subtables(lookup: Lookup, extensionType: number): Array<{ type: number; table: SubTable }> {
  return items(lookup.subTables).map((table) => (lookup.lookupType === extensionType ? { type: table.lookupType!, table: table.extension! } : { type: lookup.lookupType, table }));
}

interface PairValue { x1: number; y1: number; dx1: number; dy1: number; x2: number; y2: number; dx2: number; dy2: number }
const NO_PAIR: PairValue = Object.freeze({ x1: 0, y1: 0, dx1: 0, dy1: 0, x2: 0, y2: 0, dx2: 0, dy2: 0 });

interface PairSubTable { table: SubTable; coverage: Map<number, number> }

/** The kerning of one script: fontkit's pair-positioning lookups, evaluated per glyph pair. */
class PairKerning {
  private readonly cache = new Map<number, PairValue>();
  constructor(private readonly lookups: PairSubTable[][]) {}

  get(first: number, second: number): PairValue {
    const key = first * 65536 + second;
    let value = this.cache.get(key);
    if (value === undefined) {
      value = this.compute(first, second);
      if (this.cache.size >= 200_000) this.cache.clear();
      this.cache.set(key, value);
    }
    return value;
  }

  /** fontkit's GPOS lookup type 2: per lookup, the first subtable that applies. */
  private compute(first: number, second: number): PairValue {
    let value: PairValue | undefined;
    const add = (v1: ValueRecord | undefined, v2: ValueRecord | undefined) => {
      value ??= { ...NO_PAIR };
      if (v1) {
        if (v1.xAdvance != null) value.x1 += v1.xAdvance;
        if (v1.yAdvance != null) value.y1 += v1.yAdvance;
        if (v1.xPlacement != null) value.dx1 += v1.xPlacement;
        if (v1.yPlacement != null) value.dy1 += v1.yPlacement;
      }
      if (v2) {
        if (v2.xAdvance != null) value.x2 += v2.xAdvance;
        if (v2.yAdvance != null) value.y2 += v2.yAdvance;
        if (v2.xPlacement != null) value.dx2 += v2.xPlacement;
        if (v2.yPlacement != null) value.dy2 += v2.yPlacement;
      }
    };
    for (const lookup of this.lookups) {
      for (const { table, coverage } of lookup) {
        const index = coverage.get(first);
        if (index === undefined) continue;
        if (table.version === 1) {
          const pair = items(at(table.pairSets!, index)).find((p) => p.secondGlyph === second);
          if (!pair) continue;
          add(pair.value1, pair.value2);
          break;
        }
        if (table.version === 2) {
          const record = at(at(table.classRecords!, classOf(table.classDef1!, first)), classOf(table.classDef2!, second));
          add(record.value1, record.value2);
          break;
        }
      }
    }
    return value ?? NO_PAIR;
  }
}

type UnicodeProperties = { getScript(codePoint: number): string };
let unicodeProperties: UnicodeProperties | undefined;
function scriptOf(codePoint: number): string {
  // fontkit's own dependency, so script detection matches fontkit's.
  unicodeProperties ??= createRequire(createRequire(import.meta.url).resolve('fontkit'))('unicode-properties') as UnicodeProperties;
  return unicodeProperties.getScript(codePoint);
}

/** fontkit's `isDefaultIgnorable` for the BMP (these become zero-width spaces). */
function isDefaultIgnorable(ch: number): boolean {
  switch (ch >> 8) {
    case 0x00: return ch === 0x00ad;
    case 0x03: return ch === 0x034f;
    case 0x06: return ch === 0x061c;
    case 0x17: return ch >= 0x17b4 && ch <= 0x17b5;
    case 0x18: return ch >= 0x180b && ch <= 0x180e;
    case 0x20: return (ch >= 0x200b && ch <= 0x200f) || (ch >= 0x202a && ch <= 0x202e) || (ch >= 0x2060 && ch <= 0x206f);
    case 0xfe: return (ch >= 0xfe00 && ch <= 0xfe0f) || ch === 0xfeff;
    case 0xff: return ch >= 0xfff0 && ch <= 0xfff8;
    default: return false;
  }
}

interface LigatureLookup {
  /** Pairs (first * 65536 + second) of plain glyphs that start one of its ligatures. */
  starts: Set<number>;
  tables: Array<{ coverage: Map<number, number>; table: SubTable }>;
}

/** Every glyph a subtable's coverages (and ligature components) mention. */
function mentionedGlyphs(type: number, table: SubTable, out: Set<number>): void {
  const coverages = [table.coverage, table.markCoverage, table.mark1Coverage, ...items(table.inputCoverage), ...items(table.backtrackCoverage), ...items(table.lookaheadCoverage), ...items(table.coverages)];
  for (const coverage of coverages) if (coverage) for (const g of coverageMap(coverage).keys()) out.add(g);
  if (type === 4) for (const set of items(table.ligatureSets)) for (const ligature of items(set)) for (const c of items(ligature.components)) out.add(c);
}

/**
 * The last lookup of the Latin plan that can form ligatures of plain glyphs (in Source
 * Sans 3: liga, ff and ft), if the fast path can apply it exactly: its ligature glyphs
 * are mentioned by no later substitution and no positioning other than pair kerning,
 * are not marks, and no kerning lookup skips ligatures. Otherwise undefined (such words
 * go to fontkit).
 */
function latinLigature(lookups: Array<{ feature: string; lookup: Lookup }>, gpos: Array<Array<{ feature: string; lookup: Lookup }>>, plain: Set<number>, glyphClasses: ClassDef): LigatureLookup | undefined {
  const global = lookups.filter((l) => !LOCAL_FEATURES.has(l.feature));
  const startsOf = (lookup: Lookup) => {
    const starts = new Set<number>();
    const outputs = new Set<number>();
    for (const { type, table } of subtables(lookup, 7)) {
      if (type !== 4) continue;
      for (const [glyph, index] of coverageMap(table.coverage!)) {
        if (!plain.has(glyph)) continue;
        for (const ligature of items(at(table.ligatureSets!, index))) {
          const components = items(ligature.components);
          if (components.length > 0 && components.every((c) => plain.has(c))) { starts.add(glyph * 65536 + components[0]!); outputs.add(ligature.glyph); }
        }
      }
    }
    return { starts, outputs };
  };
  let position = -1;
  for (let i = global.length - 1; i >= 0 && position < 0; i--) if (startsOf(global[i]!.lookup).starts.size > 0) position = i;
  if (position < 0) return undefined;
  const chosen = global[position]!.lookup;
  // The same lookup may be listed twice (two features): then it would run twice.
  if (global.filter((l) => l.lookup === chosen).length !== 1) return undefined;
  const { starts, outputs } = startsOf(chosen);
  // A pair that also starts a ligature of another lookup is left to fontkit.
  for (const { lookup } of global) if (lookup !== chosen) for (const pair of startsOf(lookup).starts) starts.delete(pair);
  const later = new Set<number>();
  for (const { lookup } of global.slice(position + 1)) for (const { type, table } of subtables(lookup, 7)) mentionedGlyphs(type, table, later);
  for (const lookupsOfScript of gpos) {
    for (const { lookup } of lookupsOfScript) {
      for (const { type, table } of subtables(lookup, 9)) {
        if (type === 2) { if (lookup.flags.flags?.ignoreLigatures || lookup.flags.flags?.ignoreBaseGlyphs) return undefined; }
        else mentionedGlyphs(type, table, later);
      }
    }
  }
  for (const glyph of outputs) if (later.has(glyph) || classOf(glyphClasses, glyph) === 3) return undefined;
  const tables = subtables(chosen, 7).filter((t) => t.type === 4).map(({ table }) => ({ coverage: coverageMap(table.coverage!), table }));
  // Only the chosen lookup may act on these words: its subtables must all be ligatures.
  if (tables.length !== subtables(chosen, 7).length) return undefined;
  return { starts, tables };
}

interface CodePointInfo { id: number; codePoint: number; latin: boolean; glyph?: FontkitGlyph }

/**
 * What the fast path needs for one face and one set of user features: which glyphs are
 * plain, which pairs of them may start a ligature, and the kerning per script.
 */
class FastPath {
  private readonly plain = new Set<number>();
  private readonly ligatureStarts = new Set<number>();
  /** The one ligature lookup applied in the fast path to Latin words (see latinLigature). */
  private readonly ligature: LigatureLookup | undefined;
  private readonly kerning: { latin: PairKerning; other: PairKerning } | undefined;
  /** Per BMP code point: its info, or null when it never takes the fast path. */
  private readonly codePoints = new Map<number, CodePointInfo | null>();

  constructor(private readonly font: FontkitFont, features: readonly string[]) {
    const { GSUB, GPOS, GDEF } = font;
    // Only fonts whose shaping this module can reproduce: OpenType tables, no AAT, no variations.
    if (!GSUB || !GPOS || !GDEF?.glyphClassDef || font.morx || font._variationProcessor || GSUB.featureVariations || GPOS.featureVariations) return;
    // Candidates: unclassified, base and component glyphs (GDEF classes 0, 1, 4); never
    // marks, which are positioned on others, nor ligatures, which lookups may skip.
    for (let id = 0; id < font.numGlyphs; id++) {
      const cls = classOf(GDEF.glyphClassDef, id);
      if (cls === 0 || cls === 1 || cls === 4) this.plain.add(id);
    }
    // Words with a Latin letter use the 'latn' lookups, others the default script's.
    const scripts = ['latn', 'zzzz'];
    const gsubByScript = scripts.map((s) => plannedLookups(GSUB, s, features));
    const gsub = gsubByScript.flat();
    const gposByScript = scripts.map((s) => plannedLookups(GPOS, s, features));
    for (const lookups of gposByScript) {
      // Without GPOS kerning fontkit falls back to the kern table: not reproduced here.
      if (font.kern && !lookups.some((l) => l.feature === 'kern')) { this.plain.clear(); return; }
    }
    const pairLookups: PairSubTable[][][] = gposByScript.map(() => []);
    // Lookups that could touch a glyph make it non-plain; repeat until nothing changes,
    // since whether a contextual rule can match depends on which glyphs are plain.
    for (let changed = true; changed;) {
      changed = false;
      const remove = (coverage: Coverage | undefined) => {
        if (!coverage) return;
        for (const glyph of coverageMap(coverage).keys()) if (this.plain.delete(glyph)) changed = true;
      };
      const canMatch = (coverages: Coverage[]) => coverages.every((c) => [...coverageMap(c).keys()].some((g) => this.plain.has(g)));
      for (const { feature, lookup } of gsub) {
        if (LOCAL_FEATURES.has(feature)) continue;
        for (const { type, table } of subtables(lookup, 7)) {
          if (type === 4) {
            for (const [glyph, index] of coverageMap(table.coverage!)) {
              if (!this.plain.has(glyph)) continue;
              if (items(at(table.ligatureSets!, index)).some((ligature) => ligature.components.length === 0)) remove({ version: 1, glyphs: [glyph] });
            }
          } else if ((type === 5 || type === 6) && table.version === 3) {
            const sequence = type === 5 ? items(table.coverages) : [...items(table.backtrackCoverage), ...items(table.inputCoverage), ...items(table.lookaheadCoverage)];
            if (canMatch(sequence)) remove(type === 5 ? items(table.coverages)[0] : items(table.inputCoverage)[0]);
          } else remove(table.coverage);
        }
      }
      for (const [s, lookups] of gposByScript.entries()) {
        const pairs: PairSubTable[][] = [];
        for (const { feature, lookup } of lookups) {
          if (LOCAL_FEATURES.has(feature)) continue;
          const flags = lookup.flags.flags ?? {};
          const pairTables: PairSubTable[] = [];
          for (const { type, table } of subtables(lookup, 9)) {
            if (type === 2) pairTables.push({ table, coverage: coverageMap(table.coverage!) });
            else if (type === 4 || type === 5) remove(table.markCoverage);
            else if (type === 6) remove(table.mark1Coverage);
            else if ((type === 7 || type === 8) && table.version === 3) {
              const sequence = type === 7 ? items(table.coverages) : [...items(table.backtrackCoverage), ...items(table.inputCoverage), ...items(table.lookaheadCoverage)];
              if (canMatch(sequence)) remove(type === 7 ? items(table.coverages)[0] : items(table.inputCoverage)[0]);
            } else remove(table.coverage);
          }
          if (pairTables.length > 0) {
            // Kerning that skips base glyphs or ligatures is not pair-local: leave those to fontkit.
            if (flags.ignoreBaseGlyphs) { if (this.plain.size) { this.plain.clear(); changed = true; } }
            pairs.push(pairTables);
          }
        }
        pairLookups[s] = pairs;
      }
    }
    // Adjacent plain glyphs that begin a ligature of plain glyphs: such strings go to fontkit.
    for (const { feature, lookup } of gsub) {
      if (LOCAL_FEATURES.has(feature)) continue;
      for (const { type, table } of subtables(lookup, 7)) {
        if (type !== 4) continue;
        for (const [glyph, index] of coverageMap(table.coverage!)) {
          if (!this.plain.has(glyph)) continue;
          for (const ligature of items(at(table.ligatureSets!, index))) {
            const components = items(ligature.components);
            if (components.every((c) => this.plain.has(c))) this.ligatureStarts.add(glyph * 65536 + components[0]!);
          }
        }
      }
    }
    this.kerning = { latin: new PairKerning(pairLookups[0]!), other: new PairKerning(pairLookups[1]!) };
    this.ligature = latinLigature(gsubByScript[0]!, gposByScript, this.plain, GDEF.glyphClassDef);
  }

  private info(ch: number): CodePointInfo | null {
    let info = this.codePoints.get(ch);
    if (info !== undefined) return info;
    info = null;
    // Surrogates, variation selectors, ignorables, the fraction slash and other scripts: fontkit.
    const surrogate = ch >= 0xd800 && ch <= 0xdfff;
    if (!surrogate && !isDefaultIgnorable(ch) && ch !== 0x2044) {
      const script = scriptOf(ch);
      const id = this.font._cmapProcessor.lookup(ch);
      if ((script === 'Latin' || script === 'Common') && this.plain.has(id)) info = { id, codePoint: ch, latin: script === 'Latin' };
    }
    this.codePoints.set(ch, info);
    return info;
  }

  /**
   * The ligature lookup applied as fontkit does: left to right, at each glyph the first
   * subtable whose coverage has it and the first of its ligatures whose components follow;
   * the ligature glyph carries the code points of its components.
   */
  private ligate(infos: CodePointInfo[]): CodePointInfo[] {
    // fontkit makes a Glyph for every code point before substituting (glyphsForString).
    for (const info of infos) info.glyph ??= this.font.glyphForCodePoint(info.codePoint);
    const out: CodePointInfo[] = [];
    for (let i = 0; i < infos.length; i++) {
      const info = infos[i]!;
      let done = false;
      for (const { coverage, table } of this.ligature!.tables) {
        const index = coverage.get(info.id);
        if (index === undefined) continue;
        for (const ligature of items(at(table.ligatureSets!, index))) {
          const components = items(ligature.components);
          if (i + components.length >= infos.length || !components.every((c, k) => infos[i + 1 + k]!.id === c)) continue;
          const codePoints = [info.codePoint, ...components.map((_, k) => infos[i + 1 + k]!.codePoint)];
          out.push({ id: ligature.glyph, codePoint: -1, latin: true, glyph: this.font.getGlyph(ligature.glyph, codePoints) });
          i += components.length;
          done = true;
          break;
        }
        if (done) break;
      }
      if (!done) out.push(info);
    }
    return out;
  }

  /** `text` shaped as fontkit would, or undefined when the string needs fontkit. */
  shape(text: string, scale: number): ShapedText | undefined {
    if (!this.kerning) return undefined;
    let n = text.length;
    let infos: CodePointInfo[] = new Array(n);
    let latin = false;
    let ligated = false;
    let previous = -1;
    for (let i = 0; i < n; i++) {
      const info = this.info(text.charCodeAt(i));
      if (!info) return undefined;
      if (previous >= 0 && this.ligatureStarts.has(previous * 65536 + info.id)) {
        if (!this.ligature?.starts.has(previous * 65536 + info.id)) return undefined;
        ligated = true;
      }
      previous = info.id;
      if (info.latin) latin = true;
      infos[i] = info;
    }
    if (ligated) {
      if (!latin) return undefined;
      infos = this.ligate(infos);
    }
    const kerning = latin ? this.kerning.latin : this.kerning.other;
    n = infos.length;
    const glyphs: FontkitGlyph[] = new Array(n);
    const x = zeros(n);
    let y: number[] | undefined;
    let dx: number[] | undefined;
    let dy: number[] | undefined;
    for (let i = 0; i < n; i++) {
      const info = infos[i]!;
      // The same Glyph object fontkit's glyphsForString would use (created on first use).
      const glyph = (info.glyph ??= this.font.glyphForCodePoint(info.codePoint));
      glyphs[i] = glyph;
      x[i] = x[i]! + glyph.advanceWidth;
      if (i + 1 < n) {
        const pair = kerning.get(info.id, infos[i + 1]!.id);
        if (pair !== NO_PAIR) {
          x[i] = x[i]! + pair.x1;
          x[i + 1] = x[i + 1]! + pair.x2;
          if (pair.y1 || pair.y2) { y ??= zeros(n); y[i] = y[i]! + pair.y1; y[i + 1] = y[i + 1]! + pair.y2; }
          if (pair.dx1 || pair.dx2 || pair.dy1 || pair.dy2) {
            dx ??= zeros(n);
            dy ??= zeros(n);
            dx[i] = dx[i]! + pair.dx1; dx[i + 1] = dx[i + 1]! + pair.dx2;
            dy[i] = dy[i]! + pair.dy1; dy[i + 1] = dy[i + 1]! + pair.dy2;
          }
        }
      }
    }
    let width = 0;
    for (let i = 0; i < n; i++) width += x[i]!;
    return finish(glyphs, x, y, dx, dy, width, scale);
  }
}

function zeros(n: number): number[] {
  const a: number[] = [];
  for (let i = 0; i < n; i++) a.push(0);
  return a;
}

function finish(glyphs: FontkitGlyph[], x: number[], y: number[] | undefined, dx: number[] | undefined, dy: number[] | undefined, width: number, scale: number): ShapedText {
  // pdfkit scales every position value by 1000 / unitsPerEm.
  if (scale !== 1) {
    for (let i = 0; i < x.length; i++) {
      x[i] = x[i]! * scale;
      if (y) y[i] = y[i]! * scale;
      if (dx) dx[i] = dx[i]! * scale;
      if (dy) dy[i] = dy[i]! * scale;
    }
  }
  const adjust: number[] = [];
  for (let i = 0; i < x.length; i++) adjust.push(x[i]! - glyphs[i]!.advanceWidth * scale);
  const shaped: ShapedText = { glyphs, advances: x, adjust, width };
  if (dx && dy) shaped.offsets = { x: dx, y: dy };
  if (y) shaped.yAdvances = y;
  return shaped;
}

/** fontkit's full shaping, in the same form. */
export function shapeWithFontkit(font: FontkitFont, text: string, features: string[] | undefined): ShapedText {
  const run = font.layout(text, features);
  const n = run.glyphs.length;
  const x = zeros(n);
  let y: number[] | undefined;
  let dx: number[] | undefined;
  let dy: number[] | undefined;
  let width = 0;
  for (let i = 0; i < n; i++) {
    const p = run.positions[i]!;
    x[i] = p.xAdvance;
    width += p.xAdvance;
    if (p.yAdvance) (y ??= zeros(n))[i] = p.yAdvance;
    if (p.xOffset || p.yOffset) {
      (dx ??= zeros(n))[i] = p.xOffset;
      (dy ??= zeros(n))[i] = p.yOffset;
    }
  }
  if (dx && !dy) dy = zeros(n);
  if (dy && !dx) dx = zeros(n);
  return finish(run.glyphs, x, y, dx, dy, width, 1000 / font.unitsPerEm);
}

const CACHE_GENERATION = 20_000;

/**
 * Shapes strings of one face and feature set: fast path or fontkit, with a bounded
 * cache (two generations of at most CACHE_GENERATION strings: recent strings survive a
 * turnover, memory stays a few megabytes).
 */
export class Shaper {
  private readonly fast: FastPath;
  readonly features: string[] | undefined;
  private recent = new Map<string, ShapedText>();
  private older = new Map<string, ShapedText>();
  /** 1000 / unitsPerEm: font units to pdfkit's text space units. */
  readonly scale: number;
  readonly unitsPerEm: number;

  constructor(readonly font: FontkitFont, features: readonly string[] | undefined) {
    this.features = features?.length ? [...features] : undefined;
    this.fast = new FastPath(font, this.features ?? []);
    this.unitsPerEm = font.unitsPerEm;
    this.scale = 1000 / this.unitsPerEm;
  }

  /**
   * `text` shaped for drawing or measuring (every drawn or measured string comes through
   * here). Control characters and U+FFFD would become .notdef glyphs: tabs and line
   * breaks are shaped as spaces, the rest not at all.
   */
  shape(text: string): ShapedText {
    let shaped = this.recent.get(text);
    if (shaped) return shaped;
    shaped = this.older.get(text) ?? this.shapeUncached(drawableText(text));
    if (this.recent.size >= CACHE_GENERATION) { this.older = this.recent; this.recent = new Map(); }
    this.recent.set(text, shaped);
    return shaped;
  }

  /** Shaping without the cache: the fast path when it applies, else fontkit. */
  shapeUncached(text: string): ShapedText {
    return this.fast.shape(text, this.scale) ?? shapeWithFontkit(this.font, text, this.features);
  }

  /** Whether `text` takes the fast path (for tests and statistics). */
  isFast(text: string): boolean {
    return this.fast.shape(text, this.scale) !== undefined;
  }

  clear(): void {
    this.recent.clear();
    this.older.clear();
  }
}
