/**
 * A mis-indented line, found and explained in plain Swedish. The YAML parser reports an
 * indentation slip where its reading broke down, often on the line above ("a key cannot be
 * a block") and then once more for every later line it misreads; this pass walks the lines
 * the way a person reads them (which lines start at which column) and names the first line
 * whose column fits nothing above it, and why.
 *
 * Only used after the parser has reported an error: valid YAML allows things this reading
 * does not (a plain text continued on a deeper line), so it never finds errors by itself.
 */

export interface IndentationSlip {
  /** 1-based line and column of the mis-indented line's first character. */
  line: number;
  column: number;
  message: string;
}

interface Row {
  number: number;
  indent: number;
  /** Column (0-based) where the line's key or value starts: after "- " for a list item. */
  keyColumn: number;
  key?: string;
  item: boolean;
  /** Columns of the line's list dashes ("- - x" has two). */
  dashes: number[];
  /** Ends with "key:" and no value (or a lone "-"): the next line may be indented deeper. */
  opens: boolean;
  /** Starts a block scalar ("|" or ">"): deeper lines after it are its text. */
  blockScalar: boolean;
  /** Has a value that continues on the next lines (a quote or bracket left open). */
  openQuote?: string;
  openBrackets: number;
}

const KEY = /^((?:"[^"]*"|'[^']*'|[^\s#"'{[\]}][^:#]*?))\s*:(?:\s|$)/;

function stripComment(text: string): string {
  // A " #" outside quotes starts a comment; quotes are rare in keys, so a simple scan will do.
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) { if (c === quote) quote = undefined; continue; }
    if (c === '"' || c === "'") { if (i === 0 || /[\s:[{,-]/.test(text[i - 1]!)) quote = c; continue; }
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) return text.slice(0, i).trimEnd();
  }
  return text.trimEnd();
}

function readRow(number: number, raw: string): Row {
  const indent = raw.length - raw.trimStart().length;
  let rest = stripComment(raw.slice(indent));
  let keyColumn = indent;
  let item = false;
  const dashes: number[] = [];
  for (let dash = /^-(\s+|$)/.exec(rest); dash; dash = /^-(\s+|$)/.exec(rest)) {
    item = true;
    dashes.push(keyColumn);
    keyColumn += dash[0].length;
    rest = rest.slice(dash[0].length);
  }
  const key = KEY.exec(rest);
  const value = key ? rest.slice(key[0].length).trim() : rest.trim();
  const opens = (key !== null && value === '') || (item && rest === '');
  const blockScalar = /^[|>][-+0-9]*$/.test(value);
  let openQuote: string | undefined;
  if (value.startsWith('"') && !/[^\\]"$|^"$/.test(value.slice(1)) && !/^"(?:[^"\\]|\\.)*"/.test(value)) openQuote = '"';
  if (value.startsWith("'") && !/^'(?:[^']|'')*'/.test(value)) openQuote = "'";
  const openBrackets = /^[[{]/.test(value) ? [...value].reduce((depth, c) => depth + (c === '[' || c === '{' ? 1 : c === ']' || c === '}' ? -1 : 0), 0) : 0;
  return { number, indent, keyColumn, key: key?.[1]?.trim(), item, dashes, opens, blockScalar, openQuote, openBrackets };
}

const name = (row: Row) => (row.key ? `"${row.key}:"` : row.item ? 'listpunkten' : 'raden');

type Kind = 'map' | 'seq';
interface Level { column: number; kind: Kind; row: Row }

/**
 * The first line whose indentation fits no level above it, or undefined. `text` uses LF
 * line ends; `lineOffset` is added to the reported line (front matter).
 */
export function findIndentationSlip(text: string, lineOffset = 0): IndentationSlip | undefined {
  const lines = text.split('\n');
  /** Open levels: the column their lines start at, whether they are keys or list items, and the row that opened them. */
  const levels: Level[] = [];
  let previous: Row | undefined;
  let skipDeeperThan: number | undefined;
  let quote: string | undefined;
  let brackets = 0;
  const depth = (text: string) => [...text].reduce((d, c) => d + (c === '[' || c === '{' ? 1 : c === ']' || c === '}' ? -1 : 0), 0);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (quote) {
      if ((raw.split(quote).length - 1) % 2 === 1) quote = undefined;
      continue;
    }
    if (brackets > 0) {
      brackets += depth(stripComment(raw));
      continue;
    }
    if (raw.trim() === '') continue;
    const row = readRow(i + 1 + lineOffset, raw);
    if (skipDeeperThan !== undefined) {
      if (row.indent > skipDeeperThan) continue;
      skipDeeperThan = undefined;
    }
    if (raw.trimStart().startsWith('#')) continue;
    if (/^(---|\.\.\.)\s*$/.test(raw) || raw.startsWith('%')) continue;
    if (/^ *\t/.test(raw)) return undefined; // tabs have their own message
    const column = row.indent;
    const kind: Kind | undefined = row.item ? 'seq' : row.key ? 'map' : undefined;
    const deeper = previous?.opens && (column > previous.keyColumn || (row.item && previous.key !== undefined && column === previous.keyColumn));
    if (previous && !deeper) {
      while (levels.length > 0 && levels.at(-1)!.column > column) levels.pop();
      // A list written at its key's column ("blocks:" then "- type: …") shares the column with the keys.
      if (kind && levels.at(-1)?.column === column && levels.at(-1)!.kind !== kind && levels.at(-2)?.column === column) levels.pop();
      const top = levels.at(-1);
      if (!top || top.column !== column) {
        // A plain text continued on a deeper line: valid YAML, and no slip here.
        if (!kind && !previous.opens && column > previous.keyColumn) continue;
        return explainColumn(row, previous, top, levels);
      }
      if (kind && top.kind !== kind) return explainKind(row, top, levels.at(-2));
      levels.pop();
    }
    levels.push({ column, kind: kind ?? 'map', row });
    for (const dash of row.dashes.slice(1)) levels.push({ column: dash, kind: 'seq', row });
    if (row.item && row.key) levels.push({ column: row.keyColumn, kind: 'map', row });
    if (row.blockScalar) skipDeeperThan = row.key ? row.keyColumn : (row.dashes.at(-1) ?? row.indent);
    if (row.openQuote) quote = row.openQuote;
    if (row.openBrackets > 0) brackets = row.openBrackets;
    previous = row;
  }
  return undefined;
}

const what = (row: Row) => (row.key ? `Nyckeln "${row.key}:"` : row.item ? 'Listpunkten' : 'Raden');

function explainColumn(row: Row, previous: Row, top: Level | undefined, levels: Level[]): IndentationSlip {
  const at = { line: row.number, column: row.indent + 1 };
  if (row.indent > previous.keyColumn) {
    // Deeper than the line above, which already has its value.
    return {
      ...at,
      message: `Fel indrag: ${what(row)} börjar i kolumn ${row.indent + 1}, längre in än ${name(previous)} på rad ${previous.number} (kolumn ${previous.keyColumn + 1}). ` +
        `${name(previous)[0]!.toUpperCase()}${name(previous).slice(1)} har redan ett värde och kan inte ha något under sig; det som står på samma nivå ska börja i samma kolumn. ` +
        `Flytta raden till kolumn ${previous.keyColumn + 1}, eller rätta indraget på rad ${previous.number} om det är den som är fel.`,
    };
  }
  // Between two levels: it belongs to neither.
  const inner = levels.find((level) => level.column > row.indent) ?? (previous.keyColumn > row.indent ? { column: previous.keyColumn, row: previous } : undefined);
  const choices = [inner, top].filter((level): level is Level => level !== undefined)
    .map((level) => `kolumn ${level.column + 1} som ${name(level.row === previous && level.column === previous.keyColumn ? previous : level.row)} på rad ${level.row.number}`);
  return {
    ...at,
    message: `Fel indrag: ${what(row)} börjar i kolumn ${row.indent + 1}, men ingen rad ovanför på samma nivå börjar där, så det går inte att avgöra vad den hör till. ` +
      (choices.length ? `Flytta den till ${[...new Set(choices)].join(' eller till ')}.` : 'Flytta den till samma kolumn som raderna den hör ihop med.'),
  };
}

function explainKind(row: Row, level: Level, parent: Level | undefined): IndentationSlip {
  const at = { line: row.number, column: row.indent + 1 };
  if (row.item) {
    return {
      ...at,
      message: `Fel indrag: listpunkten börjar i kolumn ${row.indent + 1}, samma kolumn som ${name(level.row)} på rad ${level.row.number}, och en listpunkt kan inte stå bland nycklarna. ` +
        `Dra in listpunkten under den nyckel den hör till.`,
    };
  }
  const item = level.row;
  const outside = parent && parent.kind === 'map' && parent.column < level.column ? ` eller till kolumn ${parent.column + 1} som ${name(parent.row)} på rad ${parent.row.number} om den står utanför listan` : '';
  return {
    ...at,
    message: `Fel indrag: ${what(row)} börjar i kolumn ${row.indent + 1}, samma kolumn som bindestrecket på rad ${item.number}, och en nyckel kan inte stå bland listpunkterna. ` +
      `Flytta den till kolumn ${item.keyColumn + 1} som ${name(item)} på rad ${item.number} om den hör till listpunkten${outside}.`,
  };
}
