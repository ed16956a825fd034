/**
 * Control characters in a plan's text (a double-quoted YAML string may hold "\0", "\e",
 * "\x85") are refused by the check (`styrtecken`). The PDF renderer is not trusted to be
 * reached only through the check, so it is tested with such a model too: they must not
 * reach the PDF: they made the Info dictionary and the XMP packet carry
 * U+0000 and ESC (invalid XML, so the PDF/A metadata broke), and were drawn as .notdef
 * glyphs, which PDF/A forbids (PDFBox Preflight: "character code 0 … missing").
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { metadataText, withoutControlCharacters } from '../../src/pdf/engine/control-characters';
import { renderPlanPdf } from '../../src/pdf';
import { derivePlan } from '../../src/derive/derive-plan';
import { loadPlan } from '../../src/load/load-plan';
import { checkPlans, resolveContentRoot } from '../../src/pipeline';
import { validatePlan } from '../../src/validate/validate-plan';
import { normalizeSpace, OUTPUT_DIR, pdfText, preflight, run } from './harness';

// Written as YAML escapes, so the file itself is plain text.
const PLAN = String.raw`title: "Verksamhetsplan\0 för\tNUL\x01\e[31m test\x7f\x9b slut"
kind: verksamhetsplan
organisation:
  name: "Enheten\0\b"
author:
  name: "Anna\x1f Andersson\0"
period:
  start: 2024
status: fastställd
abbreviations:
  - abbr: "NUL\0"
    expansion: "noll\x07tecken"
sections:
  - id: inledning
    title: "Inledning\0 här"
    body: "Text med \0 och \e[0m i stycket, \u202Ebakvänd\u202C och \u2066isolerad\u2069 text\u200F."
`;

/** XML 1.0's Char production, without the C1 controls XMP has no use for. */
const NOT_XML_TEXT = /[^\t\n\r\u0020-\u007e\u00a0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffd]/;

const files: { a2a: string; a1b: string } = { a2a: '', a1b: '' };

beforeAll(async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'planverk-control-'));
  mkdirSync(path.join(root, 'styrtecken'));
  writeFileSync(path.join(root, 'styrtecken', 'plan.yaml'), PLAN);
  const contentRoot = await resolveContentRoot(root);
  const { problems } = await checkPlans(contentRoot);
  expect(problems.length).toBeGreaterThan(0);
  expect(new Set(problems.map((p) => p.code))).toEqual(new Set(['styrtecken']));
  // The model as it would be without the check's refusal.
  const validated = await validatePlan(await loadPlan(contentRoot, path.join(contentRoot, 'styrtecken')));
  const derived = derivePlan('styrtecken', validated.plan!, validated.images);
  expect(derived.plan.title).toContain('\u0000');
  mkdirSync(OUTPUT_DIR, { recursive: true });
  files.a2a = path.join(OUTPUT_DIR, 'styrtecken.pdf');
  files.a1b = path.join(OUTPUT_DIR, 'styrtecken.a1b.pdf');
  writeFileSync(files.a2a, await renderPlanPdf(derived, contentRoot));
  writeFileSync(files.a1b, await renderPlanPdf(derived, contentRoot, { conformance: 'PDF/A-1b' }));
}, 120_000);

describe('control characters in a plan', () => {
  it('leave a PDF that qpdf finds without errors', () => {
    for (const file of Object.values(files)) {
      const result = run('qpdf', ['--check', file]);
      expect(result.code, result.stdout + result.stderr).toBe(0);
    }
  });

  it('leave a valid PDF/A-1b twin (PDFBox Preflight: no .notdef glyphs, valid metadata)', () => {
    expect(preflight(files.a1b)).toEqual([]);
  });

  it('are gone from the Info dictionary', () => {
    const info = run('pdfinfo', [files.a2a]).stdout;
    expect(info).toMatch(/^Title: +Verksamhetsplan för NUL\[31m test slut$/m);
    expect(info).toMatch(/^Author: +Anna Andersson$/m);
    expect(info).toMatch(/^Subject: +Verksamhetsplan 2024, Enheten$/m);
    for (const line of info.split('\n')) expect(line).not.toMatch(CONTROL);
  });

  it('are gone from the XMP packet, which holds only XML characters', () => {
    for (const file of Object.values(files)) {
      const xmp = run('pdfinfo', ['-meta', file]).stdout;
      expect(xmp).toContain('Verksamhetsplan för NUL[31m test slut');
      expect(xmp).not.toMatch(NOT_XML_TEXT);
    }
  });

  it('are not drawn: the text layer reads back without them', () => {
    const text = pdfText(files.a2a);
    expect(text.replace(/[\n\f]/g, '')).not.toMatch(CONTROL);
    const normal = normalizeSpace(text);
    expect(normal).toContain('Inledning här');
    expect(normal).toContain('Text med och [0m i stycket, bakvänd och isolerad text.');
    expect(normal).toContain('nolltecken');
  });

  it('are gone from the bookmarks', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const task = pdfjs.getDocument({ data: new Uint8Array(readFileSync(files.a2a)), useSystemFonts: false });
    const titles: string[] = [];
    const walk = (items: Array<{ title: string; items: unknown[] }> | null) => { for (const item of items ?? []) { titles.push(item.title); walk(item.items as never); } };
    walk(await (await task.promise).getOutline() as never);
    await task.destroy();
    expect(titles).toContain('1 Inledning här');
    for (const title of titles) expect(title).not.toMatch(CONTROL);
  });
});

describe('withoutControlCharacters and metadataText', () => {
  it('turn tabs and line breaks into spaces and drop the other controls', () => {
    expect(withoutControlCharacters('a\tb\nc\r\nd\u2028e')).toBe('a b c  d e');
    // NEL (U+0085) is a line break; the rest are dropped.
    expect(withoutControlCharacters('a\u0000b\u001bc\u007fd\u0085e\u009ff')).toBe('abcd ef');
    expect(withoutControlCharacters('Åsa – ”citat” € ½')).toBe('Åsa – ”citat” € ½');
    expect(withoutControlCharacters('a\ud800b\udc00c\ud83d\ude00')).toBe('a\ufffdb\ufffdc\ud83d\ude00');
  });

  it('collapse the spaces left behind in metadata', () => {
    expect(metadataText('  Plan \u0000 2024\t\t')).toBe('Plan 2024');
    expect(metadataText('Plan 2024')).toBe('Plan 2024');
  });
});
