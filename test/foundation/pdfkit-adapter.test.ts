/**
 * pdfkit's and fontkit's private structure is described in one module,
 * src/pdf/engine/pdfkit-internals.ts; nowhere else is one of their objects cast, and both
 * packages are pinned to the exact versions that module was written against.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ADAPTER = 'src/pdf/engine/pdfkit-internals.ts';

function files(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const rel = `${dir}/${name}`;
    if (statSync(path.join(ROOT, rel)).isDirectory()) return files(rel);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [rel] : [];
  });
}

describe('the pdfkit and fontkit adapter', () => {
  it('is the only module that casts through unknown in the PDF and build code', () => {
    const all = [...files('src/pdf'), ...files('src/build')];
    expect(all).toContain(ADAPTER);
    const casting = all.filter((file) => file !== ADAPTER && /as unknown as/.test(readFileSync(path.join(ROOT, file), 'utf8')));
    expect(casting).toEqual([]);
  });

  it('is written against exact versions of pdfkit and fontkit', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(pkg.dependencies.pdfkit).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.dependencies.fontkit).toMatch(/^\d+\.\d+\.\d+$/);
    const adapter = readFileSync(path.join(ROOT, ADAPTER), 'utf8');
    expect(adapter).toContain(`pdfkit ${pkg.dependencies.pdfkit}`);
    expect(adapter).toContain(`fontkit ${pkg.dependencies.fontkit}`);
  });
});
