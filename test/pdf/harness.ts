/**
 * Helpers for the PDF tests: the external validators (poppler, qpdf, PDFBox Preflight),
 * a pdfjs-dist check of marked content and figure alt text, and page images for people
 * to look at. A missing tool fails the test: CI installs poppler-utils, qpdf and
 * libpdfbox2-java with apt-get.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const OUTPUT_DIR = path.join(ROOT, 'test-output/pdf');

export function run(tool: string, args: string[]): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new Error(`${tool} kunde inte köras (${result.error.message}); installera det (poppler-utils, qpdf, libpdfbox2-java).`);
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Text of a PDF (or of one page) via poppler's pdftotext. pdftotext ends every page with a
 * form feed, so a page's text is the same whether asked for alone or cut from the whole
 * document: the whole is read once per file and mode (keyed by size and time of change,
 * since tests write files again), and pages are cut from it.
 */
export function pdfText(file: string, options: { page?: number; layout?: boolean } = {}): string {
  const pages = pdfPageTexts(file, options.layout ?? false);
  if (!options.page) return pages.join('');
  if (options.page > pages.length) throw new Error(`pdftotext: sidan ${options.page} finns inte i ${file} (${pages.length} sidor)`);
  return pages[options.page - 1]!;
}

const pageTexts = new Map<string, { stamp: string; pages: string[] }>();

function pdfPageTexts(file: string, layout: boolean): string[] {
  const { size, mtimeMs } = statSync(file);
  const key = `${layout}:${path.resolve(file)}`;
  const stamp = `${size}:${mtimeMs}`;
  const cached = pageTexts.get(key);
  if (cached?.stamp === stamp) return cached.pages;
  const { code, stdout, stderr } = run('pdftotext', [...(layout ? ['-layout'] : []), file, '-']);
  if (code !== 0) throw new Error(`pdftotext: ${stderr}`);
  // Each page's text including its closing form feed, as pdftotext prints one page alone.
  const pages = stdout.split(/(?<=\f)/).filter((page, i, all) => i < all.length - 1 || page.endsWith('\f'));
  pageTexts.set(key, { stamp, pages });
  return pages;
}

export function normalizeSpace(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
}

const JARS = ['preflight', 'pdfbox2', 'fontbox2', 'xmpbox', 'commons-logging'].map((name) => `/usr/share/java/${name}.jar`);
let preflightClasses: string | undefined;

const PREFLIGHT_SOURCES = ['Preflight.java', 'javax/activation/DataSource.java', 'javax/activation/FileDataSource.java', 'javax/xml/bind/DatatypeConverter.java'];

/**
 * The small Preflight runner (Debian's main class needs javax.activation), compiled once per
 * version of its sources and of the jars and kept in node_modules/.cache/planverk/: javac
 * costs about 3 s of CPU time, in every test run before.
 */
function preflightClassPath(): string {
  for (const jar of JARS) if (!existsSync(jar)) throw new Error(`${jar} saknas: installera libpdfbox2-java.`);
  if (!preflightClasses) {
    const tools = path.join(ROOT, 'test/pdf/tools');
    const hash = createHash('sha256');
    for (const file of PREFLIGHT_SOURCES) hash.update(readFileSync(path.join(tools, file)));
    for (const jar of JARS) hash.update(`${jar} ${statSync(jar).size} ${statSync(jar).mtimeMs}`);
    const cache = path.join(ROOT, 'node_modules/.cache/planverk');
    const out = path.join(cache, `preflight-${hash.digest('hex').slice(0, 16)}`);
    if (!existsSync(path.join(out, 'Preflight.class'))) {
      mkdirSync(cache, { recursive: true });
      // Compiled beside and renamed into place: a worker compiling at the same time finds either nothing or the whole.
      const staging = mkdtempSync(path.join(cache, 'preflight-tmp-'));
      execFileSync('javac', ['-nowarn', '-d', staging, '-cp', JARS.join(':'), ...PREFLIGHT_SOURCES.map((f) => path.join(tools, f))], { stdio: 'pipe' });
      try {
        renameSync(staging, out);
      } catch (error) {
        rmSync(staging, { recursive: true, force: true });
        // Another worker's rename came first; anything else is a real failure.
        if (!existsSync(path.join(out, 'Preflight.class'))) throw error;
      }
    }
    preflightClasses = out;
  }
  return [preflightClasses, ...JARS].join(':');
}

/** PDFBox Preflight (PDF/A-1b): the error lines, empty when the file is valid. */
export function preflight(file: string): string[] {
  return preflightEach([file]).get(file)!;
}

/**
 * PDFBox Preflight over several files in one Java process (starting Java costs about a
 * second): each file's error lines, empty when it is valid.
 */
export function preflightEach(files: readonly string[]): Map<string, string[]> {
  // Only the client compiler and one collector thread: a run of a few seconds never repays
  // C2's compiling (15 files: 5,1 → 2,5 s of CPU time, 2,8 → 2,1 s on the clock).
  const { code, stdout, stderr } = run('java', ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-cp', preflightClassPath(), 'Preflight', ...files]);
  const lines = stdout.split('\n').filter((line) => line.trim());
  const results = new Map<string, string[]>();
  for (const file of files) {
    const own = lines.filter((line) => line.startsWith(`${file}: `));
    if (own.length === 0) throw new Error(`Preflight gav inget besked om ${file}: ${stderr}`);
    results.set(file, own.filter((line) => !line.endsWith(': valid PDF/A-1b')));
  }
  if (code !== 0 && [...results.values()].every((errors) => errors.length === 0)) throw new Error(`Preflight misslyckades: ${stderr}`);
  return results;
}

export function pageImages(file: string, name: string): string[] {
  const dir = path.join(OUTPUT_DIR, 'pages');
  mkdirSync(dir, { recursive: true });
  for (const old of readdirSync(dir).filter((f) => f.startsWith(`${name}-`))) rmSync(path.join(dir, old));
  const { code, stderr } = run('pdftoppm', ['-png', '-r', '60', file, path.join(dir, name)]);
  if (code !== 0) throw new Error(`pdftoppm: ${stderr}`);
  return readdirSync(dir).filter((f) => f.startsWith(`${name}-`));
}

/** Bounding box (in points, at 72 dpi) of the pixels of one colour on a page. */
export function colourBox(file: string, page: number, rgb: [number, number, number]): { left: number; top: number; width: number; height: number; count: number } {
  const prefix = path.join(OUTPUT_DIR, `farg-${path.basename(file, '.pdf')}`);
  const { code, stderr } = run('pdftoppm', ['-r', '72', '-f', String(page), '-l', String(page), '-singlefile', file, prefix]);
  if (code !== 0) throw new Error(`pdftoppm: ${stderr}`);
  const data = readFileSync(`${prefix}.ppm`);
  const header = data.subarray(0, 64).toString('latin1').match(/^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/)!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const offset = header[0].length;
  let [left, top, right, bottom, count] = [Infinity, Infinity, -Infinity, -Infinity, 0];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = offset + (y * width + x) * 3;
      if (Math.abs(data[i]! - rgb[0]) + Math.abs(data[i + 1]! - rgb[1]) + Math.abs(data[i + 2]! - rgb[2]) > 24) continue;
      count++;
      left = Math.min(left, x); right = Math.max(right, x); top = Math.min(top, y); bottom = Math.max(bottom, y);
    }
  }
  return { left, top, width: right - left + 1, height: bottom - top + 1, count };
}

/** Copies plan folders from several sources into one temporary content root. */
export function assembleContent(sources: string[]): string {
  const root = mkdtempSync(path.join(tmpdir(), 'planverk-pdf-content-'));
  for (const source of sources) {
    const dir = path.join(ROOT, source);
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && existsSync(path.join(dir, entry.name, 'plan.yaml'))) cpSync(path.join(dir, entry.name), path.join(root, entry.name), { recursive: true });
    }
  }
  return root;
}

export interface MarkedContentReport {
  /** Text items outside any marked-content sequence, as "page: text". */
  unmarked: string[];
  /** Text items outside the page box. */
  offPage: string[];
  /** Figure structure nodes without alt text. */
  figuresWithoutAlt: number;
  figures: number;
}

/** Walks every page with pdfjs-dist: marked content, positions and Figure alt text. */
export async function inspectWithPdfjs(data: Uint8Array): Promise<MarkedContentReport> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data: new Uint8Array(data), useSystemFonts: false });
  const doc = await task.promise;
  const report: MarkedContentReport = { unmarked: [], offPage: [], figuresWithoutAlt: 0, figures: 0 };
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent({ includeMarkedContent: true } as never);
    let depth = 0;
    for (const item of content.items as Array<{ type?: string; str?: string; transform?: number[]; width?: number }>) {
      if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') { depth++; continue; }
      if (item.type === 'endMarkedContent') { depth--; continue; }
      if (item.str === undefined || item.str.trim() === '') continue;
      if (depth <= 0) report.unmarked.push(`${n}: ${item.str}`);
      const [x, y] = [item.transform![4]!, item.transform![5]!];
      if (x < -1 || y < -1 || x + (item.width ?? 0) > width + 1 || y > height + 1) report.offPage.push(`${n}: ${item.str} (${x.toFixed(0)}, ${y.toFixed(0)})`);
    }
    const tree = await page.getStructTree();
    const walk = (node: { role?: string; alt?: string; children?: unknown[] } | null) => {
      if (!node) return;
      if (node.role === 'Figure') { report.figures++; if (!node.alt) report.figuresWithoutAlt++; }
      for (const child of node.children ?? []) walk(child as never);
    };
    walk(tree as never);
  }
  await task.destroy();
  return report;
}
