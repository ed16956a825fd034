/**
 * The stages of src/ import forward only, and no two files import each other in a ring.
 *
 * Layer order (a file may import its own top-level folder and any folder in an earlier layer):
 *   0 kernel    shared/, problems.ts, typeface/   (import nothing else in src/)
 *   1 load      load/
 *   2 markdown  markdown/                          (Markdown → mdast, used by the check and both renderers)
 *   2b engine   pdf/engine/                        (the PDF typesetting engine: knows no plan model)
 *   3 validate  validate/
 *   4 derive    derive/
 *   5 check     pipeline.ts                        (load → validate → derive in one call)
 *   6 render    site/, pdf/                        (neither imports the other)
 *   7 edge      incremental/, build/, workers/, cli/, pages/, authoring/, json-schema.ts
 *               (the build and the commands; these may import each other and anything before them)
 *
 * A block type's folder, blocks/<type>/, holds one file per stage; each file belongs to its
 * stage's layer by its name (derive.ts and computed.ts → derive, site.tsx → site, pdf.ts → pdf,
 * roll-forward.ts → authoring).
 *
 * docs/arkitektur.md states the same order in Swedish. Imports outside src/ (schemas/, packages) are
 * not checked here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../src');

const LAYERS: readonly (readonly string[])[] = [
  ['shared', 'problems.ts', 'typeface'],
  ['load'],
  ['markdown'],
  ['pdf/engine'],
  ['validate'],
  ['derive'],
  ['pipeline.ts'],
  ['site', 'pdf'],
  ['incremental', 'build', 'workers', 'cli', 'pages', 'authoring', 'json-schema.ts'],
];
/** Layers whose folders may import one another (the edge layer); in other layers each folder stands alone. */
const OPEN_LAYERS = new Set([LAYERS.length - 1]);

/**
 * Known wrong-way imports that are still there, as `from -> to` (paths under src/). Each one says why.
 * The test fails if one of these disappears without being removed here, so the list only shrinks.
 */
const KNOWN_EXCEPTIONS: ReadonlyMap<string, string> = new Map<string, string>([
  // Empty: every wrong-way import is fixed. Add an entry only with the reason it must stay.
]);

/** Known import cycles that are still there, as the test prints them; the same rule as above. */
const KNOWN_CYCLES: ReadonlyMap<string, string> = new Map<string, string>([
  // Empty: the cycles fonts/glyph-runs, text-layout/word-pieces and render-all/render-pool are gone.
]);

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(ts|tsx|astro)$/.test(name) && !name.endsWith('.d.ts')) out.push(full);
  }
  return out.sort();
}

const SPECIFIER = /\b(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolveImport(fromFile: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(fromFile), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // try the next spelling
    }
  }
  return undefined;
}

/** The stage a file of a block type's folder belongs to, by its name. */
const BLOCK_FILE_STAGES: Readonly<Record<string, string>> = { derive: 'derive', computed: 'derive', site: 'site', pdf: 'pdf', 'roll-forward': 'authoring' };

function unitOf(file: string): string {
  const parts = path.relative(SRC, file).split(path.sep);
  if (parts[0] === 'blocks') {
    const stage = BLOCK_FILE_STAGES[parts.at(-1)!.replace(/\.tsx?$/, '')];
    if (!stage) throw new Error(`src/${parts.join('/')}: a block folder holds derive.ts, computed.ts, site.tsx, pdf.ts and roll-forward.ts only`);
    return stage;
  }
  if (parts[0] === 'pdf' && parts[1] === 'engine') return 'pdf/engine';
  return parts[0]!;
}

function layerOf(unit: string): number {
  const layer = LAYERS.findIndex((units) => units.includes(unit));
  if (layer < 0) throw new Error(`src/${unit} has no place in the layer order of this test`);
  return layer;
}

const files = sourceFiles(SRC);
const graph = new Map<string, string[]>();
for (const file of files) {
  const targets: string[] = [];
  for (const match of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
    const target = resolveImport(file, (match[1] ?? match[2])!);
    if (target !== undefined && target.startsWith(SRC + path.sep) && target !== file) targets.push(target);
  }
  graph.set(file, [...new Set(targets)]);
}

const rel = (file: string) => path.relative(SRC, file).split(path.sep).join('/');

function wrongWayImports(): string[] {
  const wrong: string[] = [];
  for (const [file, targets] of graph) {
    const from = unitOf(file);
    for (const target of targets) {
      const to = unitOf(target);
      if (from === to) continue;
      const a = layerOf(from);
      const b = layerOf(to);
      if (b < a || (a === b && OPEN_LAYERS.has(a))) continue;
      wrong.push(`${rel(file)} -> ${rel(target)}`);
    }
  }
  return wrong.sort();
}

function importCycles(): string[] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const target of graph.get(file) ?? []) {
      const seen = state.get(target);
      if (seen === 'open') cycles.push([...stack.slice(stack.indexOf(target)), target].map(rel).join(' -> '));
      else if (seen === undefined) visit(target);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of files) if (!state.has(file)) visit(file);
  return cycles;
}

describe('import direction between the stages of src/', () => {
  it('finds the source files and their imports', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(graph.get(path.join(SRC, 'pipeline.ts'))).toContain(path.join(SRC, 'validate/validate-plan.ts'));
  });

  it('places every top-level folder and file of src/ in the layer order', () => {
    for (const file of files) expect(() => layerOf(unitOf(file))).not.toThrow();
  });

  it('keeps the PDF typesetting engine free of the plan model', () => {
    const engine = files.filter((file) => unitOf(file) === 'pdf/engine');
    expect(engine.length).toBeGreaterThan(10);
    for (const file of engine) expect(readFileSync(file, 'utf8')).not.toMatch(/from ['"][./]*schemas['"/]/);
  });

  it('has no wrong-way import except the listed known exceptions', () => {
    expect(wrongWayImports()).toEqual([...KNOWN_EXCEPTIONS.keys()].sort());
  });

  it('has no import cycle between files', () => {
    expect(importCycles().sort()).toEqual([...KNOWN_CYCLES.keys()].sort());
  });
});
