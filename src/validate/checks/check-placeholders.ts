/** Text that was never filled in: "x kronor", "XX", "TODO", "[…]". */
import type { CheckContext } from '../check-context';

const PLACEHOLDERS: [RegExp, string][] = [
  [/(?<![\p{L}\d])x(?:\s|\u00a0)+(?:kr|kronor|tkr|miljoner)\b/iu, 'ett belopp som inte är ifyllt ("x kronor")'],
  [/(?<![\p{L}\d])X{2,}(?![\p{L}\d])/u, 'en platshållare "XX"'],
  [/\b(?:TODO|FIXME|TBD)\b/u, 'en att-göra-markering'],
  [/\[(?:…|\.\.\.)\]/u, 'en platshållare "[…]"'],
  [/\?\?\?/u, 'frågetecken som platshållare ("???")'],
];

export function checkPlaceholders(ctx: CheckContext): void {
  for (const { text, path } of ctx.strings) {
    for (const [pattern, what] of PLACEHOLDERS) {
      const match = pattern.exec(text);
      if (match) {
        ctx.warning('platshallare', path, `Texten innehåller ${what}: "${excerpt(text, match.index)}". Fyll i eller ta bort.`);
        break;
      }
    }
  }
}

function excerpt(text: string, at: number): string {
  const start = Math.max(0, at - 25);
  const end = Math.min(text.length, at + 25);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ')}${end < text.length ? '…' : ''}`;
}
