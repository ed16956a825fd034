/**
 * Text that was never filled in: "x kronor", "XX"/"xxx", "20xx-xx-xx", "TODO", "???",
 * "[fyll i …]", and the instructions of a template left as `npm run new` wrote them.
 * A warning while the plan is a draft; an error once it is fastställd (issue 20).
 * An elision in a quotation, "[…]" or "[...]", is the source's own text and not a
 * placeholder: the renderers show it as written.
 */
import type { CheckContext } from '../check-context';
import { planStatus } from '../plan-status';
import { mayHoldInstruction, sentencesOf, templateSentences } from '../template-sentences';

const NOT_WORD_BEFORE = '(?<![\\p{L}\\d])';
const NOT_WORD_AFTER = '(?![\\p{L}\\d])';

const PLACEHOLDERS: [RegExp, string][] = [
  [/(?<![\p{L}\d])x(?:\s|\u00a0)+(?:kr|kronor|tkr|miljoner)\b/iu, 'ett belopp som inte är ifyllt ("x kronor")'],
  [new RegExp(`${NOT_WORD_BEFORE}(?=[\\dxX]{4}-[\\dxX]{2}-[\\dxX]{2}${NOT_WORD_AFTER})(?=[\\d-]{0,9}[xX])[\\dxX]{4}-[\\dxX]{2}-[\\dxX]{2}`, 'u'), 'ett datum som inte är ifyllt ("20xx-xx-xx")'],
  // Lower-case x only from three, and not inside a web address ("?q=xxx").
  [new RegExp(`(?:${NOT_WORD_BEFORE}X{2,}|(?<![\\p{L}\\d=/?&#%._~+-])x{3,})${NOT_WORD_AFTER}`, 'u'), 'en platshållare "XX" eller "xxx"'],
  [/\b(?:TODO|FIXME|TBD)\b/u, 'en att-göra-markering'],
  [/\[\s*fyll i\b[^\]]*\]/iu, 'en platshållare "[fyll i …]"'],
  [/\?\?\?/u, 'frågetecken som platshållare ("???")'],
];

/**
 * Characters one of the PLACEHOLDERS needs (each holds an x, "TODO", "FIXME", "TBD", "[" or
 * "???"): a plain test that most strings fail, before the six patterns with their
 * look-behinds and Unicode classes, which cost a tenth of the whole check on a corpus.
 */
const MAY_HOLD_PLACEHOLDER = /[xX[]|TODO|FIXME|TBD|\?\?\?/;

export function checkPlaceholders(ctx: CheckContext): void {
  const adopted = planStatus(ctx.plan) === 'fastställd';
  const report = adopted ? ctx.error.bind(ctx) : ctx.warning.bind(ctx);
  const adoptedNote = adopted ? ' En fastställd plan får inte ha kvar platshållare eller mallens text.' : '';
  const templates = new Set(templateSentences());
  for (const { text, path } of ctx.strings) {
    const template = templates.size > 0 && mayHoldInstruction(text) ? sentencesOf(text).find((sentence) => templates.has(sentence)) : undefined;
    if (template) {
      report('malltext-kvar', path, `Texten är kvar från mallen: "${shorten(template)}". Skriv er egen text i stället.${adoptedNote}`);
      continue;
    }
    if (!MAY_HOLD_PLACEHOLDER.test(text)) continue;
    for (const [pattern, what] of PLACEHOLDERS) {
      const match = pattern.exec(text);
      if (match) {
        report('platshallare', path, `Texten innehåller ${what}: "${excerpt(text, match.index)}". Fyll i eller ta bort.${adoptedNote}`);
        break;
      }
    }
  }
}

/** A long sentence cut at a word before 60 characters. */
function shorten(sentence: string): string {
  if (sentence.length <= 60) return sentence;
  const head = sentence.slice(0, 59);
  const space = head.lastIndexOf(' ');
  return `${(space > 30 ? head.slice(0, space) : head).replace(/[\s,;:]+$/u, '')}…`;
}

function excerpt(text: string, at: number): string {
  const start = Math.max(0, at - 25);
  const end = Math.min(text.length, at + 25);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ')}${end < text.length ? '…' : ''}`;
}
