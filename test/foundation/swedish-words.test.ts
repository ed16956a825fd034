/**
 * Every Swedish word planverk itself prints lives in src/shared/words-sv.ts; the renderers
 * only lay out. This test reads the renderers' sources (TypeScript, TSX and Astro) and
 * fails on a string literal or JSX text that is Swedish: it has å, ä or ö, or a word that
 * words-sv.ts prints (so each section appended there makes the test stricter), or a common
 * Swedish function word. Literals that are identifiers rather than text are not read:
 * module paths, property names, compared enum values ('fastställd'), type literals and
 * attributes such as class, id and lang. Error messages (`new …Error(…)`) go to the
 * terminal and docs/fel.md, not to a page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * Whole files still allowed to hold Swedish literals, each with why. Keep it short: a
 * word a renderer prints goes to words-sv.ts instead.
 */
const FILE_EXCEPTIONS: Record<string, string> = {
  // Empty: every renderer takes its words from words-sv.ts. Add a file only with the reason.
};

/** Single literals allowed in a file, as `file: [text, …]`, each commented with why. */
const LITERAL_EXCEPTIONS: Record<string, string[]> = {
  // The organisations' calendar folder in the site's addresses (/kalender/<org>.ics), a path, not text.
  // and the calendar's file name for an organisation whose name gives no slug: file names, not text.
  'src/site/open-data/paths.ts': ['kalender', 'organisation'],
};

/**
 * Words of words-sv.ts that code also uses: names of formats and of the program itself, and
 * "data" (Swedish and English alike; streams emit 'data').
 */
const NOT_TEXT = new Set(['PDF', 'JSON', 'JavaScript', 'planverk', 'data',
  // mdast node types and the HTML element name, used as names by the renderers.
  'text', 'body',
  // The dev error page's style sheet names its class "plats"; "the" stands in an English comment of its script.
  'plats', 'the',
  // The site's class for a decision among the plan's facts (plan-body.tsx), a hook for readers' own styles.
  'beslut',
  // The open data files' column headers "Block-id" and "Rad-id"; also the HTML attribute name.
  'id']);

/** Swedish words that are text wherever they stand, whether or not words-sv.ts has them yet. */
const FUNCTION_WORDS = ['och', 'av', 'för', 'till', 'med', 'som', 'inte', 'den', 'det', 'är', 'på', 'ett', 'eller', 'alla', 'Sida', 'Summa'];

/** Attributes whose values are names for the code, the style sheet or the browser, not text. */
const IDENTIFIER_ATTRIBUTE = /^(class|class:list|id|for|href|src|type|rel|name|lang|role|method|action|autocomplete|tabindex|charset|download|style|aria-labelledby|aria-describedby|aria-controls|data-.*)$/;

const SWEDISH_LETTER = /[åäöÅÄÖ]/;

interface Finding { file: string; line: number; text: string }

const isLiteral = (node: ts.Node): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateLiteralLikeNode =>
  ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node);

/** The printed texts of words-sv.ts: its literals, but not arguments such as toLocaleLowerCase('sv-SE'). */
function printedTexts(source: ts.SourceFile): string[] {
  const texts: string[] = [];
  const visit = (node: ts.Node) => {
    if (isLiteral(node) && !ts.isCallExpression(node.parent)) texts.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return texts;
}

function parse(file: string, text: string): ts.SourceFile {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
}

const wordsOf = (text: string) => text.match(/\p{L}+/gu) ?? [];

/** Words planverk prints: read from words-sv.ts itself. */
function printedWords(): Set<string> {
  const file = path.join(ROOT, 'src/shared/words-sv.ts');
  const words = printedTexts(parse(file, readFileSync(file, 'utf8'))).flatMap(wordsOf).filter((w) => w.length >= 2 && !NOT_TEXT.has(w));
  return new Set([...words, ...FUNCTION_WORDS]);
}

/** A class name, an id prefix or a path: lower case without spaces, with - / # _ or . in it. */
const IDENTIFIER_LIKE = /^(?=.*[-/#_.])[a-z0-9åäö#./_-]+$/;

/** Whether a literal is Swedish text; markup inside it (an HTML template's tags) is not text. */
function isSwedish(literal: string, words: ReadonlySet<string>): boolean {
  const text = literal.replace(/<[^>]*>/g, ' ');
  if (IDENTIFIER_LIKE.test(text.trim())) return false;
  return SWEDISH_LETTER.test(text) || wordsOf(text).some((word) => words.has(word));
}

/** Whether the literal is a name for the code rather than text: see the header. */
function isIdentifierPosition(node: ts.Node): boolean {
  const parent = node.parent;
  if (!parent) return false;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isExternalModuleReference(parent)) return true;
  if (ts.isCallExpression(parent) && parent.expression.kind === ts.SyntaxKind.ImportKeyword) return true;
  if ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isPropertyDeclaration(parent) || ts.isMethodDeclaration(parent)) && parent.name === node) return true;
  if (ts.isElementAccessExpression(parent) && parent.argumentExpression === node) return true;
  if (ts.isLiteralTypeNode(parent) || ts.isCaseClause(parent)) return true;
  if (ts.isBinaryExpression(parent)) {
    const op = parent.operatorToken.kind;
    return op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsEqualsToken || op === ts.SyntaxKind.EqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsToken;
  }
  return false;
}

function insideIgnored(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node; at; at = at.parent) {
    if (ts.isJsxAttribute(at) && IDENTIFIER_ATTRIBUTE.test(at.name.getText())) return true;
    if (ts.isNewExpression(at) && /Error$/.test(at.expression.getText())) return true;
  }
  return false;
}

/** Swedish literals and JSX text in a TypeScript or TSX source; `lineOffset` places an Astro part. */
function swedishLiterals(file: string, text: string, words: ReadonlySet<string>, lineOffset = 0): Finding[] {
  const source = parse(file, text);
  const findings: Finding[] = [];
  const report = (node: ts.Node, value: string) => {
    if (!isSwedish(value, words) || isIdentifierPosition(node) || insideIgnored(node)) return;
    findings.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1 + lineOffset, text: value.trim() });
  };
  const visit = (node: ts.Node) => {
    if (isLiteral(node)) report(node, node.text);
    else if (ts.isJsxText(node)) report(node, node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

/** Syntax errors, so that a part the parser gave up on cannot hide a literal. */
function syntaxErrors(file: string, text: string): string[] {
  const { diagnostics = [] } = ts.transpileModule(text, { fileName: file, reportDiagnostics: true, compilerOptions: { jsx: ts.JsxEmit.Preserve } });
  return diagnostics.map((d) => `${file}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

const linesBefore = (text: string, index: number) => text.slice(0, index).split('\n').length - 1;

/**
 * An Astro file as three TypeScript parts: the frontmatter, the client scripts, and the
 * template read as TSX (the templates here are JSX apart from the doctype and comments).
 */
function astroParts(file: string, text: string): { name: string; code: string; offset: number }[] {
  const parts: { name: string; code: string; offset: number }[] = [];
  let template = text;
  const front = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (front) {
    parts.push({ name: `${file}.frontmatter.ts`, code: front[1]!, offset: 1 });
    template = '\n'.repeat(linesBefore(text, front[0].length)) + text.slice(front[0].length);
  }
  template = template.replace(/<(script|style)\b[^>]*>([\s\S]*?)<\/\1>/g, (whole, tag: string, body: string, index: number) => {
    if (tag === 'script') parts.push({ name: `${file}.script.ts`, code: body, offset: linesBefore(template, index) });
    return '\n'.repeat(linesBefore(whole, whole.length));
  });
  template = template.replace(/<!doctype html>/i, '').replace(/<!--[\s\S]*?-->/g, (c) => '\n'.repeat(linesBefore(c, c.length)));
  parts.push({ name: `${file}.template.tsx`, code: `<>${template}</>`, offset: 0 });
  return parts;
}

function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...filesUnder(rel, keep));
    else if (keep(rel)) out.push(rel);
  }
  return out;
}

/** The renderers: src/site, src/pdf, src/pages, and each block type's site.tsx and pdf.ts. */
function rendererFiles(): string[] {
  const source = (file: string) => /\.(ts|tsx|astro)$/.test(file) && !file.endsWith('.d.ts');
  return [
    ...filesUnder('src/site', source),
    ...filesUnder('src/pdf', source),
    ...filesUnder('src/pages', source),
    ...filesUnder('src/blocks', (file) => /^src\/blocks\/[^/]+\/(site\.tsx|pdf\.ts)$/.test(file)),
  ].sort();
}

function scan(file: string, words: ReadonlySet<string>): { findings: Finding[]; errors: string[] } {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  if (!file.endsWith('.astro')) return { findings: swedishLiterals(file, text, words), errors: file.endsWith('.tsx') ? syntaxErrors(file, text) : [] };
  const findings: Finding[] = [];
  const errors: string[] = [];
  for (const part of astroParts(file, text)) {
    findings.push(...swedishLiterals(part.name, part.code, words, part.offset).map((f) => ({ ...f, file })));
    errors.push(...syntaxErrors(part.name, part.code));
  }
  return { findings, errors };
}

describe('Swedish words in the renderers', () => {
  const words = printedWords();

  it('finds Swedish text and passes over names (the checker itself)', () => {
    const found = (code: string) => swedishLiterals('x.tsx', code, words).map((f) => f.text);
    expect(found(`const a = <p>Innehåll</p>;`)).toEqual(['Innehåll']);
    expect(found(`const a = 'Sida ' + n;`)).toEqual(['Sida']);
    expect(found('const a = `Status: ${s}`;')).toEqual(['Status:']);
    expect(found(`const a = <a aria-label="Länk till avsnittet">#</a>;`)).toEqual(['Länk till avsnittet']);
    expect(found(`const a = <p class="tabellram utkastmarkering" lang="sv" data-x="Förkortningar">x</p>;`)).toEqual([]);
    expect(found(`import x from './för'; if (s === 'fastställd') f({ 'påbörjad': 1 }); type T = 'genomförd';`)).toEqual([]);
    expect(found(`throw new PdfInputError(file, 'SVG-bilden kan inte läsas.');`)).toEqual([]);
  });

  it('reads every renderer file, Astro ones included, without syntax errors', () => {
    const files = rendererFiles();
    expect(files).toContain('src/site/Layout.astro');
    expect(files).toContain('src/pdf/document/cover.ts');
    expect(files.flatMap((file) => scan(file, words).errors)).toEqual([]);
  });

  it('leaves every Swedish word a renderer prints to src/shared/words-sv.ts', () => {
    const left = rendererFiles()
      .filter((file) => !(file in FILE_EXCEPTIONS))
      .flatMap((file) => scan(file, words).findings)
      .filter((f) => !(LITERAL_EXCEPTIONS[f.file] ?? []).includes(f.text))
      .map((f) => `${f.file}:${f.line}  ${JSON.stringify(f.text)}`);
    expect(left, 'flytta orden till src/shared/words-sv.ts').toEqual([]);
  });

  it('keeps no exception that is no longer needed', () => {
    const stale = Object.keys(FILE_EXCEPTIONS).filter((file) => {
      try { return scan(file, words).findings.length === 0; } catch { return true; }
    });
    expect(stale, 'ta bort undantagen').toEqual([]);
  });
});
