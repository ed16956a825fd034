/**
 * fast-check arbitraries for the values a valid plan is made of: text that passes the check
 * (plain and Markdown), optional fields, short lists. Shared by the block generators
 * (block-arbitraries.ts) and the plan generator (arbitraries.ts).
 */
import fc from 'fast-check';
import { drawableCodePoints } from '../../src/typeface/source-sans';
import { CONTROL_CHARACTER } from '../../src/validate/checks/check-characters';

export type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A 1×1 PNG, used for figures with an image. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

const WORDS = ['planen', 'FoU', 'kommunerna', 'socialtjänst', 'äldreomsorg', 'Östersund', 'Åre', 'barn och unga', 'evidensbaserad', 'praktik', 'mål', 'uppföljning', '2020', '§ 53', 'RUG', 'x', 'a–ö', '50 %', '1 234 567 kr', 'e-post', 'Ärende'];

/**
 * Any printable text: Swedish words, odd Unicode (RTL, emoji, combining marks), long words.
 * `clean` keeps what the typeface can draw; bidi controls and combining marks survive.
 */
const freeText = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }).map((w) => w.join(' ')) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom('\u202eevil\u202c', 'שלום עולם', 'مرحبا', '👩‍👩‍👧‍👦 🇸🇪', 'e\u0301\u0301\u0301', 'Donaudampfschifffahrtsgesellschaftskapitänskajütenschlüssel'.repeat(3), '&amp; &lt;b&gt; &#x3C;', '"\'`\\', '{{ x }} ${x}', 'null', 'true', '- inte en lista', '# inte en rubrik', '1. inte numrerad') },
);

/** Removes what would make the text invalid rather than merely odd. */
function clean(text: string): string {
  // NUL makes a file binary; internal links must resolve (the fix-up adds valid ones);
  // control characters and characters the PDF's typeface cannot draw are refused by check.
  let out = [...text.replace(/\]\(#/g, '] (#')]
    .filter((char) => !CONTROL_CHARACTER.test(char))
    .filter((char) => /[\s\p{Default_Ignorable_Code_Point}]/u.test(char) || drawableCodePoints().has(char.codePointAt(0)!))
    .join('');
  if (out.trim().length === 0) out = `text ${out}`;
  return out.trim() === '' ? 'text' : out;
}

export const plainText = freeText.map(clean);

const mdFragment = fc.oneof(
  plainText,
  plainText.map((t) => `**${t.trim()}**`),
  plainText.map((t) => `*${t.trim()}*`),
  plainText.map((t) => `\`${t.trim()}\``),
  fc.constantFrom(
    '[Socialstyrelsen](https://www.socialstyrelsen.se/)', '<https://example.se/a?b=c&d=e>', '[skriv](mailto:a@example.se)',
    'text[^1]\n\n[^1]: En fotnot.', '- en\n- två\n  - tre', '1. ett\n2. två', '> citat', '## Rubrik i texten',
    '| A | B |\n|---|---|\n| 1 | 2 |', '---', 'rad ett  \nrad två', '<b>html tas bort</b>', '[farlig](javascript:alert(1))',
    '![bild](x.png)', '```\nkod\n```', '~~struken~~', '- [ ] att göra', 'www.example.se', '&copy; &#8212;',
  ),
);

export const markdownText = fc.array(mdFragment, { minLength: 1, maxLength: 5 }).map((parts) => clean(parts.join('\n\n')));

export const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });
export const small = <T>(arb: fc.Arbitrary<T>, min = 1, max = 4) => fc.array(arb, { minLength: min, maxLength: max });

export const safeUrl = fc.constantFrom('https://www.example.se/', 'http://example.org/a?b=1&c=2', 'mailto:info@example.se', 'https://xn--rebro-jua.se/sida#del');

/** Drops the fields a draw left undefined, so that the YAML does not say `null`. */
export const strip = (o: Data): Data => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
