/**
 * Parses YAML with the `yaml` package's Document API so that every value keeps its
 * line and column. One YAML library serves plan files and Markdown front matter.
 */
import { constructFromEvents, parseEvents, type Event } from 'js-yaml';
import { LineCounter, parseDocument } from 'yaml';
import type { Problem, SourceLocation } from '../problems';
import { SourceMap } from './source-map';
import { findIndentationSlip } from './yaml-indentation';

/** Bounds that keep a hostile file (alias bomb, deep nesting) from exhausting memory. */
const MAX_ALIAS_COUNT = 100;

export interface YamlSource {
  value: unknown;
  sourceMap: SourceMap;
  problems: Problem[];
}

/** Swedish messages for the YAML parser's error codes. */
const YAML_MESSAGES: Record<string, string> = {
  BAD_INDENT: 'Fel indrag. Raderna på samma nivå måste börja i samma kolumn.',
  BAD_DIRECTIVE: 'Ogiltigt YAML-direktiv.',
  BLOCK_AS_IMPLICIT_KEY: 'En nyckel kan inte vara ett block. Saknas ett kolon, eller är indraget fel?',
  BLOCK_IN_FLOW: 'Ett block kan inte stå inom [ ] eller { }.',
  DUPLICATE_KEY: 'Nyckeln finns redan i samma objekt. Ta bort eller byt namn på den ena.',
  IMPOSSIBLE: 'Filen kan inte läsas som YAML.',
  KEY_OVER_1024_CHARS: 'Nyckeln är längre än 1024 tecken.',
  MISSING_CHAR: 'Ett tecken saknas, t.ex. ett avslutande citattecken eller en hakparentes.',
  MULTILINE_IMPLICIT_KEY: 'En nyckel får inte fortsätta på nästa rad. Saknas ett kolon efter nyckeln?',
  MULTIPLE_ANCHORS: 'Ett värde kan bara ha ett ankare (&).',
  MULTIPLE_DOCS: 'Filen får bara innehålla ett YAML-dokument (ta bort "---" i mitten av filen).',
  MULTIPLE_TAGS: 'Ett värde kan bara ha en tagg (!).',
  TAB_AS_INDENT: 'Tabbtecken får inte användas för indrag i YAML; använd mellanslag.',
  TAG_RESOLVE_FAILED: 'Okänd YAML-tagg.',
  UNEXPECTED_TOKEN: 'Oväntat tecken. Kontrollera kolon, bindestreck och citattecken på raden.',
  BAD_ALIAS: 'Hänvisningen (*) pekar på ett ankare som inte finns.',
  BAD_COLLECTION_TYPE: 'Fel sorts samling för taggen.',
  BAD_DQ_ESCAPE: 'Ogiltig escape-sekvens inom citattecken. Skriv \\\\ för ett bakstreck.',
  BAD_SCALAR_START: 'Värdet kan inte börja med det här tecknet. Sätt texten inom citattecken.',
  ALIAS_PROPS: 'En hänvisning (*) kan inte ha ankare eller tagg.',
  NON_STRING_KEY: 'Nycklar ska vara text.',
};

/** Parser errors that an indentation slip causes. */
const INDENTATION_CODES = new Set(['BAD_INDENT', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'UNEXPECTED_TOKEN']);

const TOO_DEEP = 'Filen är för djupt nästlad för att läsas (listor eller objekt i hundratals nivåer). En plan behöver sällan mer än tio.';

function yamlMessage(code: string, fallback: string): string {
  // The parser recurses, and reports a stack overflow from deep nesting as its message.
  if (/call stack/i.test(fallback)) return TOO_DEEP;
  return YAML_MESSAGES[code] ?? `Fel i YAML: ${fallback.split('\n')[0]}`;
}

/**
 * The parser reports an unclosed quote at the end of the file; the author needs the
 * line where the quote was opened.
 */
function errorOffset(text: string, code: string, message: string, offset: number): number {
  if (code !== 'MISSING_CHAR' || !/quote/i.test(message)) return offset;
  const quote = /single/i.test(message) ? "'" : '"';
  let lineStart = 0;
  for (const line of text.slice(0, offset).split('\n')) {
    const withoutComment = line.replace(/\s#.*$/, '');
    const count = withoutComment.split(quote).length - 1;
    if (count % 2 === 1) return lineStart + withoutComment.indexOf(quote);
    lineStart += line.length + 1;
  }
  return offset;
}

/**
 * Fast path: js-yaml is about ten times faster than the position-keeping parser, and a
 * valid plan never needs positions. It refuses aliases and deep nesting, so hostile
 * files always take the careful path below, which bounds them. When a problem needs a
 * location, the source map parses the text once more with positions (lazily).
 */
export function parseFast(text: string): { ok: true; value: unknown; events: Event[] } | { ok: false } {
  try {
    // One pass yields the events; the value and (if a problem needs it) the locations are
    // both built from them, so the text is never parsed twice.
    const events = parseEvents(text, { maxDepth: 100 });
    const documents = constructFromEvents(events, { source: text, maxAliases: 0 });
    if (documents.length > 1) return { ok: false };
    return { ok: true, value: documents[0] ?? null, events };
  } catch {
    return { ok: false };
  }
}

/**
 * @param displayFile file name used in locations
 * @param lineOffset lines before `text` in the file (for front matter)
 */
export function parseYamlSource(source: string, displayFile: string, lineOffset = 0): YamlSource {
  // YAML takes a lone CR (old Mac files) as a line break, but the locations count LFs; as
  // LFs, lines and columns are those an editor shows for CR, CRLF and LF files alike.
  const text = source.replace(/\r\n?/g, '\n');
  const fast = parseFast(text);
  if (fast.ok) {
    const sourceMap = new SourceMap(displayFile);
    sourceMap.attachText(text, lineOffset, fast.events);
    return { value: fast.value, sourceMap, problems: [] };
  }
  return parseCarefully(text, displayFile, lineOffset);
}

/** The position-keeping parser: Swedish syntax errors with line and column, bounded aliases. */
export function parseCarefully(text: string, displayFile: string, lineOffset = 0): YamlSource {
  const lineCounter = new LineCounter();
  const sourceMap = new SourceMap(displayFile);
  const problems: Problem[] = [];
  const at = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset);
    return { file: displayFile, line: line + lineOffset, column: col };
  };

  let doc;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, version: '1.2' });
  } catch (error) {
    // The parser recurses; absurd nesting can overflow the stack.
    problems.push({ severity: 'error', code: 'yaml-syntax', file: displayFile, line: 1 + lineOffset, column: 1, path: '',
      message: error instanceof RangeError ? TOO_DEEP : 'Filen kan inte läsas som YAML.' });
    return { value: undefined, sourceMap, problems };
  }

  const reportedLines = new Set<number>();
  for (const error of doc.errors) {
    const location = at(errorOffset(text, error.code, error.message, error.pos[0]));
    // One message per line: the parser often reports a single slip several ways.
    if (reportedLines.has(location.line)) continue;
    reportedLines.add(location.line);
    const unclosedQuote = error.code === 'MISSING_CHAR' && /quote/i.test(error.message);
    problems.push({ severity: 'error', code: 'yaml-syntax', ...location, path: '',
      message: unclosedQuote ? 'Citattecknet som börjar här avslutas aldrig. Lägg till det avslutande citattecknet.' : yamlMessage(error.code, error.message) });
  }
  if (problems.length > 0) {
    // An indentation slip misleads the parser into several messages about other lines; one
    // message at the mis-indented line explains it (yaml-indentation.ts).
    if (doc.errors.some((error) => INDENTATION_CODES.has(error.code))) {
      const slip = findIndentationSlip(text, lineOffset);
      if (slip && slip.line <= problems[0]!.line + 1) {
        return { value: undefined, sourceMap, problems: [{ severity: 'error', code: 'yaml-indrag', file: displayFile, line: slip.line, column: slip.column, path: '', message: slip.message }] };
      }
    }
    return { value: undefined, sourceMap, problems };
  }

  sourceMap.attachYaml(doc, lineCounter, lineOffset);

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const aliasBomb = error instanceof ReferenceError || /alias/i.test(String(error));
    problems.push({ severity: 'error', code: aliasBomb ? 'yaml-alias' : 'yaml-syntax', file: displayFile, line: 1 + lineOffset, column: 1, path: '',
      message: aliasBomb
        ? 'Filen använder för många YAML-hänvisningar (* och &). Skriv ut värdena i stället.'
        : 'Filen kan inte läsas som YAML.' });
    return { value: undefined, sourceMap, problems };
  }
  return { value, sourceMap, problems };
}
