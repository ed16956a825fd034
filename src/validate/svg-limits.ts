/**
 * Whether an SVG figure can be drawn, decided in one place for `npm run check` (which
 * reports it at the figure's `image` field) and the PDF renderer (which refuses the file
 * if it changed after the check). Pure and cheap: the file is parsed with sax, svgo's own
 * XML parser with svgo's settings, so a file accepted here also parses in svgo; svgo and
 * svg-to-pdfkit are never loaded.
 *
 * The file is measured before it is sanitized. The sanitizer only removes elements and
 * references, so the count here is never lower than what the PDF draws, and it leaves
 * the root's width, height, viewBox and preserveAspectRatio alone.
 */
import { createRequire } from 'node:module';
import { formatAmount, formatNumber } from '../shared/format-sv';

/** Largest side accepted, in points (about 35 m); beyond it coordinates lose precision. */
export const MAX_SVG_SIDE = 100_000;
/**
 * Elements drawn for one SVG once references are followed (`<use>`, patterns, markers,
 * masks, clip paths). svg-to-pdfkit keeps an object per drawn element, so nested `<use>`
 * chains (ten uses of ten uses of …) would exhaust memory long before they wrote much.
 */
export const MAX_SVG_DRAWN_ELEMENTS = 20_000;

/** A CSS pixel in points. */
const PX = 0.75;

/** A drawable SVG: its intrinsic size in points and how much drawing it takes. */
export interface SvgMeasure {
  ok: true;
  width: number;
  height: number;
  /** The root element's preserveAspectRatio, if any. */
  aspect?: string;
  /** Elements drawn once every reference is followed. */
  drawnElements: number;
}

/** Why an SVG cannot be drawn (Swedish): what is wrong, and what the author should do. */
export interface SvgRefusal {
  ok: false;
  reason: string;
  fix: string;
}

export type SvgMeasurement = SvgMeasure | SvgRefusal;

const UNIT_PT: Record<string, number> = { '': PX, px: PX, pt: 1, pc: 12, in: 72, cm: 72 / 2.54, mm: 72 / 25.4 };

/** A length attribute in points; undefined when absent, relative (%, em) or not a number. */
function length(value: string | undefined): number | undefined {
  const match = value?.trim().match(/^([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)\s*(px|pt|pc|in|cm|mm)?$/i);
  if (!match) return undefined;
  return Number(match[1]) * UNIT_PT[(match[2] ?? '').toLowerCase()]!;
}

function format(n: number): string {
  return Number.isFinite(n) ? formatNumber(n) : String(n);
}

function refuse(reason: string, fix: string): SvgRefusal {
  return { ok: false, reason, fix };
}

const BROKEN = refuse(
  'SVG-bilden är trasig (inte giltig XML i UTF-8) och kan inte visas.',
  'Spara om den som SVG (UTF-8) i ritprogrammet, eller använd en PNG-bild.',
);

function tooComplex(drawn: number | undefined): SvgRefusal {
  const count = drawn === undefined ? `fler än ${formatAmount(MAX_SVG_DRAWN_ELEMENTS)}` : drawn > 1e9 ? 'mer än en miljard' : formatAmount(drawn);
  return refuse(
    `SVG-bilden är för komplex: ${count} element ritas (när <use> och andra hänvisningar följs); högst ${formatAmount(MAX_SVG_DRAWN_ELEMENTS)}.`,
    'Förenkla bilden eller spara den som PNG.',
  );
}

interface Element {
  name: string;
  attributes: Record<string, string>;
  children: Element[];
}

/** Thrown out of the parser's callbacks to stop early with a refusal. */
class Refused {
  constructor(readonly refusal: SvgRefusal) {}
}

let sax: typeof import('sax') | undefined;

/** svgo's parser settings (svgo/lib/parser.js), so that the same files parse. */
const SAX_OPTIONS = { strict: true, trim: false, normalize: false, lowercase: true, xmlns: true, position: true, unparsedEntities: true };
const ENTITY_DECLARATION = /<!ENTITY\s+(\S+)\s+(?:'([^']+)'|"([^"]+)")\s*>/g;

/** The document's elements as svgo reads them; undefined when it is not well-formed XML. */
function parse(text: string): Element[] | undefined {
  sax ??= createRequire(import.meta.url)('sax') as typeof import('sax');
  const parser = sax.parser(true, SAX_OPTIONS);
  const top: Element[] = [];
  const stack: Element[] = [];
  let elements = 0;
  parser.ondoctype = (doctype) => {
    // As svgo does: entities declared in the internal subset are expanded.
    const subsetStart = doctype.indexOf('[');
    if (subsetStart < 0) return;
    ENTITY_DECLARATION.lastIndex = subsetStart;
    for (let match = ENTITY_DECLARATION.exec(text); match; match = ENTITY_DECLARATION.exec(text)) {
      parser.ENTITIES[match[1]!] = match[2] || match[3]!;
    }
  };
  parser.onopentag = (tag) => {
    // Entities can add elements the quick count before parsing did not see.
    if (++elements > MAX_SVG_DRAWN_ELEMENTS) throw new Refused(tooComplex(undefined));
    const element: Element = { name: tag.name, attributes: {}, children: [] };
    for (const [name, attribute] of Object.entries(tag.attributes)) element.attributes[name] = attribute.value;
    (stack.at(-1)?.children ?? top).push(element);
    stack.push(element);
  };
  parser.onclosetag = () => {
    stack.pop();
  };
  parser.onerror = (error) => {
    // svgo ignores only this one (a file that ends inside an element).
    if (!error.message.includes('Unexpected end')) throw error;
  };
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof Refused) throw error;
    return undefined;
  }
  return top;
}

const REFERENCE = /url\(\s*['"]?#([^'")\s]+)/;

/** How many elements drawing `roots` visits when every reference is followed. */
function drawnElements(roots: Element[]): number {
  const byId = new Map<string, Element>();
  const index = (node: Element) => {
    const id = node.attributes.id;
    if (id !== undefined && !byId.has(id)) byId.set(id, node);
    for (const child of node.children) index(child);
  };
  roots.forEach(index);
  const memo = new Map<Element, number>();
  const active = new Set<Element>();
  const count = (node: Element): number => {
    const known = memo.get(node);
    if (known !== undefined) return known;
    if (active.has(node)) return 0; // a reference loop: svg-to-pdfkit stops there too
    active.add(node);
    let total = 1;
    for (const child of node.children) total = Math.min(Number.MAX_SAFE_INTEGER, total + count(child));
    for (const [name, value] of Object.entries(node.attributes)) {
      const local = name.split(':').pop()!;
      const id = local === 'href' ? value.match(/^#(.+)$/)?.[1] : value.match(REFERENCE)?.[1];
      const target = id === undefined ? undefined : byId.get(id);
      if (!target) continue;
      // A marker is drawn at every vertex of the shape that uses it.
      const times = local.startsWith('marker') ? Math.max(1, ((node.attributes.d ?? node.attributes.points ?? '').match(/[\d.]+/g)?.length ?? 2) / 2 + 1) : 1;
      total = Math.min(Number.MAX_SAFE_INTEGER, total + times * count(target));
    }
    active.delete(node);
    memo.set(node, total);
    return total;
  };
  return roots.reduce((sum, root) => Math.min(Number.MAX_SAFE_INTEGER, sum + count(root)), 0);
}

/**
 * Measures an SVG file's contents (its bytes, or text already decoded) or says why it
 * cannot be drawn: not UTF-8 XML, root not <svg>, no size, no area, a side over
 * MAX_SVG_SIDE points, or more than MAX_SVG_DRAWN_ELEMENTS drawn elements.
 */
export function measureSvg(data: Uint8Array | string): SvgMeasurement {
  let text: string;
  try {
    text = typeof data === 'string' ? data : new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return BROKEN;
  }
  // Counted before parsing, which takes seconds for a file with a hundred thousand elements.
  const tags = text.match(/<[A-Za-z]/g)?.length ?? 0;
  if (tags > MAX_SVG_DRAWN_ELEMENTS) return tooComplex(tags);
  let roots: Element[] | undefined;
  try {
    roots = parse(text);
  } catch (error) {
    if (error instanceof Refused) return error.refusal;
    throw error;
  }
  if (!roots) return BROKEN;
  const root = roots[0];
  if (root?.name.split(':').pop() !== 'svg') {
    return refuse('Filen är ingen SVG-bild (rotelementet är inte <svg>).', 'Använd en SVG-, PNG- eller JPEG-bild.');
  }
  const attributes = root.attributes;
  const box = attributes.viewBox?.trim().split(/[\s,]+/).map(Number);
  const viewBox = box && box.length === 4 && box.every(Number.isFinite) ? box : undefined;
  let width = length(attributes.width);
  let height = length(attributes.height);
  const ratio = viewBox && viewBox[2]! > 0 && viewBox[3]! > 0 ? viewBox[2]! / viewBox[3]! : undefined;
  if (width === undefined && height === undefined && viewBox) { width = viewBox[2]! * PX; height = viewBox[3]! * PX; }
  else if (width === undefined && height !== undefined && ratio) width = height * ratio;
  else if (height === undefined && width !== undefined && ratio) height = width / ratio;
  if (width === undefined || height === undefined) {
    return refuse('SVG-bilden saknar storlek.', 'Ange width och height (i px, pt, mm, cm eller in) eller viewBox på <svg>-elementet.');
  }
  if (!(width > 0 && height > 0) || (viewBox && !(viewBox[2]! > 0 && viewBox[3]! > 0))) {
    return refuse(`SVG-bilden har ingen yta (${format(width)}×${format(height)} punkter).`, 'Bredd och höjd (width, height och viewBox) måste vara större än 0.');
  }
  const largest = Math.max(width, height, ...(viewBox ? viewBox.map(Math.abs) : []));
  if (largest > MAX_SVG_SIDE) {
    return refuse(
      `SVG-bilden är ${format(width)}×${format(height)} punkter; högst ${formatAmount(MAX_SVG_SIDE)} punkter per sida (även i viewBox).`,
      'Minska width, height och viewBox.',
    );
  }
  const drawn = drawnElements(roots);
  if (drawn > MAX_SVG_DRAWN_ELEMENTS) return tooComplex(drawn);
  return { ok: true, width, height, aspect: attributes.preserveAspectRatio, drawnElements: drawn };
}
